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

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
