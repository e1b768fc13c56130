/** GET /clearinghouse: a small page to paste an 837P and get the sandbox's 999, 277CA and 835. */
import { escapeHtml } from "../http/respond.ts";
import type { ClearinghouseAnswers } from "./answer-837p.ts";

const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandbox clearinghouse</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}textarea{width:100%;font-family:monospace}</style></head><body><main>`;

export function renderClearinghousePage(): string {
  return `${HEAD}<h1>Sandbox clearinghouse</h1>
<p>Paste an 837P the app exported. The sandbox payer decides, and the clearinghouse answers with a 999 (file accepted),
a 277CA (each claim accepted or rejected, with the payer's claim number) and an 835 (payment and adjustments).
Programs can <code>POST /clearinghouse/837</code> the file as text and get the three files as JSON.</p>
<form method="post" action="/clearinghouse/837">
<label for="x12">837P file</label>
<textarea id="x12" name="x12" rows="14" required></textarea>
<button type="submit">Get the clearinghouse's answers</button>
</form></main></body></html>`;
}

export function renderAnswersPage(answers: ClearinghouseAnswers): string {
  const file = (name: keyof ClearinghouseAnswers): string =>
    `<h2 id="f-${name}">${name}</h2><textarea aria-labelledby="f-${name}" rows="8" readonly>${escapeHtml(answers[name].replaceAll("~", "~\n"))}</textarea>`;
  return `${HEAD}<h1>Clearinghouse answers</h1>${file("999")}${file("277CA")}${file("835")}<p><a href="/clearinghouse">Another 837P</a></p></main></body></html>`;
}
