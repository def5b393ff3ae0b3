"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import styles from "./console.module.css";

export interface MenuItem {
  key: string;
  label: string;
  detail?: string;
  onSelect: () => void;
}

/** A button that opens a list of choices (examples, history); Escape or a click elsewhere closes it. */
export function QueryMenu({
  label,
  items,
  empty,
  footer,
}: {
  label: string;
  items: MenuItem[];
  empty: string;
  footer?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === "Escape"
          : !root.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener("keydown", close);
    document.addEventListener("pointerdown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("pointerdown", close);
    };
  }, [open]);

  return (
    <div className={styles.menuRoot} ref={root}>
      <button
        type="button"
        className={styles.button}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {label} ▾
      </button>
      {open && (
        <div className={styles.menu} id={menuId} role="menu" aria-label={label}>
          {items.length === 0 && <p className={styles.menuEmpty}>{empty}</p>}
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              className={styles.menuItem}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              <span className={styles.menuLabel}>{item.label}</span>
              {item.detail && <span className={styles.menuDetail}>{item.detail}</span>}
            </button>
          ))}
          {footer}
        </div>
      )}
    </div>
  );
}
