import { useEffect, useState } from "react";
import type { CodeHit } from "../../coding/code-index.ts";
import { CPT } from "../../coding/systems.ts";
import { useCodeService } from "./code-service-context.tsx";

/** The date a year before `date` (YYYY-MM-DD): the previous fiscal year's code set. */
const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

const listed = (hits: readonly CodeHit[]) => [...new Set(hits.map((h) => h.code))].slice(0, 3).join(", ");

/**
 * Why a search answered nothing: codes that match in another year's code set but are not valid on
 * the date of service; CPT words (CPT is searched by number: its descriptors are AMA-licensed and
 * not shipped); or no match at all. Undefined while there are hits or nothing was typed.
 */
export function useEmptySearchReason(text: string, systems: readonly string[], dateOfService: string | undefined, empty: boolean): string | undefined {
  const service = useCodeService();
  const [reason, setReason] = useState<string>();
  const systemsKey = systems.join(" ");
  useEffect(() => {
    let current = true;
    const typed = text.trim();
    setReason(undefined);
    if (!empty || !typed) return;
    const options = { systems: systemsKey.split(" "), limit: 3 };
    const elsewhere = dateOfService
      ? Promise.all([service.search(typed, options), service.search(typed, { ...options, dateOfService: yearBefore(dateOfService) })]).then((found) => found.flat())
      : Promise.resolve([]);
    elsewhere.then(
      (hits) => {
        if (!current) return;
        if (hits.length && dateOfService) return setReason(`No code valid on the date of service (${dateOfService}) matches “${typed}”: ${listed(hits)} ${hits.length > 1 ? "are" : "is"} in another year's code set.`);
        if (systemsKey.includes(CPT) && /[a-z]{3}/i.test(typed)) return setReason(`No match for “${typed}”. CPT services are found by their number: CPT descriptors are licensed by the AMA and not shipped (a practice with a license imports them under “Code sets”).`);
        setReason(`No match for “${typed}”: try a code, other words or an abbreviation.`);
      },
      () => current && setReason(`No match for “${typed}”.`),
    );
    return () => {
      current = false;
    };
  }, [service, text, systemsKey, dateOfService, empty]);
  return reason;
}
