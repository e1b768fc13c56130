import { createElement, type ReactNode, type RefObject } from "react";
import type { SafeNode, SafeText } from "./sanitize-html.ts";
import type { NoteText } from "./note-text.ts";

export interface NoteBodyProps {
  nodes: SafeNode[];
  layout: NoteText;
  /** Offsets in layout.text to show highlighted. */
  highlight?: { start: number; end: number };
  /** Set on the first highlighted part, to move focus there. */
  markRef?: RefObject<HTMLElement | null>;
}

/** A note's safe nodes as React elements (text is escaped by React; no markup is injected), with a sentence highlighted. */
export function NoteBody({ nodes, layout, highlight, markRef }: NoteBodyProps) {
  let marked = false;
  const textPart = (node: SafeText, key: string): ReactNode => {
    const start = layout.starts.get(node) ?? 0;
    const end = start + node.text.length;
    if (!highlight || highlight.end <= start || highlight.start >= end) return node.text;
    const from = Math.max(highlight.start, start) - start;
    const to = Math.min(highlight.end, end) - start;
    const first = !marked;
    marked = true;
    return [
      node.text.slice(0, from),
      <mark key={key} {...(first ? { ref: markRef as RefObject<HTMLElement>, tabIndex: -1, "data-source-sentence": "" } : {})}>{node.text.slice(from, to)}</mark>,
      node.text.slice(to),
    ];
  };
  const render = (list: SafeNode[], path: string): ReactNode[] =>
    list.map((node, i) => {
      const key = `${path}.${i}`;
      if ("text" in node) return textPart(node, key);
      const props = { key, ...(node.colSpan ? { colSpan: node.colSpan } : {}), ...(node.rowSpan ? { rowSpan: node.rowSpan } : {}) };
      return node.tag === "br" ? createElement("br", props) : createElement(node.tag, props, ...render(node.children, key));
    });
  return <>{render(nodes, "n")}</>;
}
