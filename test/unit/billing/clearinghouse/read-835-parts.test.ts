/**
 * Pins read-835's parts one by one: CAS triples (all six, quantity, empty group), PLB pairs (all
 * six, empty provider), CLP and SVC defaults (empty elements, modifiers), the header (BPR, TRN,
 * DTM*405, N1*PR/PE with REF*2U/TJ only under their own N1), the claim segments (NM1*QC/IL,
 * DTM*232/050 only before the first SVC, DTM*472 / REF*6R / AMT*B6 / LQ*HE only under a SVC) and
 * the fall-backs (payment date from DTM*405, claim date from its first dated line); an LQ*HE without
 * a code adds no remark.
 */
import { describe, expect, it } from "vitest";
import { read835, readAdjustments, readProviderAdjustments } from "../../../../src/billing/clearinghouse/read-835.ts";
import type { TransactionSegments } from "../../../../src/billing/clearinghouse/x12-segments.ts";

const ENVELOPE = { fileName: "parts.835", sender: "CH", receiver: "APP", interchangeControlNumber: "1", groupControlNumber: "1", transactionControlNumber: "0001" };

function transaction(...segments: string[]): TransactionSegments {
  return {
    envelope: ENVELOPE, setId: "835", version: "005010X221A1", componentSeparator: ":",
    segments: segments.map((text) => { const [tag = "", ...values] = text.split("*"); return { tag, values }; }),
  };
}

describe("readAdjustments (CAS)", () => {
  it("reads all six reason / amount / quantity triples, the quantity only where given", () => {
    const values = "CO*45*1*2*253*2**A1*3**B7*4**B8*5*1*B9*6*".split("*");
    expect(readAdjustments(values)).toStrictEqual([
      { group: "CO", reason: "45", amountCents: 100, quantity: 2 },
      { group: "CO", reason: "253", amountCents: 200 },
      { group: "CO", reason: "A1", amountCents: 300 },
      { group: "CO", reason: "B7", amountCents: 400 },
      { group: "CO", reason: "B8", amountCents: 500, quantity: 1 },
      { group: "CO", reason: "B9", amountCents: 600 },
    ]);
  });

  it("keeps an empty group as an empty string", () => {
    expect(readAdjustments(["", "45", "10"])).toStrictEqual([{ group: "", reason: "45", amountCents: 1000 }]);
  });
});

describe("readProviderAdjustments (PLB)", () => {
  it("reads all six reason:reference / amount pairs with the fiscal period date", () => {
    const values = "1234567890*20261231*WO:R1*1*L6*2*FB:R3*3*72*4*CS:R5*5*J1*-6".split("*");
    expect(readProviderAdjustments(values, ":")).toStrictEqual([
      { providerId: "1234567890", fiscalPeriodDate: "2026-12-31", reason: "WO", reference: "R1", amountCents: 100 },
      { providerId: "1234567890", fiscalPeriodDate: "2026-12-31", reason: "L6", amountCents: 200 },
      { providerId: "1234567890", fiscalPeriodDate: "2026-12-31", reason: "FB", reference: "R3", amountCents: 300 },
      { providerId: "1234567890", fiscalPeriodDate: "2026-12-31", reason: "72", amountCents: 400 },
      { providerId: "1234567890", fiscalPeriodDate: "2026-12-31", reason: "CS", reference: "R5", amountCents: 500 },
      { providerId: "1234567890", fiscalPeriodDate: "2026-12-31", reason: "J1", amountCents: -600 },
    ]);
  });

  it("keeps an empty provider id as an empty string and leaves a bad date out", () => {
    expect(readProviderAdjustments(["", "2026", "L6", "12.5"], ":")).toStrictEqual([{ providerId: "", reason: "L6", amountCents: 1250 }]);
  });
});

describe("read835 header", () => {
  it("reads BPR, TRN, DTM*405, N1*PR with REF*2U and N1*PE with REF*TJ, ignoring look-alikes", () => {
    const result = read835(transaction(
      "BPR*I*150*C*ACH*CCP*01*999*DA*123*1512345678**01*888*DA*456*20261201",
      "TRN*1*EFT1*1512345678",
      "DTM*405*20261130",
      "REF*405*20260101",
      "DTM*009*20260202",
      "N1*PR*ACME HEALTH*XV*OLDID",
      "REF*2U*NEWID",
      "REF*TJ*PAYERTAX",
      "PER*2U*NOTANID",
      "N1*PE*CLINIC*FI*999",
      "REF*TJ*111222333",
      "REF*2U*PAYEEREF",
      "REF*EV*RECEIVER",
      "PER*TJ*NOTATAX",
    ));
    expect(result).toStrictEqual({
      kind: "835", envelope: ENVELOPE,
      payment: { handlingCode: "I", amountCents: 15000, creditDebit: "C", method: "ACH", date: "2026-12-01", traceNumber: "EFT1", originatorId: "1512345678" },
      productionDate: "2026-11-30",
      payer: { name: "ACME HEALTH", id: "NEWID" }, payee: { name: "CLINIC", taxId: "111222333" }, claims: [], providerAdjustments: [],
    });
  });

  it("reads the payee's NPI from N1*PE*...*XX and empty BPR elements as empty strings; the payment date falls back to DTM*405", () => {
    const result = read835(transaction("BPR**0****", "DTM*405*20261130", "N1*PE*CLINIC*XX*1234567893"));
    expect(result).toStrictEqual({
      kind: "835", envelope: ENVELOPE,
      payment: { handlingCode: "", amountCents: 0, creditDebit: "", method: "", date: "2026-11-30" },
      productionDate: "2026-11-30", payer: {}, payee: { name: "CLINIC", npi: "1234567893" }, claims: [], providerAdjustments: [],
    });
  });

  it("starts from an empty payment when the file has no BPR", () => {
    expect(read835(transaction("N1*XX*SOMEONE", "REF*2U*X", "REF*TJ*Y"))).toStrictEqual({
      kind: "835", envelope: ENVELOPE, payment: { handlingCode: "", amountCents: 0, creditDebit: "", method: "" },
      payer: {}, payee: {}, claims: [], providerAdjustments: [],
    });
  });
});

