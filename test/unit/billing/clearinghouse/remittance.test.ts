import type { ClaimResponse, ClaimResponseItemAdjudication } from "fhir/r4";
import { describe, expect, it } from "vitest";
import {
  PAYER_CLAIM_CONTROL_NUMBER_SYSTEM, PAYMENT_TRACE_SYSTEM, checkRemittanceBalance, importClearinghouseFiles, readClearinghouseFiles, type Remittance835,
} from "../../../../src/billing/clearinghouse/index.ts";
import { CARC_GROUP_EXTENSION, toClaimStatus } from "../../../../src/billing/status/index.ts";
import { CANDIDATES, NOW, fixtureFile } from "./clearinghouse-fixtures.ts";

const imported = (...names: string[]) => importClearinghouseFiles({ files: names.map(fixtureFile), candidates: CANDIDATES, now: NOW });
const code = (a: ClaimResponseItemAdjudication): string => a.category.coding?.[0]?.code ?? "";
const row = (a: ClaimResponseItemAdjudication): string => `${code(a)} ${a.amount?.value ?? ""}${a.reason ? ` ${a.reason.text ?? a.reason.coding?.map((c) => c.code).join("+")}` : ""}`;
const linesOf = (response: ClaimResponse | undefined): string[][] => (response?.item ?? []).map((item) => [String(item.itemSequence), ...item.adjudication.map(row)]);

function remittance(name: string): Remittance835 {
  const [remit] = readClearinghouseFiles([fixtureFile(name)]).transactions;
  if (remit?.kind !== "835") throw new Error(`${name} is not an 835`);
  return remit;
}

