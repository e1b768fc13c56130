import { describe, expect, it } from "vitest";
import { describeNcciEditions, fetchNcciArtifacts, loadNcciEdits } from "../../../../src/billing/ncci/index.ts";
import { MUE_ARTIFACT_FILE } from "../../../../src/billing/ncci/ncci-editions.ts";
import { readNcciDirectory } from "../../../../src/billing/ncci/read-ncci-node.ts";

describe("reading the NCCI artifacts", () => {
  it("reads the repository's public/ncci in Node and names both editions", async () => {
    const edits = await loadNcciEdits(readNcciDirectory());
    expect(edits.ptp?.edition).toBe("Practitioner PTP 2024 Q3 (2024-07-01, old)");
    expect(edits.mue?.edition).toBe("Practitioner MUE 2026 Q2 (2026-04-01)");
  });

  it("loads no table from a folder without the files", async () => {
    expect(await loadNcciEdits(readNcciDirectory("/nonexistent-ncci-folder"))).toEqual({});
  });

  it("fetches from a base URL, reading 404 as a missing table and failing on other errors", async () => {
    const mue = await readNcciDirectory()(MUE_ARTIFACT_FILE);
    const asked: string[] = [];
    const fetcher = (async (url: string) => {
      asked.push(url);
      return url.endsWith(MUE_ARTIFACT_FILE) ? new Response(mue as Uint8Array<ArrayBuffer>) : new Response("", { status: 404 });
    }) as typeof fetch;
    const edits = await loadNcciEdits(fetchNcciArtifacts("/app/ncci", fetcher));
    expect(asked.sort()).toEqual(["/app/ncci/mue-practitioner.json.gz", "/app/ncci/ptp-practitioner.bin.gz"]);
    expect(edits.ptp).toBeUndefined();
    expect(edits.mue?.lookup("99213")).toMatchObject({ value: 2, mai: 3 });
    const failing = (async () => new Response("", { status: 500 })) as unknown as typeof fetch;
    await expect(loadNcciEdits(fetchNcciArtifacts("/app/ncci/", failing))).rejects.toThrow(/500/);
  });
});

describe("describeNcciEditions", () => {
  it("names each loaded edition, or says none is loaded", async () => {
    const edits = await loadNcciEdits(readNcciDirectory());
    expect(describeNcciEditions(edits)).toEqual({ ptp: "Practitioner PTP 2024 Q3 (2024-07-01, old)", mue: "Practitioner MUE 2026 Q2 (2026-04-01)" });
    expect(describeNcciEditions({ mue: edits.mue })).toMatchObject({ ptp: expect.stringMatching(/^No PTP edition loaded/) });
    expect(describeNcciEditions(undefined).mue).toMatch(/^No MUE edition loaded/);
  });
});
