import { describe, expect, it } from "vitest";
import { classifyReadyFailure } from "../../../src/smart/launch-error.ts";
import { isSmartConfig, pickClient } from "../../../src/smart/smart-config.ts";

describe("classifyReadyFailure", () => {
  it("a redirect back with error=access_denied is a denial, with the server's words", () => {
    const problem = classifyReadyFailure(new URL("https://app.example/index.html?error=access_denied&error_description=User+said+no&state=x"), new Error("access_denied: User said no"));
    expect(problem.kind).toBe("denied");
    expect(problem.detail).toBe("access_denied: User said no");
  });

  it("a page opened without a launch says so", () => {
    const problem = classifyReadyFailure(new URL("https://app.example/index.html"), new Error("No 'state' parameter found. Please (re)launch the app."));
    expect(problem.kind).toBe("not-launched");
  });

  it("a failed code exchange is a token failure", () => {
    const problem = classifyReadyFailure(new URL("https://app.example/index.html?code=abc&state=x"), new Error("400 Bad Request: invalid_grant"));
    expect(problem.kind).toBe("token-failed");
    expect(problem.detail).toContain("invalid_grant");
  });
});

describe("smart-config", () => {
  const config = { clients: [{ issMatch: "^https://fhir\\.epic\\.example/", clientId: "epic-id" }, { issMatch: "^http://localhost:\\d+/fhir$", clientId: "local" }] };

  it("picks the registration by the launch iss, or none", () => {
    expect(isSmartConfig(config)).toBe(true);
    expect(pickClient(config, "https://fhir.epic.example/api/FHIR/R4")?.clientId).toBe("epic-id");
    expect(pickClient(config, "http://localhost:4000/fhir")?.clientId).toBe("local");
    expect(pickClient(config, "https://unknown.example/fhir")).toBeUndefined();
  });

  it("refuses a config without a clients list", () => {
    expect(isSmartConfig({ clients: [{ clientId: "x" }] })).toBe(false);
    expect(isSmartConfig(null)).toBe(false);
  });
});
