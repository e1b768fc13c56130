import { useRef } from "react";
import { useModalDialog } from "./use-modal-dialog.ts";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question before something that cannot be undone; Esc or the cancel button (focused first) keep things as they are. */
export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  const dialog = useModalDialog(open, () => cancel.current?.focus());
  return (
    <dialog ref={dialog} role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-message" className="help" onCancel={(e) => (e.preventDefault(), onCancel())}
      onKeyDown={(e) => e.key === "Escape" && (e.preventDefault(), onCancel())}>
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-message">{message}</p>
      <div className="actions">
        <button type="button" ref={cancel} onClick={onCancel}>{cancelLabel}</button>
        <button type="button" className="secondary" onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}
