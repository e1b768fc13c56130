import { describe, expect, it } from "vitest";
import {
  CLAIM_CONTROL_NUMBER_SYSTEM, CLAIM_STATUS_CATEGORY_SYSTEM, CLAIM_STATUS_SYSTEM, PAYER_CLAIM_CONTROL_NUMBER_SYSTEM, importClearinghouseFiles, readSubmitted837,
} from "../../../../src/billing/clearinghouse/index.ts";
import { CANDIDATES, NOW, fixtureFile, secondSent837, sent837 } from "./clearinghouse-fixtures.ts";

const submitted = [...readSubmitted837(sent837()), ...readSubmitted837(secondSent837())];
const imported = (...names: string[]) => importClearinghouseFiles({ files: names.map(fixtureFile), candidates: CANDIDATES, submitted, now: NOW });

describe("999: the clearinghouse accepted or rejected the 837 file", () => {
  it("reads which claims an 837P carried (GS06, ST02, CLM01, patient, date)", () => {
    expect(submitted).toEqual([
      { groupControlNumber: "42", transactionControlNumber: "0042", claims: [{ claimControlNumber: "ENC1001R1", patient: { lastName: "DOE", firstName: "JANE", memberId: "XJH482913307" }, serviceDate: "2026-11-20" }] },
      { groupControlNumber: "43", transactionControlNumber: "0043", claims: [{ claimControlNumber: "ENC1003", patient: { lastName: "DOE", firstName: "JANE", memberId: "XJH482913307" }, serviceDate: "2026-11-20" }] },
    ]);
  });

  it.each([
    ["999-accepted.x12", "claim-1001", "queued", "File accepted by the clearinghouse, on its way to the payer", []],
    ["999-rejected.x12", "claim-1003", "error", undefined, [
      "NM1 (segment 15, loop 2010BA): 8 Segment has element errors; element NM108: 7 Invalid code value (\"ZZ\")",
      "DMG (segment 17, loop 2010BA): 3 Required segment missing",
      "837 transaction 0043: R Rejected; 5 One or more segments in error",
    ]],
  ])("%s -> a ClaimResponse for %s with outcome %s", (file, claimId, outcome, disposition, errors) => {
    const result = imported(file);
    expect(result.unmatched).toEqual([]);
    const [answer, ...rest] = result.answers;
    expect(rest).toEqual([]);
    expect(answer?.match).toMatchObject({ kind: "matched", by: "claim-control-number" });
    const response = answer?.claimResponse;
    expect(response).toMatchObject({ resourceType: "ClaimResponse", status: "active", outcome, created: NOW, request: { reference: `Claim/${claimId}`, identifier: { system: CLAIM_CONTROL_NUMBER_SYSTEM } } });
    if (disposition) expect(response?.disposition).toBe(disposition);
    expect((response?.error ?? []).map((e) => e.code.text)).toEqual(errors);
    expect(response?.processNote?.[0]?.text).toMatch(/^837 transaction 004[23]: [AR] /);
  });

  it("lists a 999 for an 837 that is not among those sent as a warning, never as a claim", () => {
    const result = importClearinghouseFiles({ files: [fixtureFile("999-rejected.x12")], candidates: CANDIDATES, submitted: readSubmitted837(sent837()), now: NOW });
    expect(result.answers).toEqual([]);
    expect(result.outcome.issue.map((i) => [i.severity, i.diagnostics])).toEqual([["warning", expect.stringContaining("837 group 43 transaction 0043 (rejected)")]]);
  });
});

describe("277CA: the payer accepted or rejected each claim", () => {
  const result = imported("277ca-accepted-and-rejected.x12");
  const [accepted, rejected] = result.answers.map((a) => a.claimResponse);

  it("matches both claims by CLM01", () => {
    expect(result.answers.map((a) => [a.claimControlNumber, a.match.kind === "matched" ? a.match.candidate.claim.id : a.match.reason])).toEqual([["ENC1001R1", "claim-1001"], ["ENC1003", "claim-1003"]]);
  });

  it("an accepted claim is queued, with the payer's claim control number (REF*1K) as identifier", () => {
    expect(accepted).toMatchObject({
      outcome: "queued", disposition: "Accepted by ACME HEALTH PLAN, pending adjudication",
      identifier: [{ system: PAYER_CLAIM_CONTROL_NUMBER_SYSTEM, value: "PCN26112600017" }], patient: { reference: "Patient/p-doe" },
      processNote: [{ number: 1, type: "display", text: "A2 Accepted into the payer's adjudication system; 20 Accepted for processing (payer)" }],
    });
    expect(accepted?.error).toBeUndefined();
  });

  it("a rejected claim is an error with each STC category and status in words", () => {
    expect(rejected?.outcome).toBe("error");
    expect(rejected?.identifier).toBeUndefined();
    expect(rejected?.error?.map((e) => [e.code.coding?.map((c) => `${c.system === CLAIM_STATUS_CATEGORY_SYSTEM ? "cat" : c.system === CLAIM_STATUS_SYSTEM ? "status" : "entity"}:${c.code}`), e.code.text])).toEqual([
      [["cat:A7", "status:562", "entity:85"], "A7 Rejected: information invalid; 562 The entity's National Provider Identifier (NPI) (billing provider)"],
      [["cat:A6", "status:164", "entity:IL"], "A6 Rejected: information missing; 164 The entity's contract or member number (subscriber)"],
    ]);
    expect(rejected?.disposition).toMatch(/^Rejected by ACME HEALTH PLAN: A7 Rejected: information invalid/);
  });
});
