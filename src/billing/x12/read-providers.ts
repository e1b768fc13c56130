import type { Claim, ClaimCareTeam, Organization, Practitioner } from "fhir/r4";
import type { X12BillingProvider, X12Facility, X12Name, X12Provider } from "./claim-837-model.ts";
import { readAbout, readText, report, type ReadContext } from "./read-context.ts";
import { readNpi, readOptionalNpi, readTaxId } from "./read-identifiers.ts";
import { readAddress, readOrganizationName, readPersonName } from "./read-name-address.ts";

type ProviderResource = Organization | Practitioner;

function resolveProvider(ctx: ReadContext, claim: Claim): ProviderResource | undefined {
  return ctx.index.resolve(claim.provider, "Organization") ?? ctx.index.resolve(claim.provider, "Practitioner");
}

function readProviderName(ctx: ReadContext, provider: ProviderResource): X12Name | undefined {
  return provider.resourceType === "Organization"
    ? readOrganizationName(ctx, provider.name, "Organization.name")
    : readPersonName(ctx, provider.name, "Practitioner.name");
}

/** 2010AA: the billing provider (Claim.provider), an Organization or a Practitioner billing alone. */
export function readBillingProvider(ctx: ReadContext, claim: Claim): X12BillingProvider | undefined {
  const provider = resolveProvider(ctx, claim);
  if (!provider) {
    const text = "Claim.provider must reference the billing Organization (or Practitioner) included in the Bundle.";
    return report(ctx, "x12-missing-data", text, "Claim.provider");
  }
  return readAbout(ctx, "billing provider", provider, () => {
    const type = provider.resourceType;
    const name = readProviderName(ctx, provider);
    const npi = readNpi(ctx, provider.identifier, `${type}.identifier`);
    const taxId = readTaxId(ctx, provider.identifier, `${type}.identifier`);
    const address = readAddress(ctx, provider.address, `${type}.address`, { zip9: true });
    return name && npi && taxId && address ? { name, npi, taxId, address } : undefined;
  });
}

/** NUCC Health Care Provider Taxonomy, as Claim.careTeam.qualification carries it. */
export const NUCC_TAXONOMY = "http://nucc.org/provider-taxonomy";

interface Rendering {
  practitioner: Practitioner;
  member: ClaimCareTeam;
  index: number;
}

/** Care team roles that name the rendering provider: CARIN "rendering", and "primary" on claims written before it. */
const RENDERING_ROLES = new Set(["rendering", "primary"]);

/** The Practitioner who rendered the care: careTeam with role "rendering" (or "primary"), else the first practitioner on it. */
function findRendering(ctx: ReadContext, claim: Claim): Rendering | undefined {
  const team = (claim.careTeam ?? []).map((member, index) => ({ member, index }));
  const primary = team.filter(({ member }) => member.role?.coding?.some((coding) => RENDERING_ROLES.has(coding.code ?? "")));
  for (const { member, index } of [...primary, ...team]) {
    const practitioner = ctx.index.resolve(member.provider, "Practitioner");
    if (practitioner) return { practitioner, member, index };
  }
  return undefined;
}

/** PRV*PE: a NUCC taxonomy code in careTeam.qualification (10 characters ending in X). */
function readTaxonomy(ctx: ReadContext, rendering: Rendering): string | undefined {
  const code = rendering.member.qualification?.coding?.find((coding) => coding.system === NUCC_TAXONOMY)?.code?.trim();
  if (code === undefined) return undefined;
  const at = `Claim.careTeam[${rendering.index}].qualification`;
  return /^[0-9A-Z]{9}X$/.test(code) ? code : report(ctx, "x12-invalid-data", `${at}: "${code}" is not a NUCC taxonomy code.`, at);
}

/** 2310B: required unless the billing provider is the Practitioner who rendered the care. */
export function readRenderingProvider(ctx: ReadContext, claim: Claim): X12Provider | undefined {
  const rendering = findRendering(ctx, claim);
  const billing = resolveProvider(ctx, claim);
  if (!rendering) {
    if (billing?.resourceType === "Practitioner") return undefined;
    const text = "Claim.careTeam must name the rendering Practitioner (included in the Bundle).";
    return report(ctx, "x12-missing-data", text, "Claim.careTeam");
  }
  const { practitioner } = rendering;
  if (billing === practitioner) return undefined;
  const taxonomy = readTaxonomy(ctx, rendering);
  return readAbout(ctx, "rendering provider", practitioner, () => {
    const name = readPersonName(ctx, practitioner.name, "Practitioner.name");
    const npi = readNpi(ctx, practitioner.identifier, "Practitioner.identifier");
    return name && npi ? { name, npi, taxonomy } : undefined;
  });
}

/**
 * 2310C: the service facility from Claim.facility, when that Location is in the Bundle. A
 * Location without an address leaves the loop out with a warning (the loop is only required
 * when care was given away from the billing provider's address).
 */
export function readServiceFacility(ctx: ReadContext, claim: Claim): X12Facility | undefined {
  const location = ctx.index.resolve(claim.facility, "Location");
  if (!location) return undefined;
  return readAbout(ctx, "service facility", location, () => {
    if (!location.address) {
      const text = "Location.address is missing, so the service facility (2310C) is left out; add it if the care was not given at the billing provider's address.";
      return report(ctx, "x12-missing-data", text, "Location.address", "warning");
    }
    const name = readText(ctx, location.name, 60, "Location.name");
    const npi = readOptionalNpi(ctx, location.identifier, "Location.identifier");
    const address = readAddress(ctx, [location.address], "Location.address", { zip9: true });
    return name && address ? { name, npi, address } : undefined;
  });
}
