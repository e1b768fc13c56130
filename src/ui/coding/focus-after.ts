/**
 * Where focus goes when the control that had it is about to disappear or be disabled (Accept,
 * Delete, Remove): never the page body. Called before the change, so the next control already
 * has focus when the old one goes.
 */

/** The code search box. */
export function focusSearchBox(): void {
  document.querySelector<HTMLElement>('input[aria-label="Search codes"]')?.focus();
}

const firstMatch = (element: Element | null, selector: string): HTMLElement | null =>
  element ? (element.matches(selector) ? (element as HTMLElement) : element.querySelector<HTMLElement>(selector)) : null;

/** The same control (`selector`) in the next row, else in the previous one, else the search box. */
export function focusNeighbour(row: Element | null | undefined, selector: string): void {
  const target = firstMatch(row?.nextElementSibling ?? null, selector) ?? firstMatch(row?.previousElementSibling ?? null, selector);
  if (target) target.focus();
  else focusSearchBox();
}

/** After an Accept: the next Accept button still enabled in `container` (after this one, else before), else the search box. */
export function focusNextAccept(from: Element | null, container: ParentNode = document): void {
  const accepts = [...container.querySelectorAll<HTMLButtonElement>("button[aria-label^='Accept ']")].filter((b) => !b.disabled && b !== from);
  const after = from ? accepts.find((b) => from.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) : undefined;
  const target = after ?? accepts[0];
  if (target) target.focus();
  else focusSearchBox();
}
