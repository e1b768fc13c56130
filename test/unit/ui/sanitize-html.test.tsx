import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { NoteBody } from "../../../src/ui/encounter/documentation/note-body.tsx";
import { noteText } from "../../../src/ui/encounter/documentation/note-text.ts";
import { sanitizeHtml, type SafeNode } from "../../../src/ui/encounter/documentation/sanitize-html.ts";

/** The sanitized note rendered as the region renders it. */
function rendered(html: string): HTMLElement {
  const nodes = sanitizeHtml(html);
  return render(<div data-testid="note"><NoteBody nodes={nodes} layout={noteText(nodes)} /></div>).getByTestId("note");
}

const tags = (nodes: SafeNode[]): string[] => nodes.flatMap((n) => ("tag" in n ? [n.tag, ...tags(n.children)] : []));

// Payloads from the usual XSS filter-evasion lists, in the places a note's HTML could carry them.
const PAYLOADS = [
  `<script>alert(1)</script>`,
  `<SCRIPT SRC=https://evil.example/x.js></SCRIPT>`,
  `<img src=x onerror=alert(1)>`,
  `<svg onload=alert(1)><circle/></svg>`,
  `<body onload=alert(1)>`,
  `<iframe src="javascript:alert(1)"></iframe>`,
  `<object data="javascript:alert(1)"></object><embed src="x.swf">`,
  `<a href="javascript:alert(1)">x</a>`,
  `<a href="JaVaScRiPt&colon;alert(1)">x</a>`,
  `<div style="background:url(javascript:alert(1))">x</div>`,
  `<p onmouseover="alert(1)">x</p>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
  `<form action="javascript:alert(1)"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  `<base href="javascript:alert(1)//">`,
  `<link rel=stylesheet href="https://evil.example/x.css">`,
  `<template><script>alert(1)</script></template>`,
  `<table background="javascript:alert(1)"><tr><td onclick=alert(1)>x</td></tr></table>`,
  `<!--<img src=x onerror=alert(1)>-->`,
];

describe("note HTML sanitizer", () => {
  it.each(PAYLOADS)("leaves no script, handler, URL or dangerous element from %s", (payload) => {
    const note = rendered(`<p>Before</p>${payload}<p>After</p>`);
    expect(note.querySelector("script, style, iframe, object, embed, svg, math, img, form, button, meta, base, link, template, a, noscript")).toBeNull();
    for (const element of Array.from(note.querySelectorAll("*"))) {
      const names = element.getAttributeNames();
      expect(names.filter((n) => n !== "colspan" && n !== "rowspan" && n !== "data-testid"), element.outerHTML).toEqual([]);
    }
    expect(note.innerHTML).not.toMatch(/javascript:|onerror|onload|onclick/i);
    // The note's own text before the payload stays (an unclosed payload may swallow what follows, as a browser would).
    expect(note.textContent).toMatch(/^Before/);
  });

  it("keeps the note's structure: paragraphs, lists, emphasis, headings and tables with their spans", () => {
    const nodes = sanitizeHtml(`<h2 class="x" id="y">Assessment</h2><ol><li><b>Gout</b>, <em>acute</em></li></ol><table><tr><td colspan="2" style="color:red">Dx</td><td rowspan="abc">x</td></tr></table><br><font color=red>kept text</font>`);
    expect(tags(nodes)).toEqual(["h2", "ol", "li", "b", "em", "table", "tbody", "tr", "td", "td", "br"]);
    const note = rendered(`<table><tr><td colspan="2">Dx</td></tr></table><font color=red>kept text</font>`);
    expect(note.querySelector("td")?.getAttribute("colspan")).toBe("2");
    expect(note.textContent).toContain("kept text");
  });

  it("gives the text as lines, one per block, so headings and list items are lines of their own", () => {
    const layout = noteText(sanitizeHtml(`<h3>Assessment and Plan</h3>\n<ol>\n<li>Acute  low back pain\n due to strain.</li><li>Ibuprofen.</li></ol>`));
    expect(layout.text.split("\n").map((l) => l.trim()).filter(Boolean)).toEqual(["Assessment and Plan", "Acute low back pain due to strain.", "Ibuprofen."]);
  });

  it("highlights a range of the text across elements, escaped, with one focusable mark first", () => {
    const nodes = sanitizeHtml(`<p>Acute <b>gout</b> flare &lt;script&gt;.</p>`);
    const layout = noteText(nodes);
    const start = layout.text.indexOf("gout");
    const view = render(<NoteBody nodes={nodes} layout={layout} highlight={{ start, end: start + "gout flare".length }} />);
    const marks = view.container.querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent)).toEqual(["gout", " flare"]);
    expect(marks[0]?.getAttribute("tabindex")).toBe("-1");
    expect(view.container.querySelector("script")).toBeNull();
    expect(view.container.textContent).toBe("Acute gout flare <script>.");
  });
});
