import { describe, expect, it } from "vitest";
import { toClaimStatus } from "../../../../src/billing/status/index.ts";
import { hl7ResponseFiles, readHl7 } from "./hl7-fixtures.ts";

const KINDS = ["queued", "in-process", "paid", "partially-paid", "denied", "patient-responsibility", "authorized", "partially-authorized", "error", "invalid"];

describe("toClaimStatus on malformed input", () => {
  it.each([
    [null, /got null/],
    ["ClaimResponse", /got a string/],
    [[], /got an array/],
    [42, /got a number/],
    [{ resourceType: "Patient" }, /got a Patient/],
    [{ outcome: "complete" }, /resource without resourceType/],
    [{ resourceType: "ClaimResponse" }, /no outcome/],
    [{ resourceType: "ExplanationOfBenefit", outcome: "done" }, /unknown outcome "done"/],
  ])("%j -> invalid with a clear message", (input, message) => {
    const status = toClaimStatus(input);
    expect(status.kind).toBe("invalid");
    expect(status.kind === "invalid" && status.message).toMatch(message);
  });

  it("ignores broken parts instead of failing on them", () => {
    const status = toClaimStatus({
      resourceType: "ClaimResponse",
      outcome: "complete",
      item: ["x", { itemSequence: "one", adjudication: [{ category: "benefit", amount: { value: "12" } }, { category: { coding: [{ code: "benefit" }] }, amount: { value: 12 } }] }],
      payment: { amount: "lots" },
      total: { not: "an array" },
    });
    expect(status.kind).toBe("paid");
    expect(status.kind === "paid" && status.lines).toEqual([{ sequence: 1, benefit: { value: 12, currency: "USD" }, reasons: [] }]);
  });

  it("an error without any error detail still explains itself", () => {
    const status = toClaimStatus({ resourceType: "ClaimResponse", outcome: "error", error: [{ code: "nope" }] });
    expect(status.kind === "error" && status.errors[0]?.text).toMatch(/gave no reason/);
  });

  it("never throws on 3,000 random corruptions of the published examples", () => {
    let seed = 20261126;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const junk = [null, 0, -1, "x", "", [], {}, [null], { value: "NaN" }, true];
    const files = hl7ResponseFiles();
    for (let i = 0; i < 3000; i += 1) {
      const doc = readHl7(files[Math.floor(random() * files.length)] ?? "");
      corrupt(doc, random, junk);
      expect(KINDS).toContain(toClaimStatus(doc).kind);
    }
  });
});

/** Replaces a few random nodes of the document with junk values. */
function corrupt(doc: Record<string, unknown>, random: () => number, junk: unknown[]): void {
  for (let n = 0; n < 4; n += 1) {
    let node: unknown = doc;
    for (let depth = 0; depth < 6; depth += 1) {
      const keys = node && typeof node === "object" ? Object.keys(node) : [];
      const key = keys[Math.floor(random() * keys.length)];
      if (key === undefined) break;
      const holder = node as Record<string, unknown>;
      if (random() < 0.3 || typeof holder[key] !== "object" || holder[key] === null) {
        if (key !== "resourceType") holder[key] = junk[Math.floor(random() * junk.length)];
        break;
      }
      node = holder[key];
    }
  }
}
