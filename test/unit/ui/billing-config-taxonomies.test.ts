import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBillingConfig } from "../../../src/ui/claim/billing-config.ts";

const BASE = { submitter: { name: "Practice", id: "P1" }, receiver: { name: "Clearinghouse", id: "CH" } };

describe("billing-config.json providerTaxonomies", () => {
  it("accepts NUCC codes by NPI or Practitioner reference, and the shipped file", () => {
    const providerTaxonomies = { "1234567893": "207Q00000X", "Practitioner/pr-chen": "207R00000X" };
    expect(parseBillingConfig({ ...BASE, providerTaxonomies })).toEqual({ config: { ...BASE, providerTaxonomies } });
    const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../public/billing-config.json"), "utf8")) as unknown;
    expect(parseBillingConfig(shipped)).toMatchObject({ config: { providerTaxonomies: { "1234567893": "207Q00000X" } } });
  });

  it.each([
    [["207Q00000X"], "providerTaxonomies must map a Practitioner reference or NPI to a NUCC taxonomy code."],
    [{ "1234567893": "Family Medicine" }, "providerTaxonomies.1234567893 must be a NUCC taxonomy code (10 characters ending in X, e.g. 207Q00000X)."],
  ])("%j is refused", (providerTaxonomies, problem) => {
    expect(parseBillingConfig({ ...BASE, providerTaxonomies })).toEqual({ problems: [problem] });
  });
});
