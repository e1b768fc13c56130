import { useEffect } from "react";

export interface Shortcut {
  /** KeyboardEvent.key, with "Alt+" when Alt must be held. */
  keys: string;
  description: string;
  run(): void;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable));
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
