/** The sandbox EHRs Playwright starts (see playwright.config.ts webServer). */
export const SANDBOX = {
  generic: "http://localhost:4110",
  epic: "http://localhost:4111",
  shortTokens: "http://localhost:4112",
  oracle: "http://localhost:4113",
  /** The practice's own billing server (persona "billing"). */
  billing: "http://localhost:4114",
} as const;

export const APP = "http://localhost:4173";

/** Access-token lifetime of the shortTokens sandbox; its clock is moved past it (SANDBOX_CLOCK_CONTROL), never waited for. */
export const SHORT_TOKEN_SECONDS = 60;
