import { describe, expect, it } from "vitest";
import { trimesterOfWeeks, withClinicalDetails } from "../../../../src/coding/suggest/clinical-details.ts";

describe("clinical details in title words", () => {
  it.each([
    [13, "first"], [14, "second"], [27, "second"], [28, "third"], [40, "third"],
  ] as const)("%i weeks is the %s trimester", (weeks, trimester) => {
    expect(trimesterOfWeeks(weeks)).toBe(trimester);
  });

  it.each([
    ["pregnancy at 24 weeks", "pregnancy second trimester pregnancy"],
    ["g2 32 wks gestation", "g2 third trimester pregnancy"],
    ["ocular hypertension both eyes", "ocular hypertension bilateral"],
    ["osteoarthritis of both knees", "osteoarthritis of bilateral knees"],
  ])("%s -> %s", (text, reading) => {
    expect(withClinicalDetails(text)).toBe(reading);
  });

  it.each([
    ["cough 3 weeks"],
    ["pregnancy second trimester 24 weeks"],
    ["acquired absence of both cervix and uterus"],
  ])("leaves %s as it is", (text) => {
    expect(withClinicalDetails(text)).toBe(text);
  });
});
