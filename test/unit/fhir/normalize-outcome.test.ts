import { describe, expect, it } from "vitest";
import { FhirError, normalizeOutcome } from "../../../src/fhir/fhir-error.ts";

const outcome = { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid", diagnostics: "Claim.patient is required" }] };

describe("normalizeOutcome", () => {
  it("keeps a server OperationOutcome from fhir-kit-client's rejection as data", () => {
    const error = normalizeOutcome({ response: { status: 422, data: outcome } });
    expect(error).toBeInstanceOf(FhirError);
    expect(error.status).toBe(422);
    expect(error.outcome).toEqual(outcome);
    expect(error.message).toBe("Claim.patient is required");
  });

  it("turns an OAuth error body into an outcome with the server's words", () => {
    const error = normalizeOutcome({ response: { status: 401, data: { error: "invalid_token", error_description: "expired" } } });
    expect(error.status).toBe(401);
    expect(error.outcome.issue[0]?.code).toBe("login");
    expect(error.message).toBe("invalid_token: expired");
  });

  it("says the server could not be reached for a network failure", () => {
    const error = normalizeOutcome(new TypeError("Failed to fetch"));
    expect(error.status).toBe(0);
    expect(error.outcome.issue[0]?.code).toBe("transient");
    expect(error.message).toMatch(/could not be reached/);
  });

  it("keeps a non-JSON error body short and readable", () => {
    const error = normalizeOutcome({ response: { status: 502, data: "<html>Bad gateway</html>" } });
    expect(error.status).toBe(502);
    expect(error.outcome.issue[0]?.code).toBe("exception");
    expect(error.message).toContain("Bad gateway");
  });

  it("passes a FhirError through unchanged", () => {
    const original = new FhirError(404, outcome as never);
    expect(normalizeOutcome(original)).toBe(original);
  });
});
