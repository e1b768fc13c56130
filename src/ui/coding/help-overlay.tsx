import { useModalDialog } from "../common/use-modal-dialog.ts";
import type { Shortcut } from "./use-shortcuts.ts";

const LOCAL_KEYS: [string, string][] = [
  ["↑ ↓", "Move through search results"],
  ["Enter", "Accept the highlighted code (a header shows its billable codes)"],
  ["Esc", "Clear the search / close this help"],
  ["Alt+↑ Alt+↓", "Move the focused diagnosis up or down (the first is primary)"],
  ["Delete", "Remove the focused diagnosis"],
  ["Tab", "Go to the next field or button"],
];

/** The keyboard shortcuts, as a modal dialog opened with "?". */
export function HelpOverlay({ open, shortcuts, onClose }: { open: boolean; shortcuts: Shortcut[]; onClose(): void }) {
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} aria-labelledby="help-title" onClose={onClose} onCancel={onClose} className="help">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {shortcuts.map((s) => <tr key={s.keys}><td><kbd>{s.keys}</kbd></td><td>{s.description}</td></tr>)}
          {LOCAL_KEYS.map(([k, d]) => <tr key={k}><td><kbd>{k}</kbd></td><td>{d}</td></tr>)}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>Close</button>
    </dialog>
  );
}
