/** CORS on every response, preflights included (the app runs on another origin). */
import type { IncomingMessage, ServerResponse } from "node:http";

const ALLOW_HEADERS = "authorization, content-type, accept, prefer, if-none-exist, if-match, if-none-match, if-modified-since, x-request-id";
const EXPOSE_HEADERS = "location, etag, content-location, last-modified, www-authenticate, x-request-id";
const ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

export function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader("access-control-allow-origin", origin ?? "*");
  if (origin) res.setHeader("vary", "Origin");
  res.setHeader("access-control-expose-headers", EXPOSE_HEADERS);
}

/** Answers an OPTIONS preflight; true when it did. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "OPTIONS") return false;
  res.setHeader("access-control-allow-methods", ALLOW_METHODS);
  res.setHeader("access-control-allow-headers", req.headers["access-control-request-headers"] ? `${ALLOW_HEADERS}` : ALLOW_HEADERS);
  res.setHeader("access-control-max-age", "600");
  res.writeHead(204);
  res.end();
  return true;
}
