import { describe, expect, inject, it } from "vitest";

const { generic } = inject("sandboxes");

describe("launcher", () => {
  it("offers labelled User, Patient and Encounter controls and the two launch buttons", async () => {
    const html = await (await fetch(`${generic.url}/`)).text();
    for (const label of ["User", "Patient", "Encounter"]) expect(html).toContain(`>${label}</label>`);
    expect(html).toContain(">Launch in EHR frame</button>");
    expect(html).toContain(">Launch in new window</button>");
    const patientSelect = /<select id="patient"[^>]*>(.*?)<\/select>/s.exec(html)?.[1] ?? "";
    const values = [...patientSelect.matchAll(/value="([^"]+)"/g)].map((m) => m[1]);
    expect(values.slice(0, 3).sort()).toEqual(["pat-child-1", "pat-epic-1", "pat-oracle-1"]);
    expect(values.length).toBeGreaterThan(40);
  });

  it("lists a patient's encounters, hand-built first, most recent first", async () => {
    const encounters = (await (await fetch(`${generic.url}/launcher/api/encounters?patient=pat-oracle-1`)).json()) as { id: string }[];
    expect(encounters.map((e) => e.id)).toEqual(["enc-office-3", "enc-visit-12", "enc-visit-11", "enc-visit-10", "enc-visit-09", "enc-office-4", "enc-visit-08", "enc-visit-07"]);
  });

  it("GET /launch redirects to the app launch URL with iss and a launch token", async () => {
    const response = await fetch(`${generic.url}/launch?patient=pat-epic-1&encounter=enc-office-1&user=pr-rivera`, { redirect: "manual" });
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get("location") ?? "");
    expect(`${target.origin}${target.pathname}`).toBe("http://localhost:5173/launch.html");
    expect(target.searchParams.get("iss")).toBe(generic.fhirBase);
    expect(target.searchParams.get("launch")).toMatch(/^[\w-]{8,}$/);
  });

  it("the EHR page embeds the launch in a sandboxed iframe as athena does", async () => {
    const html = await (await fetch(`${generic.url}/ehr?patient=pat-epic-1&encounter=enc-office-1&user=pr-rivera`)).text();
    expect(html).toContain('src="/launch?patient=pat-epic-1&#38;encounter=enc-office-1&#38;user=pr-rivera&#38;embedded=1"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-downloads"');
  });
});
