/** Small response writers shared by every sandbox route. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { OperationOutcome } from "fhir/r4";

export const FHIR_JSON = "application/fhir+json; charset=utf-8";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, contentType = "application/json; charset=utf-8"): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": contentType, "cache-control": "no-store", ...headers });
  res.end(text);
}

export function operationOutcome(code: string, text: string, severity: "error" | "fatal" | "warning" = "error"): OperationOutcome {
  return { resourceType: "OperationOutcome", issue: [{ severity, code: code as OperationOutcome["issue"][number]["code"], details: { text } }] };
}

export function sendOutcome(res: ServerResponse, status: number, code: string, text: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, operationOutcome(code, text), headers, FHIR_JSON);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, "cache-control": "no-store" });
  res.end();
}

/** Thrown by readBody when a body grows past the request's limit (the server answers 413). */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes, the most this server reads.`);
  }
}

const bodyLimits = new WeakMap<IncomingMessage, number>();

/** The most readBody will read from this request. */
export function limitBody(req: IncomingMessage, maxBytes: number): void {
  bodyLimits.set(req, maxBytes);
}

/** The body as text; past the request's limit it rejects with BodyTooLarge and discards the rest as it arrives. */
export function readBody(req: IncomingMessage): Promise<string> {
  const limit = bodyLimits.get(req) ?? Number.POSITIVE_INFINITY;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      over = true;
      chunks.length = 0;
      reject(new BodyTooLarge(limit));
    });
    req.on("end", () => {
      if (!over) resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
