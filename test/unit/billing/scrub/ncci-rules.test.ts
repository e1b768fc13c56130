import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import type { NcciEdits } from "../../../../src/billing/ncci/load-ncci.ts";
import { parseMueCsv } from "../../../../src/billing/ncci/mue-cms.ts";
import { decodeLatin1 } from "../../../../src/billing/ncci/parse-csv.ts";
import { parsePtpFile } from "../../../../src/billing/ncci/ptp-cms.ts";
import { createPtpTable } from "../../../../src/billing/ncci/ptp-table.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { loadShippedEdits, readFixture } from "../ncci/ncci-test-files.ts";
import { buildClaim, findingsOf, ruleIds, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
let fixture: NcciEdits;
let shipped: NcciEdits;
beforeAll(async () => {
  index = await loadScrubIndex();
  const ptpText = new TextDecoder().decode(await readFixture("ptp-ccipra-cms-sample.txt"));
  fixture = {
    ptp: createPtpTable("PTP fixture", "2024-07-01", parsePtpFile(ptpText)),
    mue: parseMueCsv(decodeLatin1(await readFixture("mue-practitioner-cms-sample.csv")), "MUE fixture", "2026-04-01"),
  };
  shipped = await loadShippedEdits();
});

const scrub = (lines: LineSpec[], edits: NcciEdits | undefined) => scrubClaim(buildClaim({ diagnoses: ["M17.11"], lines }), { index, edits });

describe.each([
  ["the ccipra fixture", () => fixture],
  ["the shipped 2024 Q3 table", () => shipped],
])("ncci-ptp with %s", (_label, edits) => {
  it("indicator 0: errors on the column-2 code even with a bypass modifier", () => {
    const issues = findingsOf(scrub([{ code: "43239" }, { code: "43235", modifiers: ["59"] }], edits()), "ncci-ptp");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[1].productOrService"] }]);
    expect(issues[0]?.details?.text).toMatch(/remove 43235/);
  });

  it("indicator 1 without a modifier: errors and asks for XS/59 on the column-2 line", () => {
    const issues = findingsOf(scrub([{ code: "76942" }, { code: "20610" }], edits()), "ncci-ptp");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[0].modifier"] }]);
    expect(issues[0]?.details?.text).toContain(edits().ptp?.edition ?? "?");
  });

  it.each([
    ["XS on the column-2 line", [{ code: "20610" }, { code: "76942", modifiers: ["XS"] }]],
    ["different sides", [{ code: "20610", modifiers: ["RT"] }, { code: "76942", modifiers: ["LT"] }]],
    ["another date", [{ code: "20610" }, { code: "76942", date: "2026-05-13" }]],
  ])("indicator 1 passes with %s", (_label, lines) => {
    expect(findingsOf(scrub(lines, edits()), "ncci-ptp")).toEqual([]);
  });

  it("indicator 1 with the same side on both lines is not a bypass", () => {
    const issues = findingsOf(scrub([{ code: "20610", modifiers: ["RT"] }, { code: "76942", modifiers: ["RT"] }], edits()), "ncci-ptp");
    expect(issues).toMatchObject([{ severity: "error" }]);
  });

  it("a side modifier on the column-1 line alone is not a bypass", () => {
    const issues = findingsOf(scrub([{ code: "20610", modifiers: ["RT"] }, { code: "76942" }], edits()), "ncci-ptp");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[1].modifier"] }]);
  });

  it("a bypass modifier on the column-1 line is accepted with a note where it belongs", () => {
    const issues = findingsOf(scrub([{ code: "20610", modifiers: ["59"] }, { code: "76942" }], edits()), "ncci-ptp");
    expect(issues).toMatchObject([{ severity: "information", expression: ["Claim.item[0].modifier[0]"] }]);
    expect(issues[0]?.details?.text).toContain("76942");
  });
});

describe("ncci-ptp edition handling", () => {
  it("ignores an edit deleted before the date of service, and applies it on or before", () => {
    expect(findingsOf(scrub([{ code: "36415" }, { code: "36416" }], fixture), "ncci-ptp")).toEqual([]);
    const before = [{ code: "36415", date: "2023-12-31" }, { code: "36416", date: "2023-12-31" }];
    expect(findingsOf(scrub(before, fixture), "ncci-ptp")).toMatchObject([{ severity: "error" }]);
  });

  it("reports, as information only, that no PTP edition is loaded", () => {
    const outcome = scrub([{ code: "43239" }, { code: "43235" }], { mue: fixture.mue });
    expect(findingsOf(outcome, "ncci-ptp")).toMatchObject([{ severity: "information", code: "informational" }]);
  });
});

describe.each([
  ["the CMS-format fixture", () => fixture],
  ["the shipped 2026 Q2 table", () => shipped],
])("mue with %s", (_label, edits) => {
  it("MAI 3: units summed over the day, appeal possible", () => {
    const issues = findingsOf(scrub([{ code: "99213", units: 2 }, { code: "99213", modifiers: ["25"] }], edits()), "mue");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[0].quantity", "Claim.item[1].quantity"] }]);
    expect(issues[0]?.details?.text).toMatch(/appeal/);
  });

  it("MAI 2: absolute per-day limit", () => {
    const [issue] = findingsOf(scrub([{ code: "99202", units: 2 }], edits()), "mue");
    expect(issue?.details?.text).toMatch(/MAI 2.*cannot be appealed/);
  });

  it("MAI 1: per line, suggesting separate lines with modifiers", () => {
    const [issue] = findingsOf(scrub([{ code: "A0425", units: 251 }], edits()), "mue");
    expect(issue).toMatchObject({ severity: "error", expression: ["Claim.item[0].quantity"] });
    expect(issue?.details?.text).toMatch(/separate lines.*76/);
    expect(findingsOf(scrub([{ code: "A0425", units: 200 }, { code: "A0425", units: 200, modifiers: ["76"] }], edits()), "mue")).toEqual([]);
  });

  it("MUE 0: a warning that Medicare pays none; the doubt named when the payer's kind is unknown; nothing on a non-Medicare claim", () => {
    const claim = buildClaim({ diagnoses: ["M17.11"], lines: [{ code: "E0601" }] });
    const [medicare] = findingsOf(scrubClaim(claim, { index, edits: edits(), payerType: "medicare" }), "mue");
    expect(medicare).toMatchObject({ severity: "warning" });
    expect(medicare?.details?.text).toMatch(/not payable on a Medicare/);
    const [unknown] = findingsOf(scrub([{ code: "E0601" }], edits()), "mue");
    expect(unknown).toMatchObject({ severity: "warning" });
    expect(unknown?.details?.text).toMatch(/payer's kind is unknown.*if the payer is Medicare/);
    expect(findingsOf(scrubClaim(claim, { index, edits: edits(), payerType: "other" }), "mue")).toEqual([]);
  });

  it("accepts units at the limit, and the same code on different days", () => {
    const lines = [{ code: "96372", units: 2 }, { code: "96372", units: 2 }, { code: "99213", units: 2 }, { code: "99213", units: 1, date: "2026-05-13" }];
    expect(findingsOf(scrub(lines, edits()), "mue")).toEqual([]);
  });
});

describe("mue without a table", () => {
  it("reports, as information only, that no MUE edition is loaded", () => {
    const outcome = scrub([{ code: "99213", units: 9 }], { ptp: fixture.ptp });
    expect(findingsOf(outcome, "mue")).toMatchObject([{ severity: "information" }]);
    expect(ruleIds(outcome)).not.toContain("ncci-ptp");
  });
});
