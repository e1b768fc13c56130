// Pins NM1 for a person with only a last name: first, middle and suffix written empty.
import { describe, expect, it } from "vitest";
import { segment, writeSegment } from "../../../../src/billing/x12/segment.ts";
import { nm1 } from "../../../../src/billing/x12/write-name-address.ts";

describe("NM1", () => {
  it("writes a person with only a last name", () => {
    const written = nm1("IL", { kind: "person", last: "Doe" }, "MI", "M1");
    expect(written).toStrictEqual(segment("NM1", "IL", "1", "Doe", "", "", "", "", "MI", "M1"));
    expect(writeSegment(written)).toBe("NM1*IL*1*Doe*****MI*M1~");
  });

  it("writes every part of a person's name", () => {
    expect(nm1("82", { kind: "person", last: "Doe", first: "Jane", middle: "Q", suffix: "Jr" }, "XX", "1234567893")).toStrictEqual(
      segment("NM1", "82", "1", "Doe", "Jane", "Q", "", "Jr", "XX", "1234567893"),
    );
  });
});
