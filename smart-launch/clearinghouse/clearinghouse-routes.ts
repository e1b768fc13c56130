/**
 * The sandbox as a clearinghouse: GET /clearinghouse (a page with a form) and POST
 * /clearinghouse/837 (an 837P as text -> JSON { "999", "277CA", "835" }; a form post gets a page).
 * Coverage for each member id is looked up in the sandbox's own data.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseSearchRequest } from "@medplum/core";
import type { Bundle, Coverage } from "fhir/r4";
import { sendHtml, sendJson, sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { answer837P } from "./answer-837p.ts";
import type { MemberCoverage } from "./claim-decision.ts";
import { renderAnswersPage, renderClearinghousePage } from "./clearinghouse-page.ts";
import { read837P } from "./read-837p.ts";

/** The most an 837P posted here may weigh (a large batch is a few hundred kilobytes). */
const MAX_837P_BYTES = 5 * 1024 * 1024;

async function readText(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_837P_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function coverageOf(ctx: SandboxContext, memberId: string): Promise<MemberCoverage | undefined> {
  const bundle = (await ctx.engine.repo.search(parseSearchRequest(`Coverage?identifier=${encodeURIComponent(memberId)}`))) as unknown as Bundle;
  const coverage = bundle.entry?.map((e) => e.resource as Coverage).find((c) => c.subscriberId === memberId || c.identifier?.some((i) => i.value === memberId));
  const payer = coverage?.payor[0]?.reference;
  if (!coverage || !payer?.startsWith("Organization/")) return undefined;
  return { coverageStatus: coverage.status, payerOrganizationId: payer.slice("Organization/".length) };
}

async function coveragesFor(ctx: SandboxContext, x12: string): Promise<Map<string, MemberCoverage>> {
  const found = new Map<string, MemberCoverage>();
  const ids = new Set(read837P(x12).flatMap((t) => t.claims.flatMap((c) => c.memberId ?? [])));
  for (const id of ids) {
    const coverage = await coverageOf(ctx, id);
    if (coverage) found.set(id, coverage);
  }
  return found;
}

async function answer(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readText(req);
  if (body === undefined) return sendOutcome(res, 413, "too-costly", `An 837P posted here may weigh at most ${MAX_837P_BYTES} bytes.`);
  const isForm = (req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
  const x12 = isForm ? new URLSearchParams(body).get("x12") ?? "" : body;
  let answers;
  try {
    answers = answer837P(x12, { coverages: await coveragesFor(ctx, x12), today: ctx.clock.now().toISOString().slice(0, 10) });
  } catch (error) {
    return sendOutcome(res, 400, "invalid", `Not an 837P the sandbox clearinghouse can read: ${(error as Error).message}`);
  }
  if (isForm) return sendHtml(res, 200, renderAnswersPage(answers));
  sendJson(res, 200, answers);
}

/** Answers the clearinghouse routes; false when the request is not one of them. */
export async function handleClearinghouse(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const method = req.method ?? "GET";
  if (url.pathname === "/clearinghouse" && method === "GET") {
    sendHtml(res, 200, renderClearinghousePage());
    return true;
  }
  if (url.pathname === "/clearinghouse/837" && method === "POST") {
    await answer(ctx, req, res);
    return true;
  }
  return false;
}
