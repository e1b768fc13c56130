/** GET /fhir/metadata with a strong ETag from the statement's content; a matching If-None-Match gets 304. */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { FHIR_JSON, sendJson } from "../http/respond.ts";

/** Hashed on every request (about 34 KB): the tag follows the statement even if it is changed in place. */
export function capabilityEtag(statement: object): string {
  return `"${createHash("sha256").update(JSON.stringify(statement)).digest("base64url")}"`;
}

function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").map((t) => t.trim()).some((t) => t === "*" || t === tag || t === `W/${tag}`);
}

export function sendCapabilityStatement(req: IncomingMessage, res: ServerResponse, statement: object): void {
  const tag = capabilityEtag(statement);
  // Stored but revalidated every time: the statement changes with the persona.
  const headers = { etag: tag, "cache-control": "no-cache" };
  if (matches(req.headers["if-none-match"], tag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  sendJson(res, 200, statement, headers, FHIR_JSON);
}
