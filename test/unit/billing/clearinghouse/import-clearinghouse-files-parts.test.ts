// Pins importClearinghouseFiles' ordering (999 before 277CA whatever the file order), its
// unmatched list, and the whole outcome: every file read, or the unreadable file and the 999
// for an 837 that was not sent; 835s in payment-date order with matched claims, only the non-information
// balance issues in the outcome, and two 277CA files read side by side.
import { describe, expect, it } from "vitest";
import { importClearinghouseFiles } from "../../../../src/billing/clearinghouse/import-clearinghouse-files.ts";
import { REMITTANCE_RULE_SYSTEM } from "../../../../src/billing/clearinghouse/check-remittance-balance.ts";
import { readSubmitted837 } from "../../../../src/billing/clearinghouse/read-submitted-837.ts";
import { CANDIDATES, NOW, fixtureFile, sent837 } from "./clearinghouse-fixtures.ts";

describe("importClearinghouseFiles", () => {
  it("answers the 999 before the 277CA given after it, and says every file was read", () => {
    const result = importClearinghouseFiles({ files: [fixtureFile("277ca-accepted-and-rejected.x12"), fixtureFile("999-accepted.x12")], candidates: CANDIDATES, submitted: readSubmitted837(sent837()), now: NOW });
    expect(result.answers.map((a) => [a.kind, a.claimControlNumber, a.match.kind, a.claimResponse.outcome])).toStrictEqual([
      ["999", "ENC1001R1", "matched", "queued"], ["277CA", "ENC1001R1", "matched", "queued"], ["277CA", "ENC1003", "matched", "error"],
    ]);
    expect(result.unmatched).toStrictEqual([]);
    expect(result.duplicates).toStrictEqual([]);
    expect(result.payments).toStrictEqual([]);
    expect(result.outcome).toStrictEqual({ resourceType: "OperationOutcome", issue: [{ severity: "information", code: "informational", diagnostics: "Every file was read." }] });
  });

  it("lists an unreadable file, a 999 for no 837 sent (none given) and the unmatched 277CA claims", () => {
    const result = importClearinghouseFiles({ files: [{ name: "x.x12", text: "ISA*short~" }, fixtureFile("999-accepted.x12"), fixtureFile("277ca-accepted-and-rejected.x12")], candidates: [], now: NOW });
    expect(result.answers.map((a) => [a.kind, a.claimControlNumber, a.match.kind])).toStrictEqual([["277CA", "ENC1001R1", "unmatched"], ["277CA", "ENC1003", "unmatched"]]);
    expect(result.unmatched).toStrictEqual(result.answers);
    expect(result.outcome).toStrictEqual({
      resourceType: "OperationOutcome",
      issue: [
        { severity: "error", code: "structure", diagnostics: "x.x12: not a readable X12 file (x.x12: not an X12 interchange (no complete ISA segment).)", expression: ["x.x12"] },
        { severity: "warning", code: "not-found", diagnostics: "999-accepted.x12: the 999 answers 837 group 42 transaction 0042 (accepted), which is not among the files sent." },
      ],
    });
  });

  it("reads a repeated file once and lists the repeat as a duplicate", () => {
    const result = importClearinghouseFiles({ files: [fixtureFile("999-accepted.x12"), fixtureFile("999-accepted.x12")], candidates: CANDIDATES, submitted: readSubmitted837(sent837()), now: NOW });
    expect(result.answers.map((a) => [a.kind, a.claimControlNumber])).toStrictEqual([["999", "ENC1001R1"]]);
    expect(result.duplicates.map((d) => [d.fileName, d.groupControlNumber])).toStrictEqual([["999-accepted.x12", "801"]]);
  });
});

describe("importClearinghouseFiles payment order", () => {
  it("posts an 835 without payment or production date (dated today on posting) before a dated one", () => {
    const dated = fixtureFile("835-split-payment-2.x12");
    const first = fixtureFile("835-split-payment-1.x12");
    const undated = { name: "undated.x12", text: first.text.replace("*DA*000654321*20261202~", "*DA*000654321~").replace("DTM*405*20261201~", "") };
    const result = importClearinghouseFiles({ files: [dated, undated], candidates: CANDIDATES, now: NOW });
    expect(result.payments.map((p) => [p.reconciliation.paymentDate, p.posting.paymentCents])).toStrictEqual([["2026-12-20", 10000], ["2026-12-03", 4000]]);
  });

  it("orders 835s by payment date rather than production date, matches their claims and says every file was read", () => {
    const second = fixtureFile("835-split-payment-2.x12");
    const first = fixtureFile("835-split-payment-1.x12");
    const lateProduction = { name: "late-production.x12", text: first.text.replace("DTM*405*20261201~", "DTM*405*20261231~") };
    const result = importClearinghouseFiles({ files: [second, lateProduction], candidates: CANDIDATES, now: NOW });
    expect(result.payments.map((p) => [p.reconciliation.paymentDate, p.posting.paymentCents])).toStrictEqual([["2026-12-02", 10000], ["2026-12-03", 4000]]);
    expect(result.answers.map((a) => [a.kind, a.envelope.fileName, a.claimControlNumber, a.match.kind === "matched" ? a.match.candidate.claim.id : a.match.reason])).toStrictEqual([
      ["835", "late-production.x12", "ENC1004", "claim-1004"], ["835", "835-split-payment-2.x12", "ENC1004", "claim-1004"],
    ]);
    expect(result.unmatched).toStrictEqual([]);
    expect(result.outcome).toStrictEqual({ resourceType: "OperationOutcome", issue: [{ severity: "information", code: "informational", diagnostics: "Every file was read." }] });
  });

  it("lists an unbalanced 835's error, and not the balanced one's information, in the outcome", () => {
    const balanced = fixtureFile("835-split-payment-2.x12");
    const first = fixtureFile("835-split-payment-1.x12");
    const unbalanced = { name: "unbalanced.x12", text: first.text.replace("BPR*I*100*", "BPR*I*90*") };
    const result = importClearinghouseFiles({ files: [unbalanced, balanced], candidates: CANDIDATES, now: NOW });
    expect(result.outcome).toStrictEqual({ resourceType: "OperationOutcome", issue: [{
      severity: "error", code: "invariant",
      details: { coding: [{ system: REMITTANCE_RULE_SYSTEM, code: "payment-unbalanced" }], text: "unbalanced.x12: claim payments 100.00 less provider adjustments 0.00 make 100.00, but BPR02 says 90.00 (difference -10.00)." },
      expression: ["BPR02"],
    }] });
  });
});

describe("importClearinghouseFiles with two 277CA files", () => {
  it("answers the claims of both files in file order", () => {
    const first = fixtureFile("277ca-accepted-and-rejected.x12");
    const second = { name: "277ca-second.x12", text: first.text.replace("*00501*000000811*", "*00501*000000812*") };
    const result = importClearinghouseFiles({ files: [first, second], candidates: CANDIDATES, now: NOW });
    expect(result.answers.map((a) => [a.kind, a.envelope.fileName, a.claimControlNumber, a.claimResponse.outcome])).toStrictEqual([
      ["277CA", "277ca-accepted-and-rejected.x12", "ENC1001R1", "queued"], ["277CA", "277ca-accepted-and-rejected.x12", "ENC1003", "error"],
      ["277CA", "277ca-second.x12", "ENC1001R1", "queued"], ["277CA", "277ca-second.x12", "ENC1003", "error"],
    ]);
    expect(result.outcome).toStrictEqual({ resourceType: "OperationOutcome", issue: [{ severity: "information", code: "informational", diagnostics: "Every file was read." }] });
  });
});
