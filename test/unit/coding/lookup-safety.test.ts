import type { Condition } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../src/coding/code-index.ts";
import { visitMinutes } from "../../../src/coding/em/em-by-time.ts";
import { ownValue } from "../../../src/coding/own-value.ts";
import { suggestDiagnoses } from "../../../src/coding/suggest/suggest-diagnoses.ts";
import { proposeClaimDiagnoses } from "../../../src/coding/suggest/propose-claim-diagnoses.ts";
import { ICD10CM, HCPCS } from "../../../src/coding/systems.ts";
import { realCodeIndex } from "./real-code-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await realCodeIndex();
});

const WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"];
const condition = (text: string): Condition => ({ resourceType: "Condition", subject: { reference: "Patient/p" }, code: { text } });

describe("words that name Object.prototype members are plain words", () => {
  it.each(WORDS)("searching %s answers without an error", (word) => {
    expect(() => index.search(word)).not.toThrow();
    expect(() => index.search(`${word} chest pain`)).not.toThrow();
    expect(index.search(`chest pain ${word}`, { systems: [ICD10CM] }).length).toBeGreaterThanOrEqual(0);
    expect(index.lookup(ICD10CM, word)).toBeUndefined();
    expect(index.lookup(HCPCS, word)).toBeUndefined();
  });

  it.each(WORDS)("a chart condition %s gets suggestions without an error", (word) => {
    expect(suggestDiagnoses(condition(word), index)).toEqual([]);
    expect(suggestDiagnoses(condition(`${word} chest pain`), index).map((s) => s.coding.code)).toContain("R07.9");
  });

  it("a chart condition \"constructor\" among others leaves the others' proposals intact", () => {
    const proposed = proposeClaimDiagnoses([{ condition: condition("constructor") }, { condition: condition("chest pain") }], index);
    expect(proposed.map((p) => p.code)).toContain("R07.9");
  });

  it("an encounter length in a unit named like a prototype member is not a number of minutes", () => {
    expect(visitMinutes({ resourceType: "Encounter", status: "finished", class: { code: "AMB" }, length: { value: 30, code: "constructor" } })).toBeUndefined();
    expect(visitMinutes({ resourceType: "Encounter", status: "finished", class: { code: "AMB" }, length: { value: 30, code: "min" } })).toBe(30);
  });

  it("tables answer only their own keys", () => {
    expect(ownValue({ min: 1 }, "constructor")).toBeUndefined();
    expect(ownValue({ min: 1 }, "min")).toBe(1);
  });
});