describe("835 with several claims: paid, denied with CARC/RARC, unmatched, matched by patient and date", () => {
  const result = imported("835-three-claims.x12");
  const [paid, denied, unknown, byPatient] = result.answers;

  it("gives one ClaimResponse per CLP, matched to the app's claims, and lists the one it cannot match", () => {
    expect(result.answers.map((a) => [a.claimControlNumber, a.match.kind === "matched" ? `${a.match.by} ${a.match.candidate.claim.id ?? ""}` : "unmatched"])).toEqual([
      ["ENC1001R1", "claim-control-number claim-1001"], ["ENC1003", "claim-control-number claim-1003"], ["UNKNOWN77", "unmatched"], ["ZZ4471", "patient-and-date claim-1077"],
    ]);
    expect(result.unmatched.map((u) => [u.claimControlNumber, u.match.reason])).toEqual([["UNKNOWN77", "No claim with control number UNKNOWN77, nor for ROE, RICHARD on 2026-11-19."]]);
    expect(unknown?.claimResponse).toMatchObject({ patient: { identifier: { value: "XJH999888777" }, display: "ROE, RICHARD" }, request: { identifier: { value: "UNKNOWN77" } } });
    expect(unknown?.claimResponse.request?.reference).toBeUndefined();
    expect(byPatient?.claimResponse.request?.reference).toBe("Claim/claim-1077");
  });

  it("maps a paid claim: CLP07 identifier, payment CLP04 on BPR16 with the trace, per line submitted / eligible / CAS / benefit", () => {
    const response = paid?.claimResponse;
    expect(response).toMatchObject({
      status: "active", outcome: "complete", disposition: "Processed as primary: paid 104.20", request: { reference: "Claim/claim-1001" },
      identifier: [{ system: PAYER_CLAIM_CONTROL_NUMBER_SYSTEM, value: "PCN26112600017" }],
      payment: { amount: { value: 104.2, currency: "USD" }, date: "2026-12-01", identifier: { system: PAYMENT_TRACE_SYSTEM, value: "EFT20261201A" } },
    });
    expect(linesOf(response)).toEqual([
      ["1", "submitted 150", "eligible 120", "noncovered 30 CO-45", "copay 25 PR-3", "benefit 95"],
      ["2", "submitted 25.5", "eligible 21.5", "noncovered 4 CO-45", "deductible 10 PR-1", "coinsurance 2.3 PR-2", "benefit 9.2"],
    ]);
    expect(response?.total?.map(row)).toEqual(["submitted 175.5", "benefit 104.2", "memberliability 37.3"]);
    const carc = response?.item?.[0]?.adjudication[2]?.reason?.coding?.[0];
    expect(carc).toEqual({ extension: [{ url: CARC_GROUP_EXTENSION, valueCode: "CO" }], system: "https://x12.org/codes/claim-adjustment-reason-codes", code: "45" });
  });

  it("maps a denied claim with CARC CO-16 and RARCs M76 / MA130 on their lines, in words", () => {
    const response = denied?.claimResponse;
    expect(response?.disposition).toBe("Denied: claim denied");
    expect(linesOf(response)).toEqual([
      ["1", "submitted 130", "eligible 0", "noncovered 130 CO-16", "benefit 0"],
      ["2", "submitted 80", "eligible 0", "noncovered 80 CO-16", "benefit 0"],
    ]);
    expect(response?.item?.[0]?.adjudication[2]?.reason?.coding?.map((c) => `${c.system?.split("/").pop() ?? ""}#${c.code ?? ""}`)).toEqual(["claim-adjustment-reason-codes#16", "remittance-advice-remark-codes#M76"]);
    expect(response?.processNote?.map((n) => n.text)).toEqual([
      expect.stringMatching(/^Line 1 CO-16: Something the payer needs is missing/),
      expect.stringMatching(/^Line 1 M76: A diagnosis is missing/),
      expect.stringMatching(/^Line 2 CO-16: /),
      expect.stringMatching(/^Line 2 MA130: /),
    ]);
  });

  it("is read by the app's claim status as paid (patient owes 37.30) and denied (CO-16 with M76)", () => {
    const claim = CANDIDATES[1]?.claim;
    const paidStatus = toClaimStatus(paid?.claimResponse as ClaimResponse, claim);
    const deniedStatus = toClaimStatus(denied?.claimResponse as ClaimResponse, CANDIDATES[2]?.claim);
    expect(paidStatus.kind).toBe("paid");
    expect(deniedStatus.kind).toBe("denied");
    expect(JSON.stringify(deniedStatus)).toContain("\"group\":\"CO\"");
  });

  it("the PaymentReconciliation has one detail per claim and the summary reconciles with BPR02", () => {
    const [payment] = result.payments;
    expect(payment?.reconciliation).toMatchObject({
      resourceType: "PaymentReconciliation", status: "active", outcome: "complete", paymentDate: "2026-12-01", paymentAmount: { value: 222.2 },
      paymentIdentifier: { value: "EFT20261201A" }, paymentIssuer: { display: "ACME HEALTH PLAN", identifier: { value: "60054" } },
      disposition: "EFT (ACH) 222.20, trace EFT20261201A, to NPI 1456789027",
    });
    expect(payment?.reconciliation.detail?.map((d) => [d.type.coding?.[0]?.code, d.request?.reference ?? d.request?.display, d.identifier?.value, d.amount?.value])).toEqual([
      ["payment", "Claim/claim-1001", "PCN26112600017", 104.2], ["payment", "Claim/claim-1003", "PCN26112600018", 0],
      ["payment", "CLM01 UNKNOWN77", "PCN26112600019", 48], ["payment", "Claim/claim-1077", "PCN26112600020", 70],
    ]);
    expect(payment?.posting).toMatchObject({ paid: 3, adjusted: 0, denied: 1, claimPaymentsCents: 22220, providerAdjustmentsCents: 0, expectedPaymentCents: 22220, paymentCents: 22220 });
    expect(payment?.balance.issue.map((i) => [i.severity, i.details?.coding?.[0]?.code])).toEqual([["information", "balanced"]]);
    expect(result.outcome.issue.map((i) => i.severity)).toEqual(["information"]);
  });
});

describe("reversal and correction", () => {
  const result = imported("835-reversal-and-correction.x12", "835-three-claims.x12");

  it("puts the earlier payment first whatever the files' order, and the reversal withdraws it", () => {
    expect(result.answers.filter((a) => a.claimControlNumber === "ENC1001R1").map((a) => [a.envelope.fileName, a.claimResponse.status, a.claimResponse.payment?.amount?.value, a.claimResponse.identifier?.[0]?.value])).toEqual([
      ["835-three-claims.x12", "active", 104.2, "PCN26112600017"],
      ["835-reversal-and-correction.x12", "cancelled", -104.2, "PCN26112600017"],
      ["835-reversal-and-correction.x12", "active", 114.2, "PCN26121400031"],
    ]);
  });

  it("posts the reversal and the correction as one adjusted claim, netted, reconciling with BPR02 10.00", () => {
    const posting = result.payments.find((p) => p.posting.fileName === "835-reversal-and-correction.x12")?.posting;
    expect(posting).toMatchObject({ paid: 0, adjusted: 1, denied: 0, claimPaymentsCents: 1000, paymentCents: 1000 });
    expect(posting?.claims).toEqual([{ claimControlNumber: "ENC1001R1", payerClaimControlNumber: "PCN26121400031", status: "adjusted", paidCents: 1000, patientResponsibilityCents: -1000, chargeCents: 17550 }]);
    const net = result.answers.filter((a) => a.claimControlNumber === "ENC1001R1").reduce((sum, a) => sum + Math.round((a.claimResponse.payment?.amount?.value ?? 0) * 100), 0);
    expect(net).toBe(11420);
  });
});

