// Pins gunzipIfNeeded: only bytes starting with both gzip magic bytes (1f 8b) are inflated;
// bytes matching one magic byte or none are handed back unchanged.
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { gunzipIfNeeded } from "../../../../src/billing/ncci/load-ncci.ts";

describe("gunzipIfNeeded", () => {
  it("inflates bytes that start with 1f 8b", async () => {
    const bytes = new Uint8Array(gzipSync(Buffer.from("MUE1 text")));
    expect(new TextDecoder().decode(await gunzipIfNeeded(bytes))).toBe("MUE1 text");
  });

  it.each([
    ["1f then not 8b", [0x1f, 0x41, 0x42]],
    ["8b after not 1f", [0x41, 0x8b, 0x42]],
    ["neither magic byte", [0x7b, 0x7d]],
  ])("hands back bytes with %s unchanged", async (_, values) => {
    const bytes = new Uint8Array(values);
    expect(await gunzipIfNeeded(bytes)).toStrictEqual(new Uint8Array(values));
  });
});
