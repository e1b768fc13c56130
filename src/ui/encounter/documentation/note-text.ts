import type { SafeElement, SafeNode, SafeText } from "./sanitize-html.ts";

/**
 * The plain text of safe nodes, as the sentence reader sees it, and where each text node
 * starts in it: a block (paragraph, list item, heading, row, line break) ends a line, a table
 * cell is followed by a space. The renderer uses the same offsets to highlight a sentence.
 */
export interface NoteText {
  text: string;
  starts: Map<SafeText, number>;
}

const LINE_AFTER = new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "table", "ul", "ol", "pre", "blockquote", "caption"]);

export function noteText(nodes: readonly SafeNode[]): NoteText {
  const starts = new Map<SafeText, number>();
  let text = "";
  const walk = (list: readonly SafeNode[]) => {
    for (const node of list) {
      if ("text" in node) {
        starts.set(node, text.length);
        text += node.text;
        continue;
      }
      walk(node.children);
      if (LINE_AFTER.has(node.tag) && !text.endsWith("\n")) text += "\n";
      else if ((node.tag === "td" || node.tag === "th") && !/\s$/.test(text)) text += " ";
    }
  };
  walk(nodes);
  return { text, starts };
}

/** Plain text as one node: its offsets are the text's own. */
export function plainNodes(text: string): SafeNode[] {
  return [{ text }];
}

export type { SafeElement };
