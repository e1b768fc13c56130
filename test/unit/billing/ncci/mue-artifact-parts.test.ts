// Pins the MUE artifact text: entries sorted by code (duplicates keep their input order), the
// exact refusal of a non-MUE1 text, and a rationale index outside the list reading as "".
import { describe, expect, it } from "vitest";
import { decodeMueArtifact, encodeMueArtifact } from "../../../../src/billing/ncci/mue-artifact.ts";

describe("MUE artifact text", () => {
  it("writes entries sorted by code with rationale indexes into the sorted rationale list", () => {
    const text = encodeMueArtifact("Practitioner MUE test", "2026-04-01", [
      { code: "99214", value: 1, mai: 3, rationale: "Clinical: Data" },
      { code: "0213T", value: 1, mai: 2, rationale: "Anatomic Consideration" },
      { code: "99213", value: 2, mai: 3, rationale: "Clinical: Data" },
    ]);
    expect(text).toBe(
      '{"format":"MUE1","edition":"Practitioner MUE test","effectiveDate":"2026-04-01",' +
        '"rationales":["Anatomic Consideration","Clinical: Data"],' +
        '"entries":[["0213T",1,2,0],["99213",2,3,1],["99214",1,3,1]]}',
    );
  });

  it("keeps entries of one code in input order, so the later one wins when decoded", () => {
    const text = encodeMueArtifact("e", "2026-04-01", [
      { code: "99213", value: 1, mai: 3, rationale: "r" },
      { code: "99213", value: 2, mai: 3, rationale: "r" },
    ]);
    expect(text).toBe('{"format":"MUE1","edition":"e","effectiveDate":"2026-04-01","rationales":["r"],"entries":[["99213",1,3,0],["99213",2,3,0]]}');
    expect(decodeMueArtifact(text).lookup("99213")).toStrictEqual({ code: "99213", value: 2, mai: 3, rationale: "r" });
  });

  it("refuses a text whose format is not MUE1", () => {
    const text = '{"format":"MUE2","edition":"e","effectiveDate":"2026-04-01","rationales":[],"entries":[["99213",1,3,0]]}';
    expect(() => decodeMueArtifact(text)).toThrowError(new Error("Not a MUE artifact"));
  });

  it("reads a rationale index outside the list as an empty rationale", () => {
    const text = '{"format":"MUE1","edition":"e","effectiveDate":"2026-04-01","rationales":["r"],"entries":[["99213",1,3,4],["99214",2,2,0]]}';
    const table = decodeMueArtifact(text);
    expect([table.edition, table.effectiveDate, table.size]).toStrictEqual(["e", "2026-04-01", 2]);
    expect(table.lookup("99213")).toStrictEqual({ code: "99213", value: 1, mai: 3, rationale: "" });
    expect(table.lookup("99214")).toStrictEqual({ code: "99214", value: 2, mai: 2, rationale: "r" });
  });
});
