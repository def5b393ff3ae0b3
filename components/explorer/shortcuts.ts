"use client";
import { useEffect, useRef } from "react";

export const SHORTCUTS = [
  { keys: "/", does: "Search" },
  { keys: "Esc", does: "Close suggestions, clear the selection" },
  { keys: "Delete", does: "Hide the selected entity" },
  { keys: "Double-click", does: "Expand an entity" },
  { keys: "Ctrl+Z", does: "Undo" },
  { keys: "Ctrl+Shift+Z", does: "Redo (also Ctrl+Y)" },
  { keys: "F", does: "Fit the graph to the screen" },
  { keys: "?", does: "Show these shortcuts" },
] as const;

export interface ShortcutHandlers {
  search: () => void;
  escape: () => void;
  hide: () => void;
  undo: () => void;
  redo: () => void;
  fit: () => void;
  help: () => void;
}

const NOT_TYPED = new Set(["checkbox", "radio", "range", "button", "submit"]);

/** Whether keys go into a text field (which keeps its own undo, Delete and "/"). */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === "INPUT") return !NOT_TYPED.has((el as HTMLInputElement).type);
  return el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable;
}

/** The explorer's keyboard shortcuts; keys typed into a field stay with the field (except Esc). */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = current.current;
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === "Escape") return h.escape();
      if (typingIn(e.target)) return;
      const key = e.key.toLowerCase();
      const act = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      if (mod && key === "z") return act(e.shiftKey ? h.redo : h.undo);
      if (mod && key === "y") return act(h.redo);
      if (mod || e.altKey) return;
      if (e.key === "/") return act(h.search);
      if (e.key === "Delete" || e.key === "Backspace") return act(h.hide);
      if (e.key === "?") return act(h.help);
      if (key === "f") return act(h.fit);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
