// Pins the whole OperationOutcome of the 835 balance check: the balanced BPR02 note, and an
// unbalanced payment, claim and line, each with its words, rule code and expression.
import { describe, expect, it } from "vitest";
import { checkRemittanceBalance } from "../../../../src/billing/clearinghouse/check-remittance-balance.ts";
import { readClearinghouseFiles } from "../../../../src/billing/clearinghouse/read-clearinghouse-files.ts";
import type { Remittance835 } from "../../../../src/billing/clearinghouse/x12-in-model.ts";
import { fixtureFile } from "./clearinghouse-fixtures.ts";

const RULE = "https://smart-coding-billing.example/CodeSystem/remittance-rule";

function remittance(): Remittance835 {
  const [transaction] = readClearinghouseFiles([fixtureFile("835-three-claims.x12")]).transactions;
  if (transaction?.kind !== "835") throw new Error("not an 835");
  return transaction;
}

describe("checkRemittanceBalance", () => {
  it("a balanced 835 has one information issue on BPR02", () => {
    expect(checkRemittanceBalance(remittance())).toStrictEqual({
      resourceType: "OperationOutcome",
      issue: [{ severity: "information", code: "invariant", details: { coding: [{ system: RULE, code: "balanced" }], text: "835-three-claims.x12: claim payments 222.20 less provider adjustments 0.00 equal the payment 222.20." }, expression: ["BPR02"] }],
    });
  });

  it("an unbalanced payment, claim and line are each an issue", () => {
    const remit = remittance();
    const claim = remit.claims[1];
    const line = claim?.lines[1];
    if (!claim || !line) throw new Error("fixture changed");
    claim.paidCents += 100;
    line.paidCents -= 5;
    expect(checkRemittanceBalance(remit)).toStrictEqual({
      resourceType: "OperationOutcome",
      issue: [
        { severity: "error", code: "invariant", details: { coding: [{ system: RULE, code: "payment-unbalanced" }], text: "835-three-claims.x12: claim payments 223.20 less provider adjustments 0.00 make 223.20, but BPR02 says 222.20 (difference -1.00)." }, expression: ["BPR02"] },
        { severity: "warning", code: "invariant", details: { coding: [{ system: RULE, code: "claim-unbalanced" }], text: "835-three-claims.x12 CLP ENC1003: CLP04 1.00 is not the sum of its lines' SVC03 -0.05." }, expression: ["claims[1]"] },
        { severity: "warning", code: "invariant", details: { coding: [{ system: RULE, code: "line-unbalanced" }], text: "835-three-claims.x12 CLP ENC1003 line 2: charge 80.00 less adjustments 80.00 is not the paid -0.05." }, expression: ["claims[1].lines[1]"] },
      ],
    });
  });
});
