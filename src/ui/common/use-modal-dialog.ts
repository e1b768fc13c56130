import { useEffect, useRef, type RefObject } from "react";

/**
 * Keeps a <dialog> element's modal state in step with `open`: shown as a modal when it turns true
 * (then `onShown`, e.g. to focus the safe button), closed when it turns false. Where the element has
 * no showModal (older engines, jsdom) the `open` attribute stands in.
 */
export function useModalDialog(open: boolean, onShown?: () => void): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  const shown = useRef(onShown);
  shown.current = onShown;
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      if (typeof el.showModal === "function") el.showModal();
      else el.setAttribute("open", "");
      shown.current?.();
    }
    if (!open && el.open) {
      if (typeof el.close === "function") el.close();
      else el.removeAttribute("open");
    }
  }, [open]);
  return dialog;
}
