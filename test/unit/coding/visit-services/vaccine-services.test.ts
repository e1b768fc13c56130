import type { Immunization } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { normalizeNdc } from "../../../../src/coding/visit-services/ndc.ts";
import { vaccineServices, vaccinesGiven } from "../../../../src/coding/visit-services/vaccine-services.ts";
import { chooseVaccineProduct } from "../../../../src/coding/visit-services/vaccine-product.ts";
import { CVX_SYSTEM, NDC_SYSTEM, vaccineByCvx, vaccineByNdc } from "../../../../src/coding/visit-services/vaccine-table.ts";

const visit = { encounterRef: "Encounter/enc-1", date: "2026-11-18" };

function immunization(id: string, code: { cvx?: string; ndc?: string }, extra: Partial<Immunization> = {}): Immunization {
  const coding = [...(code.cvx ? [{ system: CVX_SYSTEM, code: code.cvx }] : []), ...(code.ndc ? [{ system: NDC_SYSTEM, code: code.ndc }] : [])];
  return { resourceType: "Immunization", id, status: "completed", vaccineCode: { coding }, patient: { reference: "Patient/p" }, occurrenceDateTime: "2026-11-18T10:00:00-05:00", encounter: { reference: "Encounter/enc-1" }, ...extra };
}
const counselled = { education: [{ documentType: "253088698300001911170101", presentationDate: "2026-11-18" }] };

describe("CVX and NDC to the CPT vaccine product (CDC mapping, built from ../shared/data/vaccines)", () => {
  it.each([
    ["20", "90700", "DTaP", 3],
    ["106", "90700", "DTaP, 5 pertussis antigens", 3],
    ["03", "90707", "MMR", 3],
    ["3", "90707", "MMR", 3],
    ["003", "90707", "MMR", 3],
    ["10", "90713", "IPV", 1],
    ["21", "90716", "varicella", 1],
    ["94", "90710", "MMRV", 4],
    ["110", "90723", "DTaP-Hep B-IPV", 5],
    ["146", "90697", "DTaP,IPV,Hib,HepB", 6],
    ["115", "90715", "Tdap", 3],
    ["187", "90750", "zoster recombinant", 1],
  ])("CVX %s -> %s (%s, %i components)", (cvx, cpt, name, components) => {
    expect(vaccineByCvx(cvx)).toMatchObject({ cpt: [cpt], name, components });
  });

  it("keeps every CPT number the CDC maps (the usual first) and the Medicare group", () => {
    expect(vaccineByCvx("08")).toMatchObject({ cpt: ["90743", "90744"], medicareGroup: "hepatitis-b" });
    expect(vaccineByCvx("150")).toMatchObject({ cpt: ["90686"], medicareGroup: "flu" });
    expect(vaccineByCvx("33")).toMatchObject({ cpt: ["90732"], medicareGroup: "pneumococcal" });
  });

  it("knows no CPT for a CVX the CDC maps to none, and none for unknown or inherited keys", () => {
    expect(vaccineByCvx("02")).toBeUndefined(); // OPV: no CPT product code
    expect(vaccineByCvx("99999")).toBeUndefined();
    expect(vaccineByCvx("constructor")).toBeUndefined();
  });

  it.each([
    ["00005-0100-02", "00005010002"],
    ["0005-0100-02", "00005010002"],
    ["00005-100-02", "00005010002"],
    ["00005-0100-2", "00005010002"],
    ["00005010002", "00005010002"],
    ["5-100-2", "00005010002"],
    ["000050-100-02", undefined],
    ["abc", undefined],
  ])("NDC %s -> %s", (text, normal) => {
    expect(normalizeNdc(text)).toBe(normal);
  });

  it("finds the vaccine from its NDC", () => {
    expect(vaccineByNdc("00005-0100-02")).toMatchObject({ cvx: "162", cpt: ["90621"] });
    expect(vaccineByNdc("0005-0100-02")).toMatchObject({ cvx: "162" });
  });
});

