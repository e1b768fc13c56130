/**
 * Where the browser tests' servers listen (see playwright.config.ts webServer): the built app and
 * the sandbox EHRs, on ports chosen free once in Playwright's runner process (the first time this
 * module is evaluated, by playwright.config.ts) and handed to its worker processes, which evaluate
 * it again, through E2E_PORTS in their environment. Set E2E_PORTS yourself (six ports, comma
 * separated, in the order of PORT_NAMES) to choose them. Every spec and helper reads them here.
 */
import { freePortsSync } from "../../scripts/free-ports.ts";

export const PORT_NAMES = ["app", "generic", "epic", "shortTokens", "oracle", "billing"] as const;
export type E2ePorts = Record<(typeof PORT_NAMES)[number], number>;

/** The ports in E2E_PORTS, choosing free ones and setting it first when it is not set. */
export function e2ePorts(env: NodeJS.ProcessEnv = process.env): E2ePorts {
  if (!env["E2E_PORTS"]) env["E2E_PORTS"] = freePortsSync(PORT_NAMES.length).join(",");
  const text = env["E2E_PORTS"];
  const ports = text.split(",").map((p) => Number(p.trim()));
  if (ports.length !== PORT_NAMES.length || ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65_535) || new Set(ports).size !== ports.length) {
    throw new Error(`E2E_PORTS must be ${PORT_NAMES.length} different ports, comma separated (${PORT_NAMES.join(", ")}); got "${text}"`);
  }
  return Object.fromEntries(PORT_NAMES.map((name, i) => [name, ports[i]])) as E2ePorts;
}

export const PORTS: E2ePorts = e2ePorts();
const at = (port: number): string => `http://localhost:${port}`;

/** The sandbox EHRs Playwright starts. */
export const SANDBOX = {
  generic: at(PORTS.generic),
  epic: at(PORTS.epic),
  shortTokens: at(PORTS.shortTokens),
  oracle: at(PORTS.oracle),
  /** The practice's own billing server (persona "billing"). */
  billing: at(PORTS.billing),
} as const;

/** The built app (vite preview). */
export const APP = at(PORTS.app);

/** Access-token lifetime of the shortTokens sandbox; its clock is moved past it (SANDBOX_CLOCK_CONTROL), never waited for. */
export const SHORT_TOKEN_SECONDS = 60;
