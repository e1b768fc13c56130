import { fireEvent, screen, within } from "@testing-library/react";
import type { Encounter, FhirResource, Immunization, MedicationAdministration, Patient } from "fhir/r4";
import { beforeEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

const CPT = "http://www.ama-assn.org/go/cpt";
const IM = { coding: [{ system: "http://snomed.info/sct", code: "78421000" }] };

function immunization(id: string, cvx: string): Immunization {
  return { resourceType: "Immunization", id, status: "completed", vaccineCode: { coding: [{ system: "http://hl7.org/fhir/sid/cvx", code: cvx }] }, patient: { reference: "Patient/p1" }, encounter: { reference: "Encounter/e1" }, occurrenceDateTime: "2026-03-04T09:30:00-05:00", education: [{ presentationDate: "2026-03-04" }] };
}
const injection: MedicationAdministration = {
  resourceType: "MedicationAdministration", id: "ma1", status: "completed", medicationCodeableConcept: { text: "ceftriaxone 500 MG Injection" },
  subject: { reference: "Patient/p1" }, context: { reference: "Encounter/e1" }, effectiveDateTime: "2026-03-04T09:40:00-05:00", dosage: { route: IM, dose: { value: 500, unit: "mg" } },
};

/** The office-visit fixture with the patient's age, the encounter's class and type, and the chart's extra resources changed. */
function chart(change: { birthDate?: string; encounter?: Partial<Encounter>; extra?: FhirResource[] }): FhirResource[] {
  return [...loadFixtureResources("context/office-visit.fhir.json").map((r) => {
    if (r.resourceType === "Patient" && change.birthDate) return { ...r, birthDate: change.birthDate } as Patient;
    if (r.resourceType === "Encounter" && r.id === "e1") return { ...r, ...change.encounter } as Encounter;
    return r;
  }), ...(change.extra ?? [])];
}

async function open(resources: FhirResource[]) {
  server.use(...fakeFhirServer({ resources, batch: true }));
  renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} />);
  return screen.findByRole("region", { name: "Service lines" }, { timeout: 10_000 });
}

const codesOn = (lines: HTMLElement) => [...lines.querySelectorAll("tbody .code")].map((c) => c.textContent);

describe("Services from the chart: each an 'Add <code> ...' button", () => {
  beforeEach(() => window.localStorage.clear());

  it("a child's vaccines: product lines with the counselled administration, each pointing at the Z23 it adds", async () => {
    const lines = await open(chart({ birthDate: "2022-01-10", extra: [immunization("i1", "20"), immunization("i2", "03")] }));
    const services = await screen.findByRole("region", { name: "Services from the chart" }, { timeout: 10_000 }); // the vaccine and drug tables are a chunk loaded after the first render
    fireEvent.click(within(services).getByRole("button", { name: /^Add 90700 DTaP vaccine/ }));
    fireEvent.click(within(services).getByRole("button", { name: /^Add 90460 .* × 2/ }));
    fireEvent.click(within(services).getByRole("button", { name: /^Add 90461 .* × 4/ }));
    expect(codesOn(lines)).toEqual(["94640", "90700", "90460", "90461"]); // 94640: the chart's CPT procedure
    expect(within(services).getByRole("button", { name: /^Add 90700/ })).toHaveProperty("disabled", true);
    expect(within(screen.getByRole("region", { name: "Diagnoses" })).getAllByText(/Z23/).length).toBeGreaterThan(0);
    expect((within(lines).getByLabelText("Diagnosis pointers, line 2 (90700)") as HTMLInputElement).value).toBe("A"); // Z23, the first diagnosis
  });

  it("a drug given: the J-code with units from the dose, and 96372", async () => {
    const lines = await open(chart({ extra: [injection] }));
    const services = await screen.findByRole("region", { name: "Services from the chart" }, { timeout: 10_000 }); // the vaccine and drug tables are a chunk loaded after the first render
    expect(services.textContent).toContain("500 mg / 250 mg = 2 units");
    fireEvent.click(within(services).getByRole("button", { name: /^Add J0696 / }));
    fireEvent.click(within(services).getByRole("button", { name: /^Add 96372 / }));
    expect(codesOn(lines)).toEqual(["94640", "J0696", "96372"]);
    expect((within(lines).getByLabelText("Units, line 2 (J0696)") as HTMLInputElement).value).toBe("2");
  });
});

describe("E/M helper: the setting in words, the provider's level beside the helper's, one E/M line first", () => {
  beforeEach(() => window.localStorage.clear());

  it("an emergency department encounter: decision making only; the provider's 99285 differs, said in words; the coder's choice bills it", async () => {
    const lines = await open(chart({ encounter: { class: { code: "EMER" }, type: [{ coding: [{ system: CPT, code: "99285" }], text: "Emergency department visit" }] } }));
    const helper = within(lines).getByRole("group", { name: "E/M visit level" });
    expect(helper.textContent).toContain("Emergency department");
    expect(within(helper).queryByRole("radio", { name: "Total time" })).toBeNull();
    expect(helper.textContent).toContain("99283");
    const provider = within(helper).getByRole("group", { name: "Provider's level of service" });
    expect(provider.textContent).toMatch(/Differs: The provider's 99285 is 2 levels higher than 99283/);
    fireEvent.click(within(provider).getByRole("radio", { name: "Bill the provider's 99285" }));
    fireEvent.click(within(helper).getByRole("button", { name: /Add E\/M line/ }));
    expect(codesOn(lines)[0]).toBe("99285");
    expect((within(lines).getByLabelText("Place of service, line 1 (99285)") as HTMLInputElement).value).toBe("23");
  });

  it("an office visit: 'Office'; adding the E/M twice keeps one E/M line, first; the choices are saved with the draft", async () => {
    const lines = await open(chart({ encounter: { type: [{ coding: [{ system: CPT, code: "99214" }], text: "Office visit" }] } }));
    const helper = within(lines).getByRole("group", { name: "E/M visit level" });
    expect(helper.textContent).toContain("Office");
    fireEvent.click(within(helper).getByRole("radio", { name: "Decision making" }));
    for (const label of ["Problems addressed", "Data reviewed", "Risk of management"]) fireEvent.change(within(helper).getByLabelText(label), { target: { value: "moderate" } });
    expect(within(helper).getByRole("group", { name: "Provider's level of service" }).textContent).toContain("matches the helper's level");
    const add = within(helper).getByRole("button", { name: /Add E\/M line/ });
    fireEvent.click(add);
    fireEvent.click(add);
    expect(codesOn(lines).filter((c) => c?.startsWith("992"))).toEqual(["99214"]);
    expect(codesOn(lines)[0]).toBe("99214");
    const saved = Object.keys(window.localStorage).map((k) => window.localStorage.getItem(k) ?? "").find((v) => v.includes("\"em\""));
    expect(saved).toContain("\"basis\":\"mdm\"");
    expect(saved).toContain("\"problems\":\"moderate\"");
  });
});
