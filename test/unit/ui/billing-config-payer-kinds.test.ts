import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBillingConfig } from "../../../src/ui/claim/billing-config.ts";

const BASE = { submitter: { name: "Practice", id: "P1" }, receiver: { name: "Clearinghouse", id: "CH" } };

describe("billing-config.json payerKinds", () => {
  it("accepts payer ids mapped to kinds, and the shipped file", () => {
    const payerKinds = { SBXMCR: "medicare", SBXMCD: "medicaid", SBX01: "commercial" };
    expect(parseBillingConfig({ ...BASE, payerKinds })).toEqual({ config: { ...BASE, payerKinds } });
    const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../public/billing-config.json"), "utf8")) as unknown;
    expect(parseBillingConfig(shipped)).toMatchObject({ config: { payerKinds: { SBXMCR: "medicare" } } });
  });

  it.each([
    [["SBXMCR"], "payerKinds must map payer ids to a payer kind."],
    [{ SBXMCR: "Medicare Part B" }, "payerKinds.SBXMCR must be one of medicare, medicaid, government, commercial, self-pay, other."],
  ])("%j is refused", (payerKinds, problem) => {
    expect(parseBillingConfig({ ...BASE, payerKinds })).toEqual({ problems: [problem] });
  });
});

describe("billing-config.json defaultFees", () => {
  it("accepts a locality and a multiplier", () => {
    const defaultFees = { locality: "14212-01", multiplier: 1.5 };
    expect(parseBillingConfig({ ...BASE, defaultFees })).toEqual({ config: { ...BASE, defaultFees } });
  });

  it.each([
    [{ locality: "Boston" }, "defaultFees.locality must be a Medicare payment locality as MAC-locality, e.g. \"14212-01\"."],
    [{ multiplier: 0 }, "defaultFees.multiplier must be a number above 0 and at most 20."],
    [{ multiplier: "1.5" }, "defaultFees.multiplier must be a number above 0 and at most 20."],
    [[1.5], "defaultFees must be an object with locality and multiplier."],
  ])("%j is refused", (defaultFees, problem) => {
    expect(parseBillingConfig({ ...BASE, defaultFees })).toEqual({ problems: [problem] });
  });
});

describe("billing-config.json cliaNumber", () => {
  it("accepts a CLIA certificate number and refuses anything else", () => {
    expect(parseBillingConfig({ ...BASE, cliaNumber: "22D0999999" })).toEqual({ config: { ...BASE, cliaNumber: "22D0999999" } });
    expect(parseBillingConfig({ ...BASE, cliaNumber: "22-0999999" })).toEqual({ problems: ["cliaNumber must be a CLIA certificate number: 2 digits, D and 7 digits (e.g. 22D0999999)."] });
  });
});
