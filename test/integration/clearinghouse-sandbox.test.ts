import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Claim } from "fhir/r4";
import { describe, expect, inject, it } from "vitest";
import { importClearinghouseFiles, readSubmitted837, type ClearinghouseImport } from "../../src/billing/clearinghouse/index.ts";

const { generic } = inject("sandboxes");

/** The committed 837P golden file, for pat-epic-1's coverage (member SBX100200300 at the sandbox PPO). */
const GOLDEN = readFileSync(resolve(import.meta.dirname, "../fixtures/x12/simple-claim.x12"), "utf8");
const FOR_PAT_EPIC_1 = GOLDEN.replace("MI*XJH482913307", "MI*SBX100200300");

const CLAIM: Claim = {
  resourceType: "Claim", id: "claim-enc1001", identifier: [{ value: "ENC1001R1" }], status: "active", use: "claim", created: "2026-11-21",
  type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] }, patient: { reference: "Patient/pat-epic-1" },
  provider: { reference: "Organization/org-riverbend" }, priority: { coding: [{ code: "normal" }] }, insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov-epic-1" } }],
};

async function post837(x12: string): Promise<Response> {
  return fetch(`${generic.url}/clearinghouse/837`, { method: "POST", headers: { "content-type": "text/plain" }, body: x12 });
}

async function answersFor(x12: string): Promise<ClearinghouseImport> {
  const response = await post837(x12);
  expect(response.status).toBe(200);
  const body = (await response.json()) as Record<string, string>;
  expect(Object.keys(body).sort()).toEqual(["277CA", "835", "999"]);
  const files = Object.entries(body).map(([name, text]) => ({ name, text }));
  return importClearinghouseFiles({ files, candidates: [{ claim: CLAIM }], submitted: readSubmitted837(x12), now: "2026-11-23T12:00:00Z" });
}

describe("the sandbox as a clearinghouse", () => {
  it("answers an 837P with a 999, a 277CA and an 835 the payer simulator decided, which the app's reader matches by CLM01", async () => {
    const result = await answersFor(FOR_PAT_EPIC_1);
    expect(result.unmatched).toEqual([]);
    expect(result.answers.map((a) => [a.kind, a.claimResponse.outcome, a.claimResponse.request?.reference])).toEqual([
      ["999", "queued", "Claim/claim-enc1001"], ["277CA", "queued", "Claim/claim-enc1001"], ["835", "complete", "Claim/claim-enc1001"],
    ]);
    const remit = result.answers[2]?.claimResponse;
    // Sandbox PPO: 99214 allowed 130 less the 25 copay; 83036 allowed 13.
    expect(remit?.item?.map((i) => i.adjudication.map((a) => `${a.category.coding?.[0]?.code ?? ""} ${a.amount?.value ?? ""}`))).toEqual([
      ["submitted 150", "eligible 130", "noncovered 20", "copay 25", "benefit 105"],
      ["submitted 25.5", "eligible 13", "noncovered 12.5", "benefit 13"],
    ]);
    expect(remit?.payment?.amount?.value).toBe(118);
    expect(remit?.payment?.date).toBe("2026-11-23");
    const [payment] = result.payments;
    expect(payment?.posting).toMatchObject({ paid: 1, denied: 0, paymentCents: 11800 });
    expect(payment?.balance.issue.map((i) => i.severity)).toEqual(["information"]);
  });

  it("denies what the payer's rules deny: an A1c pointed only at acute bronchitis is CO-50 with N115, the visit is paid, and J20.9 itself is no reason", async () => {
    const result = await answersFor(FOR_PAT_EPIC_1.replace("ABK:E1165", "ABK:J209"));
    const remit = result.answers.find((a) => a.kind === "835")?.claimResponse;
    expect(remit?.item?.map((i) => i.adjudication.filter((a) => a.reason).map((a) => a.reason?.text))).toEqual([["CO-45", "PR-3"], ["CO-50"]]);
    expect(JSON.stringify(remit?.item?.[1])).toContain("N115");
    expect(result.payments[0]?.posting).toMatchObject({ paid: 1, denied: 0 });
  });

  it("rejects on the 277CA a member the payer does not know", async () => {
    const result = await answersFor(GOLDEN);
    expect(result.answers.map((a) => [a.kind, a.claimResponse.outcome])).toEqual([["999", "queued"], ["277CA", "error"]]);
    expect(result.answers[1]?.claimResponse.error?.[0]?.code.text).toMatch(/^A3 .*33 Subscriber and subscriber id not found/);
  });

  it("refuses a body that is not an 837P with an OperationOutcome", async () => {
    const response = await post837("not x12");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { resourceType: string }).resourceType).toBe("OperationOutcome");
  });

  it("has a page with a labelled 837P field, whose form post shows the three files", async () => {
    const page = await (await fetch(`${generic.url}/clearinghouse`)).text();
    expect(page).toContain('<label for="x12">837P file</label>');
    expect(page).toContain('<form method="post" action="/clearinghouse/837">');
    const response = await fetch(`${generic.url}/clearinghouse/837`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ x12: FOR_PAT_EPIC_1 }).toString() });
    const html = await response.text();
    expect(response.headers.get("content-type")).toContain("text/html");
    for (const name of ["999", "277CA", "835"]) expect(html).toContain(`<h2 id="f-${name}">${name}</h2>`);
    expect(html).toContain("CLP*ENC1001R1*1*175.5*118");
  });
});
