import { screen, waitFor, within } from "@testing-library/react";
import type { Condition } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { DiagnosesPanel } from "../../../src/ui/coding/diagnoses-panel.tsx";
import { createWorkerCodeService, type WorkerPort } from "../../../src/ui/coding/code-worker-client.ts";
import type { CodeWorkerRequest, CodeWorkerResponse } from "../../../src/ui/coding/code-worker-protocol.ts";
import { fakeSession, renderWithProviders } from "./render-with-providers.tsx";

type SuggestRequest = Extract<CodeWorkerRequest, { method: "suggest" }>;

/** A code worker that records what the page sent and answers when the test says so. */
function fakePort() {
  const sent: CodeWorkerRequest[] = [];
  const port: WorkerPort = { postMessage: (m) => void sent.push(m), onmessage: null, onerror: null };
  const answer = (response: CodeWorkerResponse) => port.onmessage?.({ data: response } as MessageEvent<CodeWorkerResponse>);
  const suggests = () => sent.filter((m): m is SuggestRequest => m.method === "suggest");
  return { port, answer, suggests };
}

const condition = (id: string, text: string): Condition => ({ resourceType: "Condition", id, subject: { reference: "Patient/p1" }, code: { text } });

const diabetes = condition("c1", "Type 2 diabetes mellitus with diabetic chronic kidney disease");
const hypertension = condition("c2", "Essential hypertension");
const ckd = condition("c3", "Chronic kidney disease, stage 3a");
const obesity = condition("c4", "Obesity");
/** What the fake worker answers for each condition: one ICD-10-CM code. */
const ANSWER: Record<string, string> = { c1: "E11.22", c2: "I10", c3: "N18.31", c4: "E66.9" };

describe("the chart's diagnosis suggestions", () => {
  it("are asked of the code worker in one message naming every condition of the chart, and each row shows its own answer", async () => {
    const { port, answer, suggests } = fakePort();
    renderWithProviders(
      // The encounter's conditions and the problem list (hypertension is on both: one row).
      <DiagnosesPanel encounterConditions={[diabetes, hypertension]} problemList={[hypertension, ckd, obesity]} diagnoses={[]} dateOfService="2026-03-04" dispatch={() => undefined} />,
      fakeSession(),
      createWorkerCodeService(port),
    );
    await waitFor(() => expect(suggests().length).toBeGreaterThan(0));
    const [request] = suggests();
    expect(suggests()).toHaveLength(1);
    expect(request?.conditions.map((c) => c.id)).toEqual(["c1", "c2", "c3", "c4"]);
    expect(request?.dateOfService).toBe("2026-03-04");
    // Answered last part first: each row takes the answer to its own condition.
    const conditions = request?.conditions ?? [];
    for (let part = conditions.length - 1; part >= 0; part--) {
      const code = ANSWER[conditions[part]?.id ?? ""] ?? "";
      answer({ id: request?.id ?? 0, part, ok: true, result: [{ coding: { system: "http://hl7.org/fhir/sid/icd-10-cm", code, display: code }, score: 1, reason: "matched" }] });
    }
    const rows = within(screen.getByRole("list", { name: "Diagnoses from the chart" }));
    for (const c of [diabetes, hypertension, ckd, obesity]) {
      const row = rows.getByText(c.code?.text ?? "").closest("li");
      expect(row).not.toBeNull();
      expect(await within(row as HTMLElement).findByRole("button", { name: new RegExp(`^Accept ${ANSWER[c.id ?? ""]?.replace(".", "\\.")} `) })).toBeTruthy();
    }
    // Showing the answers asked nothing more.
    expect(suggests()).toHaveLength(1);
  });
});
