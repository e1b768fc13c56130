import type { Coding } from "fhir/r4";
import { ArrayCodeList } from "./code-list.ts";
import { buildCodeStore, type CodeStore } from "./code-store.ts";
import type { IndexedCode } from "./code-table.ts";
import { CPT, HCPCS, HCPCS_OID, ICD10CM } from "../systems.ts";

/** A code with a display, from the EMR, a licensed descriptor file or a terminology server. */
export interface AddedCode {
  system: string;
  code: string;
  display: string;
}

type Origin = NonNullable<IndexedCode["origin"]>;

/** Which display wins when the same code arrives from several places. */
const PRIORITY: Record<Origin, number> = { label: 0, "terminology-server": 1, emr: 2, licensed: 3 };

/** The key a code is stored and found by: ICD-10-CM upper case without dots, others trimmed upper case. */
export function addedCodeKey(system: string, code: string): string {
  return system === ICD10CM ? code.toUpperCase().replace(/\./g, "") : code.trim().toUpperCase();
}

/** Codes added at run time; their searchable store is rebuilt on the next search after a change. */
export class DynamicCodes {
  private readonly byId = new Map<string, IndexedCode>();
  private built: CodeStore | undefined;
  private dirty = false;

  find(system: string, key: string): IndexedCode | undefined {
    return this.byId.get(`${system}|${key}`);
  }

  store(): CodeStore | undefined {
    if (this.dirty) {
      this.built = this.byId.size > 0 ? buildCodeStore(new ArrayCodeList([...this.byId.values()])) : undefined;
      this.dirty = false;
    }
    return this.built;
  }

  add(codes: readonly AddedCode[], origin: Origin): number {
    let changed = 0;
    for (const c of codes) {
      const system = c.system === HCPCS_OID ? HCPCS : c.system;
      const code = c.code.trim();
      const display = c.display.trim();
      // The shipped editions are the whole ICD-10-CM code set: a code outside them stays unknown
      // (an EMR's invalid code must not become billable, and the scrubber must see it).
      if (code === "" || display === "" || system === ICD10CM) continue;
      const key = addedCodeKey(system, code);
      const id = `${system}|${key}`;
      const current = this.byId.get(id);
      if (current && (PRIORITY[current.origin ?? "label"] > PRIORITY[origin] || current.display === display)) continue;
      this.byId.set(id, { system, code, key, display, origin });
      changed++;
    }
    if (changed > 0) this.dirty = true;
    return changed;
  }

  /** EMR codings: kept unless the shipped code sets already hold the code (`known`). CPT always keeps the EMR's display. */
  addCodings(codings: readonly Coding[], known: (system: string, key: string) => boolean): number {
    const fresh: AddedCode[] = [];
    for (const c of codings) {
      if (!c.system || !c.code || !c.display) continue;
      const system = c.system === HCPCS_OID ? HCPCS : c.system;
      if (system !== CPT && known(system, addedCodeKey(system, c.code))) continue;
      fresh.push({ system, code: c.code, display: c.display });
    }
    return this.add(fresh, "emr");
  }
}
