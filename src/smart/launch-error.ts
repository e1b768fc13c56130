/** Why the app could not start a SMART session: each kind has its own screen. */
export type LaunchProblemKind =
  | "not-launched" // opened directly, with no launch and no saved session
  | "not-registered" // no client registration for this iss
  | "denied" // the user or the server refused authorization
  | "token-failed" // the code could not be exchanged for a token
  | "expired"; // the session ended and could not be renewed

export class LaunchProblem extends Error {
  readonly kind: LaunchProblemKind;
  readonly detail: string;

  constructor(kind: LaunchProblemKind, detail: string) {
    super(`${kind}: ${detail}`);
    this.name = "LaunchProblem";
    this.kind = kind;
    this.detail = detail;
  }
}

export function isLaunchProblem(value: unknown): value is LaunchProblem {
  return value instanceof LaunchProblem;
}

/** Sorts a failure of fhirclient's `ready()` into a kind, from the URL it returned to. */
export function classifyReadyFailure(url: URL, error: unknown): LaunchProblem {
  const message = error instanceof Error ? error.message : String(error);
  const authError = url.searchParams.get("error");
  if (authError) {
    const description = url.searchParams.get("error_description") ?? "";
    return new LaunchProblem("denied", [authError, description].filter(Boolean).join(": "));
  }
  if (/no 'state'|no state found/i.test(message)) return new LaunchProblem("not-launched", message);
  return new LaunchProblem("token-failed", message);
}
