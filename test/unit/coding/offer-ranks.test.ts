import { describe, expect, it } from "vitest";
import { buildCodeStore, type CodeStore } from "../../../src/coding/store/code-store.ts";
import { shippedCodes } from "../../../src/coding/store/code-table.ts";
import { offerRank, searchText, type SearchContext } from "../../../src/coding/search/search-store.ts";
import { CPT, HCPCS, ICD10CM, MODIFIER, PLACE_OF_SERVICE } from "../../../src/coding/systems.ts";
import { realArtifacts } from "./real-code-index.ts";

const SYSTEM_SETS = [[ICD10CM, HCPCS, CPT], [ICD10CM], [HCPCS, CPT], [MODIFIER, PLACE_OF_SERVICE], [ICD10CM, MODIFIER]];

function contexts(): SearchContext[] {
  const out: SearchContext[] = [];
  for (const systems of SYSTEM_SETS) {
    for (const editionIndex of [0, 1]) {
      for (const billableOnly of [false, true]) {
        for (const date of [undefined, "2020-01-01", "2025-06-30", "2030-01-01"]) {
          out.push({ systems: new Set(systems), editionIndex, date, billableOnly, limit: 20 });
        }
      }
    }
  }
  return out;
}

/** The ranks the search computed and cached for the context (the whole-index table). */
function cachedRanks(store: CodeStore, ctx: SearchContext): Uint8Array {
  store.rankCache.clear();
  searchText(store, ["fracture"], ctx);
  const [ranks] = [...store.rankCache.values()];
  if (!ranks) throw new Error("the search cached no offer ranks");
  return ranks;
}

describe("offer ranks of a search context", () => {
  it("equal each entry's own offer rank over the whole shipped index, in every context", async () => {
    const a = await realArtifacts();
    const { entries, icd } = shippedCodes(a.icd10cm, a.icd10cmShort, a.hcpcs, a.other);
    const store = buildCodeStore(entries, { icd, shipped: a.search });
    const seen = new Set<number>();
    for (const ctx of contexts()) {
      const ranks = cachedRanks(store, ctx);
      expect(ranks.length).toBe(entries.length);
      const wrong: number[] = [];
      for (let id = 0; id < entries.length; id++) if (ranks[id] !== offerRank(store, id, ctx)) wrong.push(id);
      expect(wrong.slice(0, 5), JSON.stringify({ ...ctx, systems: [...ctx.systems] })).toEqual([]);
      for (const r of new Set(ranks)) seen.add(r);
      if (ctx.billableOnly) expect(ranks.includes(1)).toBe(false);
    }
    // The contexts reach every rank (not offered, header, billable).
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });
});