describe("PLB provider-level adjustments", () => {
  const result = imported("835-provider-adjustment.x12");
  const [payment] = result.payments;

  it("keeps each PLB on the PaymentReconciliation as an adjustment detail, sign turned, with words", () => {
    expect(payment?.reconciliation.detail?.map((d) => [d.type.coding?.[0]?.code, d.identifier?.value, d.amount?.value, d.date])).toEqual([
      ["payment", "PCN26121700041", 100, "2026-12-18"], ["adjustment", "WO:PCN26110100007", -30, "2026-12-31"], ["adjustment", "L6", 2.5, "2026-12-31"],
    ]);
    expect(payment?.reconciliation.processNote?.map((n) => n.text)).toEqual(["PLB WO PCN26110100007: Overpayment recovery, 30.00 withheld", "PLB L6: Interest owed, -2.50 added"]);
    expect(payment?.reconciliation.disposition).toBe("Check 72.50, trace CHK004417, to NPI 1456789027");
  });

  it("reconciles: 100.00 - 30.00 + 2.50 = 72.50", () => {
    expect(payment?.posting).toMatchObject({ claimPaymentsCents: 10000, providerAdjustmentsCents: 2750, expectedPaymentCents: 7250, paymentCents: 7250 });
    expect(payment?.balance.issue.map((i) => i.severity)).toEqual(["information"]);
  });
});

describe("split payment: one claim paid in two remittances", () => {
  const result = imported("835-split-payment-2.x12", "835-split-payment-1.x12");

  it("matches both parts to the claim, each with the payer's number for its part, and each payment reconciles", () => {
    expect(result.answers.map((a) => [a.envelope.fileName, a.match.kind === "matched" ? a.match.candidate.claim.id : "", a.claimResponse.identifier?.[0]?.value, a.claimResponse.payment?.amount?.value, a.claimResponse.item?.map((i) => i.itemSequence)])).toEqual([
      ["835-split-payment-1.x12", "claim-1004", "PCN26112600021", 100, [1]],
      ["835-split-payment-2.x12", "claim-1004", "PCN26112600022", 40, [2]],
    ]);
    expect(result.payments.map((p) => [p.reconciliation.paymentIdentifier?.value, p.posting.paymentCents, p.balance.issue[0]?.severity])).toEqual([
      ["EFT20261202S", 10000, "information"], ["EFT20261203S", 4000, "information"],
    ]);
  });
});

describe("balance check", () => {
  it.each<[string, (r: Remittance835) => Remittance835, string[]]>([
    ["a BPR02 one cent off", (r) => ({ ...r, payment: { ...r.payment, amountCents: r.payment.amountCents + 1 } }), ["error payment-unbalanced"]],
    ["a CLP04 that is not the sum of its lines", (r) => ({ ...r, claims: r.claims.map((c, i) => (i === 0 ? { ...c, paidCents: c.paidCents - 1 } : c)) }), ["error payment-unbalanced", "warning claim-unbalanced"]],
    ["a line whose adjustments do not explain the payment", (r) => ({ ...r, claims: r.claims.map((c, i) => (i === 0 ? { ...c, lines: c.lines.map((l) => ({ ...l, adjustments: [] })) } : c)) }), ["information balanced", "warning line-unbalanced", "warning line-unbalanced"]],
  ])("finds %s", (_label, change, found) => {
    const outcome = checkRemittanceBalance(change(remittance("835-three-claims.x12")));
    expect(outcome.issue.map((i) => `${i.severity} ${i.details?.coding?.[0]?.code ?? ""}`)).toEqual(found);
  });

  it("says the difference in words", () => {
    const remit = remittance("835-three-claims.x12");
    const [issue] = checkRemittanceBalance({ ...remit, payment: { ...remit.payment, amountCents: 22210 } }).issue;
    expect(issue?.details?.text).toBe("835-three-claims.x12: claim payments 222.20 less provider adjustments 0.00 make 222.20, but BPR02 says 222.10 (difference -0.10).");
  });
});
