/**
 * The practitioners' roles read in the chart's round trips against the sandbox, with the app's own
 * scopes: the hand-built practitioners carry a PractitionerRole in the group with their NUCC
 * specialty, which the review hands to em-new-established and the claim builder takes as taxonomy.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadEncounterContext } from "../../src/fhir/context/load-encounter-context.ts";
import { specialtiesOf } from "../../src/fhir/context/practitioner-specialties.ts";
import { createFhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { renderingTaxonomyOf } from "../../src/billing/draft/start-draft.ts";
import { DEFAULT_SCOPES } from "../../src/smart/smart-config.ts";
import { launchAndGetTokens, OFFICE_VISIT } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
let token = "";

beforeAll(async () => {
  token = (await launchAndGetTokens(generic, OFFICE_VISIT, `launch ${DEFAULT_SCOPES}`)).access_token;
});

describe("PractitionerRole in the chart (generic sandbox)", () => {
  it("reads the encounter's practitioner's role with its NUCC specialty, in the same two round trips", async () => {
    const requests: string[] = [];
    const gateway = createFhirGateway({ baseUrl: generic.fhirBase, getAccessToken: async () => token, onRequest: (m, url) => void requests.push(`${m} ${url}`) });
    const context = await loadEncounterContext(gateway, { patientId: "pat-epic-1", encounterId: "enc-office-1" });
    expect(context.missing.filter((m) => m.what === "Practitioner roles")).toEqual([]);
    expect(context.practitionerRoles.map((r) => r.id)).toEqual(["role-pr-rivera"]);
    expect(specialtiesOf(context.practitionerRoles, "Practitioner/pr-rivera", "Organization/org-riverbend")).toEqual(["http://nucc.org/provider-taxonomy|207Q00000X"]);
    expect(renderingTaxonomyOf("Practitioner/pr-rivera", { practitionerRoles: context.practitionerRoles })).toBe("207Q00000X");
    expect(requests.filter((r) => !/metadata$/.test(r)).map((r) => r.split(" ")[0])).toEqual(["POST", "POST"]);
  });
});
