import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { loadNcciEdits, type NcciEdits } from "../../../../src/billing/ncci/load-ncci.ts";

const root = resolve(import.meta.dirname, "../../../..");

/** Bytes of a committed fixture under test/fixtures/ncci/. */
export async function readFixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(resolve(root, "test/fixtures/ncci", name)));
}

let shipped: Promise<NcciEdits> | undefined;

/** The shipped NCCI artifacts from public/ncci/, read the way Node callers read them (once per file). */
export function loadShippedEdits(): Promise<NcciEdits> {
  shipped ??= loadNcciEdits(async (name) => new Uint8Array(await readFile(resolve(root, "public/ncci", name))));
  return shipped;
}
