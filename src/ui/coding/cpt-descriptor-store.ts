import type { AddedCode } from "../../coding/store/index.ts";

/** A licensed practice's CPT descriptors stay in this browser: never uploaded, never in the repo. */
const KEY = "cpt-descriptors:v1";

export function readCptDescriptors(storage: Storage): AddedCode[] {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(value) ? (value as AddedCode[]).filter((e) => typeof e?.code === "string" && typeof e?.display === "string") : [];
  } catch {
    return [];
  }
}

/** Saves; returns a message when the browser refused (the descriptors still work until reload). */
export function writeCptDescriptors(storage: Storage, entries: AddedCode[]): string | undefined {
  try {
    storage.setItem(KEY, JSON.stringify(entries));
    return undefined;
  } catch (error) {
    return `The descriptors work in this tab but could not be kept for next time (${error instanceof Error ? error.message : String(error)}).`;
  }
}
