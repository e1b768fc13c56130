import { describe, expect, it } from "vitest";
import type { Parameters, ValueSet } from "fhir/r4";
import {
  buildExpandUrl, buildLookupUrl, CPT, HCPCS, HCPCS_OID, ICD10CM, mergeRemoteHits, parseExpandResponse, parseLookupResponse, type CodeHit,
} from "../../../src/coding/index.ts";

const expansion: ValueSet = {
  resourceType: "ValueSet",
  status: "active",
  expansion: {
    timestamp: "2026-01-01T00:00:00Z",
    contains: [
      { system: CPT, code: "99213", display: "Remote text A" },
      { system: CPT, code: "992", display: "Group", abstract: true, contains: [{ code: "99214", display: "Remote text B" }] },
      { system: HCPCS_OID, code: "G2212", display: "Remote text C" },
      { system: CPT, code: "99999", display: "Old", inactive: true },
    ],
  },
};

describe("terminology server boundary", () => {
  it("builds $expand and $lookup URLs", () => {
    expect(buildExpandUrl("https://tx.example.org/fhir/", { system: CPT, filter: "office visit", count: 10 }))
      .toBe("https://tx.example.org/fhir/ValueSet/$expand?url=http%3A%2F%2Fwww.ama-assn.org%2Fgo%2Fcpt%3Ffhir_vs&filter=office+visit&count=10");
    expect(buildLookupUrl("https://tx.example.org/fhir", CPT, "99213"))
      .toBe("https://tx.example.org/fhir/CodeSystem/$lookup?system=http%3A%2F%2Fwww.ama-assn.org%2Fgo%2Fcpt&code=99213");
    expect(() => buildExpandUrl("https://x", { filter: "a" })).toThrow(/valueSet or a system/);
  });

  it("parses an expansion: nested contains flattened, abstract and inactive codes left out, OID mapped", () => {
    const r = parseExpandResponse(expansion);
    expect(r).toEqual({ ok: true, value: [
      { system: CPT, code: "99213", display: "Remote text A", billable: true },
      { system: CPT, code: "99214", display: "Remote text B", billable: true },
      { system: HCPCS, code: "G2212", display: "Remote text C", billable: true },
    ] });
  });

  it("keeps an OperationOutcome as data, and rejects other answers", () => {
    const outcome = { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "not-found" }] };
    expect(parseExpandResponse(outcome)).toEqual({ ok: false, outcome });
    expect(parseExpandResponse({ resourceType: "Patient" }).ok).toBe(false);
    expect(parseLookupResponse(null, CPT, "1").ok).toBe(false);
  });

  it("parses a $lookup answer", () => {
    const answer: Parameters = { resourceType: "Parameters", parameter: [{ name: "name", valueString: "CPT" }, { name: "display", valueString: "Remote text" }] };
    expect(parseLookupResponse(answer, CPT, "99213")).toEqual({ ok: true, value: { system: CPT, code: "99213", display: "Remote text" } });
    expect(parseLookupResponse({ resourceType: "Parameters", parameter: [] }, CPT, "99213").ok).toBe(false);
  });

  it("never adds a remote ICD-10-CM code: the shipped editions decide what is billable", () => {
    const local: CodeHit[] = [{ system: ICD10CM, code: "E11.9", display: "Local", billable: true }];
    const remote: CodeHit[] = [
      { system: ICD10CM, code: "E11", display: "A server's header", billable: true },
      { system: ICD10CM, code: "E11.9", display: "Server text", billable: true },
      { system: CPT, code: "99213", display: "R", billable: true },
    ];
    expect(mergeRemoteHits(local, remote, 5)).toEqual([local[0], remote[2]]);
  });

  it("merges remote hits after local ones, without duplicates, up to the limit", () => {
    const local: CodeHit[] = [
      { system: ICD10CM, code: "E11.9", display: "Local", billable: true },
      { system: CPT, code: "99213", display: "", billable: true },
    ];
    const remote: CodeHit[] = [
      { system: CPT, code: "99213", display: "Remote", billable: true },
      { system: HCPCS_OID, code: "G2212", display: "R2", billable: true },
      { system: CPT, code: "99214", display: "R3", billable: true },
    ];
    expect(mergeRemoteHits(local, remote, 3)).toEqual([
      { system: ICD10CM, code: "E11.9", display: "Local", billable: true },
      { system: CPT, code: "99213", display: "Remote", billable: true },
      { system: HCPCS_OID, code: "G2212", display: "R2", billable: true },
    ]);
  });
});
