import { useEffect } from "react";

export interface Shortcut {
  /** KeyboardEvent.key, with "Alt+" when Alt must be held. */
  keys: string;
  description: string;
  run(): void;
}

/** Inputs that take no typed text: a plain key there is a shortcut (a checkbox, a radio, a button). */
const KEYLESS_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "file", "color", "range", "image"]);

/** A text field, a list or an editable element has the focus: plain keys are typing there. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === "INPUT") return !KEYLESS_INPUTS.has((el as HTMLInputElement).type);
  return el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable;
}

/** Page-wide keyboard shortcuts; plain keys are ignored while the user types in a field. */
export function useShortcuts(shortcuts: Shortcut[]): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const keys = `${event.altKey ? "Alt+" : ""}${event.altKey ? event.code.replace(/^Key/, "") : event.key}`;
      const match = shortcuts.find((s) => s.keys === keys);
      if (!match || (!event.altKey && isTyping(event.target))) return;
      event.preventDefault();
      match.run();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [shortcuts]);
}
