// Pins readNcciDirectory: a missing file reads as undefined, the file's bytes are handed back,
// and any other read failure (here: the name is a folder) is passed on, not taken as "missing".
import { afterEach, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readNcciDirectory } from "../../../../src/billing/ncci/read-ncci-node.ts";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("readNcciDirectory", () => {
  it("reads a file's bytes and a missing file as undefined", async () => {
    dir = await mkdtemp(join(tmpdir(), "ncci-read-"));
    await writeFile(join(dir, "ptp.bin"), new Uint8Array([1, 2, 3]));
    const read = readNcciDirectory(dir);
    expect(await read("ptp.bin")).toStrictEqual(new Uint8Array([1, 2, 3]));
    expect(await read("mue.bin")).toBe(undefined);
  });

  it("passes on a read failure other than a missing file", async () => {
    dir = await mkdtemp(join(tmpdir(), "ncci-read-"));
    await mkdir(join(dir, "ptp.bin"));
    const failure = await readNcciDirectory(dir)("ptp.bin").then(
      () => "read",
      (error: NodeJS.ErrnoException) => ({ code: error.code, message: error.message }),
    );
    expect(failure).toStrictEqual({ code: "EISDIR", message: "EISDIR: illegal operation on a directory, read" });
  });
});
