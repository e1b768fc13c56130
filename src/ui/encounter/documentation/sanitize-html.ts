/**
 * An allow-list HTML sanitizer for clinical notes. The note is parsed with DOMParser (an inert
 * document: nothing runs, nothing loads) and rebuilt as plain data: only the elements below,
 * with no attributes but a table cell's colspan/rowspan. Script, style, frames, objects, forms
 * and media are dropped with their content; any other element (a, font, custom tags) is dropped
 * but its text is kept. The result is rendered by React as elements, never as markup.
 */

export type SafeNode = SafeText | SafeElement;
export interface SafeText { text: string }
export interface SafeElement { tag: SafeTag; children: SafeNode[]; colSpan?: number; rowSpan?: number }

const ALLOWED = [
  "p", "br", "ul", "ol", "li", "b", "strong", "i", "em", "u", "h1", "h2", "h3", "h4", "h5", "h6",
  "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "span", "div", "pre", "blockquote", "sub", "sup",
] as const;
export type SafeTag = (typeof ALLOWED)[number];
const ALLOWED_SET: ReadonlySet<string> = new Set(ALLOWED);

const DROPPED_WITH_CONTENT = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template", "svg", "math",
  "link", "meta", "base", "head", "title", "form", "input", "button", "select", "textarea", "option", "audio", "video",
  "img", "picture", "source", "canvas", "portal",
]);

const isAllowed = (tag: string): tag is SafeTag => ALLOWED_SET.has(tag);

function span(value: string | null): number | undefined {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isInteger(n) && n > 1 && n <= 100 ? n : undefined;
}

/** Text as the browser shows it: runs of white space are one space, except in <pre>. */
function cleanChildren(parent: Node, inPre = false): SafeNode[] {
  const out: SafeNode[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
      const text = inPre ? (child.nodeValue ?? "") : (child.nodeValue ?? "").replace(/\s+/g, " ");
      if (text) out.push({ text });
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue; // comments, processing instructions
    const element = child as Element;
    const tag = element.localName.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(tag)) continue;
    const children = cleanChildren(element, inPre || tag === "pre");
    if (!isAllowed(tag)) {
      out.push(...children);
      continue;
    }
    const safe: SafeElement = { tag, children };
    if (tag === "td" || tag === "th") {
      const colSpan = span(element.getAttribute("colspan"));
      const rowSpan = span(element.getAttribute("rowspan"));
      if (colSpan) safe.colSpan = colSpan;
      if (rowSpan) safe.rowSpan = rowSpan;
    }
    out.push(safe);
  }
  return out;
}

/** The note's HTML as safe nodes (body content only). */
export function sanitizeHtml(html: string): SafeNode[] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return cleanChildren(doc.body);
}
