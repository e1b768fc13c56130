import type { Bundle, Condition, Coverage, Encounter, Identifier, Organization, Patient, Practitioner, Procedure } from "fhir/r4";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../smart-launch/server.ts";
import { REFERENCE_DATE } from "../reference-date.ts";
import { fhirGet, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
const NPI = "http://hl7.org/fhir/sid/us-npi";
let token = "";

async function all<T>(path: string, sandbox = generic, bearer = token): Promise<T[]> {
  const bundle = (await (await fhirGet(sandbox, bearer, path)).json()) as Bundle;
  return (bundle.entry ?? []).map((e) => e.resource as T);
}

const DAY_MS = 86_400_000;
const VISIT_IDS = Array.from({ length: 12 }, (_, i) => `enc-visit-${String(i + 1).padStart(2, "0")}`);
/** Whole days from a date (or the day of a dateTime, as written) to a YYYY-MM-DD date. */
const daysBefore = (date: string, dateTime: string): number => (Date.parse(date) - Date.parse(dateTime.slice(0, 10))) / DAY_MS;
const newestStart = (encounters: Encounter[]): string => encounters.map((e) => e.period?.start ?? "").sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? "";

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
    expect(office1.flatMap((c) => c.code?.coding ?? []).map((x) => x.code)).toEqual(expect.arrayContaining(["E11.22", "I12.9", "N18.30"]));
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

describe("seed dates", () => {
  it("has the office visits enc-visit-01 … enc-visit-12 for the hand-built patients, shaped like enc-office-1", async () => {
    const encounters = await all<Encounter>(`Encounter?_id=${VISIT_IDS.join(",")}`);
    expect(encounters.map((e) => e.id).sort()).toEqual(VISIT_IDS);
    for (const encounter of encounters) {
      expect(encounter.status, encounter.id).toBe("finished");
      expect(encounter.subject?.reference).toMatch(/^Patient\/pat-(epic|oracle)-1$/);
      expect(encounter.participant?.[0]?.individual?.reference).toMatch(/^Practitioner\/pr-(rivera|chen)$/);
      expect(encounter.location?.[0]?.location.reference).toBe("Location/loc-riverbend");
      expect(Date.parse(encounter.period?.end ?? "") - Date.parse(encounter.period?.start ?? "")).toBe((encounter.length?.value ?? 0) * 60_000);
      expect(daysBefore(REFERENCE_DATE, encounter.period?.start ?? "")).toBeGreaterThanOrEqual(3);
      expect(daysBefore(REFERENCE_DATE, encounter.period?.start ?? "")).toBeLessThanOrEqual(21);
    }
    expect(new Set(encounters.map((e) => e.period?.start?.slice(0, 10))).size).toBe(12);
    const conditions = await all<Condition>(`Condition?encounter=${VISIT_IDS.map((id) => `Encounter/${id}`).join(",")}`);
    expect(new Set(conditions.map((c) => c.encounter?.reference))).toEqual(new Set(VISIT_IDS.map((id) => `Encounter/${id}`)));
    expect((await all<Procedure>("Procedure?encounter=enc-visit-01")).length).toBeGreaterThan(0);
  });

  it("puts the newest encounter 1 to 7 days before the reference date", async () => {
    const newest = newestStart(await all<Encounter>("Encounter?_count=1000"));
    expect(daysBefore(REFERENCE_DATE, newest)).toBeGreaterThanOrEqual(1);
    expect(daysBefore(REFERENCE_DATE, newest)).toBeLessThanOrEqual(7);
  });

  describe("on a sandbox started at another reference date", () => {
    const LATER = "2031-06-15";
    let later: RunningSandbox;
    let laterToken = "";
    beforeAll(async () => {
      later = await startSandbox({ port: 0, quiet: true, referenceDate: LATER });
      laterToken = (await userTokens(later)).access_token;
    });
    afterAll(() => later.close());

    const read = async <T>(sandbox: RunningSandbox | typeof generic, bearer: string, path: string): Promise<T> => (await (await fhirGet(sandbox, bearer, path)).json()) as T;

    it("moves the newest encounter to 1 to 7 days before that date and keeps intervals, times, offsets and ages", async () => {
      const newest = newestStart(await all<Encounter>("Encounter?_count=1000", later, laterToken));
      expect(daysBefore(LATER, newest)).toBeGreaterThanOrEqual(1);
      expect(daysBefore(LATER, newest)).toBeLessThanOrEqual(7);
      const [office1, office4, patient] = await Promise.all([
        read<Encounter>(later, laterToken, "Encounter/enc-office-1"), read<Encounter>(later, laterToken, "Encounter/enc-office-4"), read<Patient>(later, laterToken, "Patient/pat-epic-1"),
      ]);
      const [office1Now, office4Now, patientNow] = await Promise.all([
        read<Encounter>(generic, token, "Encounter/enc-office-1"), read<Encounter>(generic, token, "Encounter/enc-office-4"), read<Patient>(generic, token, "Patient/pat-epic-1"),
      ]);
      const start = (e: Encounter): number => Date.parse(e.period?.start ?? "");
      expect(start(office1) - start(office4)).toBe(start(office1Now) - start(office4Now));
      expect(office1.period?.start?.slice(10)).toBe(office1Now.period?.start?.slice(10));
      const ageInDays = (visit: Encounter, born: Patient): number => daysBefore(visit.period?.start?.slice(0, 10) ?? "", born.birthDate ?? "");
      expect(ageInDays(office1, patient)).toBe(ageInDays(office1Now, patientNow));
      expect(patient.birthDate).not.toBe(patientNow.birthDate);
    });
  });
});