describe("read835 claims and lines", () => {
  it("reads claim segments before the first SVC and line segments under it, ignoring look-alikes", () => {
    const result = read835(transaction(
      "CLP*ENC1*1*200*150*20*12*PCN1",
      "CAS*CO*45*30",
      "NM1*QC*1*DOE*JANE****MI*M123",
      "NM1*IL*1*DOE*JOHN****MI*SUB9",
      "DTM*232*20261101",
      "REF*232*20240101",
      "DTM*050*20261105",
      "REF*050*20240102",
      "DTM*036*20240103",
      "QTY*QC*X",
      "SVC*HC:99213:25::59:76:77:GT*120*90**1",
      "DTM*472*20261102",
      "DTM*150*20240104",
      "REF*472*20240105",
      "DTM*232*20240106",
      "DTM*050*20240107",
      "CAS*PR*2*20",
      "REF*6R*7",
      "REF*EA*NOTLINE",
      "QTY*6R*X9",
      "AMT*B6*110",
      "AMT*KH*5",
      "QTY*B6*7",
      "LQ*HE*N130",
      "LQ*RX*N1",
      "QTY*HE*N99",
      "LQ*HE",
      "SVC*HC:99999*80*60",
    ));
    expect(result.claims).toStrictEqual([{
      claimControlNumber: "ENC1", statusCode: "1", chargeCents: 20000, paidCents: 15000, patientResponsibilityCents: 2000,
      filingIndicator: "12", payerClaimControlNumber: "PCN1",
      adjustments: [{ group: "CO", reason: "45", amountCents: 3000 }],
      patient: { lastName: "DOE", firstName: "JANE", memberId: "M123" },
      lines: [
        {
          qualifier: "HC", code: "99213", modifiers: ["25", "59", "76", "77"], chargeCents: 12000, paidCents: 9000, units: 1,
          adjustments: [{ group: "PR", reason: "2", amountCents: 2000 }], remarks: ["N130"],
          serviceDate: "2026-11-02", lineControlNumber: "7", allowedCents: 11000,
        },
        { qualifier: "HC", code: "99999", modifiers: [], chargeCents: 8000, paidCents: 6000, units: 1, adjustments: [], remarks: [] },
      ],
      serviceDate: "2026-11-01", receivedDate: "2026-11-05",
    }]);
  });

  it("takes the member id from NM1*IL only when NM1*QC has none, and no other NM1", () => {
    const result = read835(transaction(
      "CLP*ENC2*4*100*0*0",
      "NM1*QC*1*ROE*RICHARD",
      "NM1*74*1*ROE*RICK****C*CORRECTED",
      "REF*IL*2*3*4*5*6*7*8*BADID",
      "DTM*232*20261110",
      "NM1*IL*1*ROE*ROSE****MI*SUB7",
    ));
    expect(result.claims).toStrictEqual([{
      claimControlNumber: "ENC2", statusCode: "4", chargeCents: 10000, paidCents: 0, patientResponsibilityCents: 0,
      adjustments: [], patient: { lastName: "ROE", firstName: "RICHARD", memberId: "SUB7" }, lines: [], serviceDate: "2026-11-10",
    }]);
  });

  it("reads empty CLP and SVC elements as empty strings; a lone qualifier has an empty code", () => {
    const result = read835(transaction("CLP*", "SVC**10*10", "SVC*HC*5*5*NU*2"));
    expect(result.claims).toStrictEqual([{
      claimControlNumber: "", statusCode: "", chargeCents: 0, paidCents: 0, patientResponsibilityCents: 0, adjustments: [], patient: {},
      lines: [
        { qualifier: "", code: "", modifiers: [], chargeCents: 1000, paidCents: 1000, units: 1, adjustments: [], remarks: [] },
        { qualifier: "HC", code: "", modifiers: [], chargeCents: 500, paidCents: 500, units: 2, adjustments: [], remarks: [] },
      ],
      serviceDate: undefined,
    }]);
  });

  it("dates a claim without DTM*232 by its first dated line, and keeps DTM*232 when present", () => {
    const result = read835(transaction(
      "CLP*A*1*10*10*0", "SVC*HC:1*5*5", "SVC*HC:2*5*5", "DTM*472*20261103",
      "CLP*B*1*10*10*0", "DTM*232*20261101", "SVC*HC:3*10*10", "DTM*472*20261104",
    ));
    expect(result.claims.map((c) => [c.claimControlNumber, c.serviceDate, c.lines.map((l) => l.serviceDate)])).toStrictEqual([
      ["A", "2026-11-03", [undefined, "2026-11-03"]],
      ["B", "2026-11-01", ["2026-11-04"]],
    ]);
  });
});
