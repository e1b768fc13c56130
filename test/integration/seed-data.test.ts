import type { Bundle, Condition, Coverage, Encounter, Identifier, Organization, Practitioner, Procedure } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fhirGet, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
const NPI = "http://hl7.org/fhir/sid/us-npi";
let token = "";

async function all<T>(path: string): Promise<T[]> {
  const bundle = (await (await fhirGet(generic, token, path)).json()) as Bundle;
  return (bundle.entry ?? []).map((e) => e.resource as T);
}

/** The CMS NPI rule, written independently of the seed builder: Luhn over 80840 + 9 digits. */
function npiIsValid(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`.split("").map(Number).reverse();
  const sum = digits.reduce((acc, d, i) => acc + (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return sum % 10 === 0;
}

const valueOf = (ids: Identifier[] | undefined, system: string): string | undefined => ids?.find((i) => i.system === system)?.value;

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
});

describe("seed data carries what billing needs", () => {
  it("every Practitioner has a valid NPI", async () => {
    const practitioners = await all<Practitioner>("Practitioner?_count=1000");
    expect(practitioners.length).toBeGreaterThan(30);
    for (const p of practitioners) expect(npiIsValid(valueOf(p.identifier, NPI) ?? ""), p.id).toBe(true);
  });

  it("every provider Organization has a valid NPI and a tax id; payers have a payer id", async () => {
    const organizations = await all<Organization>("Organization?_count=1000");
    const payers = organizations.filter((o) => o.type?.some((t) => t.coding?.some((c) => c.code === "pay")));
    expect(payers.length).toBeGreaterThanOrEqual(3);
    for (const payer of payers) expect(payer.identifier?.find((i) => i.type?.coding?.[0]?.code === "NIIP")?.value, payer.id).toMatch(/^\w+$/);
    for (const org of organizations.filter((o) => !payers.includes(o))) {
      expect(npiIsValid(valueOf(org.identifier, NPI) ?? ""), org.id).toBe(true);
      expect(valueOf(org.identifier, "urn:oid:2.16.840.1.113883.4.4"), org.id).toMatch(/^\d{9}$/);
    }
  });

  it("every patient with claims has an active Coverage with subscriberId, member id and a payer", async () => {
    const coverages = await all<Coverage>("Coverage?status=active&_count=1000");
    expect(coverages.length).toBeGreaterThan(30);
    for (const coverage of coverages) {
      expect(coverage.subscriberId, coverage.id).toBeTruthy();
      expect(coverage.identifier?.[0]?.value).toBe(coverage.subscriberId);
      expect(coverage.payor[0]?.reference, coverage.id).toMatch(/^Organization\//);
    }
    const payer = (await (await fhirGet(generic, token, coverages[0]?.payor[0]?.reference ?? "")).json()) as Organization;
    expect(payer.identifier?.some((i) => i.type?.coding?.[0]?.code === "NIIP")).toBe(true);
  });

  it("the hand-built office visit has time, a participant, a location with place of service 11 and a service provider", async () => {
    const encounter = (await (await fhirGet(generic, token, "Encounter/enc-office-1")).json()) as Encounter;
    const minutes = (Date.parse(encounter.period?.end ?? "") - Date.parse(encounter.period?.start ?? "")) / 60_000;
    expect(minutes).toBe(32);
    expect(encounter.participant?.[0]?.individual?.reference).toBe("Practitioner/pr-rivera");
    const location = await (await fhirGet(generic, token, encounter.location?.[0]?.location.reference ?? "")).json();
    expect(location.type[0].coding[0].code).toBe("11");
    expect(encounter.serviceProvider?.reference).toBe("Organization/org-riverbend");
  });

  it("hand-built Conditions carry SNOMED and ICD-10-CM, or SNOMED only, or text only; Procedures carry CPT numbers", async () => {
    const systems = (c: Condition | Procedure): string[] => (c.code?.coding ?? []).map((x) => x.system ?? "").sort();
    const office1 = await all<Condition>("Condition?encounter=enc-office-1");
    for (const c of office1) expect(systems(c)).toEqual(["http://hl7.org/fhir/sid/icd-10-cm", "http://snomed.info/sct"]);
    expect(office1.flatMap((c) => c.code?.coding ?? []).map((x) => x.code)).toEqual(expect.arrayContaining(["E11.22", "I10"]));
    const [bronchitis] = await all<Condition>("Condition?encounter=enc-office-2");
    expect(bronchitis?.code?.coding).toEqual([{ system: "http://snomed.info/sct", code: "10509002", display: "Acute bronchitis" }]);
    const [textOnly] = await all<Condition>("Condition?encounter=enc-office-3");
    expect(textOnly?.code?.coding).toBeUndefined();
    expect(textOnly?.code?.text).toBeTruthy();
    const cpt = (await all<Procedure>("Procedure?encounter=enc-office-1")).flatMap((p) => p.code?.coding ?? []).filter((c) => c.system === "http://www.ama-assn.org/go/cpt");
    expect(cpt.map((c) => c.code).sort()).toEqual(["36415", "93000"]);
    for (const c of cpt) expect(c.display).toBeUndefined();
  });
});
