"use client";
import { useEffect, useRef } from "react";

export const SHORTCUTS = [
  { keys: "/", does: "Search" },
  { keys: "Esc", does: "Close the open panel, then the selection, then the legend" },
  { keys: "← ↑ → ↓", does: "Move to the neighbour that way (the best connected entity first)" },
  { keys: "E or Enter", does: "Expand the selected entity" },
  { keys: "Delete", does: "Hide the selected entity" },
  { keys: "Double-click", does: "Expand an entity" },
  { keys: "Ctrl+Z", does: "Undo" },
  { keys: "Ctrl+Shift+Z", does: "Redo (also Ctrl+Y)" },
  { keys: "F", does: "Fit the graph to the screen" },
  { keys: "?", does: "Show these shortcuts" },
] as const;

export type ArrowDirection = "left" | "right" | "up" | "down";

const ARROWS: Record<string, ArrowDirection> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

export interface ShortcutHandlers {
  search: () => void;
  /** `typing`: Esc was pressed in a text field, which closes its own suggestions first. */
  escape: (typing: boolean) => void;
  expand: () => void;
  /** Answers whether it moved (the key's default, scrolling, happens otherwise). */
  move: (direction: ArrowDirection) => boolean;
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
      if (e.key === "Escape") return h.escape(typingIn(e.target));
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
      if (key === "e") return act(h.expand);
      // Enter on a button or link is that control's; on the page or the canvas it expands.
      const onControl = (e.target as HTMLElement | null)?.closest?.("button, a, summary, select");
      if (e.key === "Enter" && !onControl) return act(h.expand);
      const arrow = ARROWS[e.key];
      if (arrow && !onControl && h.move(arrow)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