describe("vaccinesGiven: completed immunizations of this visit", () => {
  it("takes this encounter's, and one without an encounter given on the visit's date", () => {
    const given = vaccinesGiven([
      immunization("a", { cvx: "20" }),
      immunization("b", { cvx: "10" }, { encounter: undefined }),
      immunization("c", { cvx: "03" }, { encounter: { reference: "Encounter/other" } }),
      immunization("d", { cvx: "21" }, { encounter: undefined, occurrenceDateTime: "2026-11-17" }),
      immunization("e", { cvx: "21" }, { status: "not-done" }),
      immunization("f", { ndc: "00005-0100-02" }),
    ], visit);
    expect(given.map((g) => [g.ref, g.vaccine.cpt[0]])).toEqual([["Immunization/a", "90700"], ["Immunization/b", "90713"], ["Immunization/f", "90621"]]);
  });

  it("reads counselling from education or a note, and nasal or oral vaccines from the route", () => {
    const [edu, note, none, nasal] = vaccinesGiven([
      immunization("a", { cvx: "20" }, counselled),
      immunization("b", { cvx: "20" }, { note: [{ text: "Risks and benefits counseled with mother; VIS given." }] }),
      immunization("c", { cvx: "20" }),
      immunization("d", { cvx: "111" }, { route: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration", code: "NASINHLC" }] } }),
    ], visit);
    expect([edu?.counselled, note?.counselled, none?.counselled]).toEqual([true, true, false]);
    expect([edu?.nasalOrOral, nasal?.nasalOrOral]).toEqual([false, true]);
  });
});

const codes = (lines: { code: string; units: number }[]) => lines.map((l) => `${l.code}x${l.units}`);

describe("vaccineServices: product + administration by age, counselling and payer", () => {
  const fourYearOld = vaccinesGiven([
    immunization("dtap", { cvx: "20" }, counselled),
    immunization("ipv", { cvx: "10" }, counselled),
    immunization("mmr", { cvx: "03" }, counselled),
    immunization("var", { cvx: "21" }, counselled),
  ], visit);

  it("under 19 with counselling: 90460 per vaccine, 90461 per additional component (DTaP 3 + IPV 1 + MMR 3 + varicella 1)", () => {
    const lines = vaccineServices(fourYearOld, { ageYears: 4, medicare: false });
    expect(codes(lines)).toEqual(["90700x1", "90713x1", "90707x1", "90716x1", "90460x4", "90461x4"]);
    expect(lines.every((l) => l.diagnosis?.code === "Z23")).toBe(true);
    expect(lines[0]).toMatchObject({ label: "DTaP vaccine", kind: "cpt", sources: ["Immunization/dtap"] });
  });

  it.each([
    [18, ["90700x1", "90460x1", "90461x2"]],
    [19, ["90700x1", "90471x1"]],
  ])("age %i is the boundary (under 19 gets the counselling codes)", (ageYears, expected) => {
    expect(codes(vaccineServices(fourYearOld.slice(0, 1), { ageYears, medicare: false }))).toEqual(expected);
  });

  it("under 19 without counselling: 90471 + 90472 per further injection", () => {
    const plain = vaccinesGiven([immunization("a", { cvx: "20" }), immunization("b", { cvx: "10" }), immunization("c", { cvx: "03" })], visit);
    expect(codes(vaccineServices(plain, { ageYears: 4, medicare: false }))).toEqual(["90700x1", "90713x1", "90707x1", "90471x1", "90472x2"]);
  });

  it("an intranasal vaccine: 90474 after an injection, 90473 when it is the only one", () => {
    const nasalRoute = { route: { coding: [{ code: "NASINHLC" }] } };
    const both = vaccinesGiven([immunization("a", { cvx: "115" }), immunization("b", { cvx: "111" }, nasalRoute)], visit);
    expect(codes(vaccineServices(both, { ageYears: 30, medicare: false }))).toEqual(["90715x1", "90660x1", "90471x1", "90474x1"]);
    expect(codes(vaccineServices(both.slice(1), { ageYears: 30, medicare: false }))).toEqual(["90660x1", "90473x1"]);
  });

  it("Medicare: G0008 flu, G0009 pneumococcal, G0010 hepatitis B; other vaccines 90471", () => {
    const adult = vaccinesGiven([immunization("flu", { cvx: "150" }), immunization("ppsv", { cvx: "33" }), immunization("hepb", { cvx: "43" }), immunization("zos", { cvx: "187" })], visit);
    const lines = vaccineServices(adult, { ageYears: 70, medicare: true });
    expect(codes(lines)).toEqual(["90686x1", "90732x1", "90746x1", "90750x1", "90471x1", "G0008x1", "G0009x1", "G0010x1"]);
    expect(lines.find((l) => l.code === "G0008")).toMatchObject({ kind: "hcpcs" });
    expect(codes(vaccineServices(adult, { ageYears: 70, medicare: false }))).toEqual(["90686x1", "90732x1", "90746x1", "90750x1", "90471x1", "90472x3"]);
  });

  it("picks the product by age when the CDC maps the CVX to more than one, and says why", () => {
    const [line] = vaccineServices(vaccinesGiven([immunization("a", { cvx: "08" })], visit), { ageYears: 0, medicare: false });
    expect(line).toMatchObject({ code: "90744" });
    expect(line?.warning).toBeUndefined();
    expect(line?.reason).toContain("90744 of 90743 or 90744: age 0");
  });

  it("warns only when neither age nor dose settles the product", () => {
    const [line] = vaccineServices(vaccinesGiven([immunization("a", { cvx: "08" })], visit), { ageYears: 13, medicare: false });
    expect(line).toMatchObject({ code: "90743" });
    expect(line?.warning).toContain("90744");
    expect(line?.warning).toContain("age 13");
    const [dosed] = vaccineServices(vaccinesGiven([immunization("a", { cvx: "08" }, { doseQuantity: { value: 0.5, unit: "mL", system: "http://unitsofmeasure.org", code: "mL" } })], visit), { ageYears: 13, medicare: false });
    expect(dosed).toMatchObject({ code: "90744" });
    expect(dosed?.warning).toBeUndefined();
    expect(dosed?.reason).toContain("0.5 mL dose");
    const [rig] = vaccineServices(vaccinesGiven([immunization("a", { cvx: "34" })], visit), { ageYears: 40, medicare: false });
    expect(rig).toMatchObject({ code: "90375" });
    expect(rig?.warning).toContain("90376");
  });

  it("reads the dose only in mL", () => {
    const [ml, mg, none] = vaccinesGiven([
      immunization("a", { cvx: "141" }, { doseQuantity: { value: 0.25, code: "mL" } }),
      immunization("b", { cvx: "141" }, { doseQuantity: { value: 0.25, unit: "mg" } }),
      immunization("c", { cvx: "141" }),
    ], visit);
    expect([ml?.doseMl, mg?.doseMl, none?.doseMl]).toEqual([0.25, undefined, undefined]);
  });
});

describe("chooseVaccineProduct: one CPT product among the CDC's, by age at the visit and dose", () => {
  const hepBPeds = ["90743", "90744"];
  const hepBAdult = ["90743", "90746"];
  const fluTri = ["90657", "90658"];
  const fluQuad = ["90687", "90688"];
  const covidBivalent = ["91313", "91314"];
  const covid = ["91301", "91306"];
  it.each([
    // CVX 08, hepatitis B pediatric/adolescent: 3-dose product through 19, 2-dose adolescent product 11-15
    [hepBPeds, 0, undefined, "90744", false],
    [hepBPeds, 10, undefined, "90744", false],
    [hepBPeds, 11, undefined, "90743", true],
    [hepBPeds, 11, 1, "90743", false],
    [hepBPeds, 11, 0.5, "90744", false],
    [hepBPeds, 15, 1, "90743", false],
    [hepBPeds, 16, undefined, "90744", false],
    [hepBPeds, 19, undefined, "90744", false],
    [hepBPeds, 20, undefined, "90743", true],
    // CVX 43, hepatitis B adult: adult product from 20, adolescent 2-dose product 11-15
    [hepBAdult, 10, undefined, "90743", true],
    [hepBAdult, 11, undefined, "90743", false],
    [hepBAdult, 15, undefined, "90743", false],
    [hepBAdult, 16, undefined, "90743", true],
    [hepBAdult, 19, undefined, "90743", true],
    [hepBAdult, 20, undefined, "90746", false],
    [hepBAdult, 70, undefined, "90746", false],
    // influenza split virus: 0.25 mL only under 3; under 3 the dose decides
    [fluTri, 2, undefined, "90657", true],
    [fluTri, 2, 0.25, "90657", false],
    [fluTri, 2, 0.5, "90658", false],
    [fluTri, 3, undefined, "90658", false],
    [fluQuad, 0, 0.25, "90687", false],
    [fluQuad, 2, 0.5, "90688", false],
    [fluQuad, 3, undefined, "90688", false],
    [fluQuad, 65, 0.5, "90688", false],
    // COVID-19 mRNA bivalent: 6-11 the 0.25 mL product, 12 and over the 0.5 mL product
    [covidBivalent, 5, undefined, "91313", true],
    [covidBivalent, 6, undefined, "91314", false],
    [covidBivalent, 11, undefined, "91314", false],
    [covidBivalent, 12, undefined, "91313", false],
    [covid, 40, undefined, "91301", true],
    [covid, 40, 0.25, "91306", false],
    [covid, 40, 0.5, "91301", false],
    [["90296", "90719"], 30, 0.5, "90296", true],
    [["90700"], 4, undefined, "90700", false],
  ] as const)("%j at age %i, dose %s mL -> %s (undecided %s)", (cpt, age, dose, code, undecided) => {
    const choice = chooseVaccineProduct(cpt, age, dose);
    expect(choice.code).toBe(code);
    expect((choice.undecided?.length ?? 0) > 0).toBe(undecided);
    if (undecided) expect(choice.undecided).not.toContain(code);
  });
});
