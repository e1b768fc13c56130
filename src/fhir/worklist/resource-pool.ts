import type { FhirResource } from "fhir/r4";
import { describeOutcome } from "../fhir-error.ts";
import type { SearchOutcome } from "./run-searches.ts";

type Typed<K extends FhirResource["resourceType"]> = Extract<FhirResource, { resourceType: K }>;

/** Everything a worklist read, by "Type/id", and what it could not read (said on screen). */
export class ResourcePool {
  readonly index = new Map<string, FhirResource>();
  readonly notices: string[] = [];

  /** Keeps a search's resources; a failure or an unread page becomes a notice naming `what`. */
  take(outcome: SearchOutcome | undefined, what: string, consequence = ""): boolean {
    if (!outcome) return false;
    if (!outcome.ok) {
      const why = outcome.error.status === 403 ? "not permitted for this app or user" : describeOutcome(outcome.error.outcome) || `HTTP ${outcome.error.status}`;
      this.notices.push(`${what} could not be read (${why})${consequence ? `: ${consequence}` : "."}`);
      return false;
    }
    for (const resource of outcome.resources) if (resource.id) this.index.set(`${resource.resourceType}/${resource.id}`, resource);
    if (outcome.truncated) this.notices.push(`${what}: only the first pages were read${consequence ? `; ${consequence}` : "."}`);
    return true;
  }

  all<K extends FhirResource["resourceType"]>(type: K): Typed<K>[] {
    return [...this.index.values()].filter((r): r is Typed<K> => r.resourceType === type);
  }

  has(ref: string): boolean {
    return this.index.has(ref);
  }
}
