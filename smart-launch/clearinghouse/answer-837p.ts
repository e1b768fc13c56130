/**
 * The sandbox clearinghouse: for an 837P, the 999, 277CA and 835 the sandbox payer decides.
 * Deterministic: the same 837P, coverages and day give the same files (control numbers come
 * from the 837P's interchange control number).
 */
import { decideClaim, type ClaimDecision, type MemberCoverage } from "./claim-decision.ts";
import { read837P, type Sent837 } from "./read-837p.ts";
import { body277CA } from "./write-277ca.ts";
import { body835 } from "./write-835.ts";
import { body999 } from "./write-999.ts";
import { writeAnswer, type OutEnvelope } from "./x12-out-envelope.ts";

export interface ClearinghouseAnswers {
  "999": string;
  "277CA": string;
  "835": string;
}

export interface AnswerOptions {
  /** Coverage found per member id (NM1*IL NM109); a member id missing here is rejected on the 277CA. */
  coverages: ReadonlyMap<string, MemberCoverage>;
  /** YYYY-MM-DD: the day the 837P is received, acknowledged and paid (the sandbox clock). */
  today: string;
}

type Adjudicated = Extract<ClaimDecision, { kind: "adjudicated" }>;

export function answer837P(text: string, options: AnswerOptions): ClearinghouseAnswers {
  const sent = read837P(text);
  const first = sent[0];
  if (!first || first.claims.length === 0) throw new RangeError("No 837 transaction with a claim (CLM) was found in the file.");
  const control = Number(first.interchangeControlNumber.replace(/\D/g, "") || "1") % 100_000_000;
  const date = options.today.replaceAll("-", "");
  const envelope = (setId: string, functionalId: string, guide: string, offset: number): OutEnvelope => ({
    sender: first.receiver, receiver: first.submitter, control: control * 10 + offset, date, time: "1200", functionalId, setId, guide,
  });
  const decisions = sent.map((t: Sent837) =>
    t.claims.map((claim, i) => decideClaim(claim, claim.memberId ? options.coverages.get(claim.memberId) : undefined, options.today, options.today, `SBX${date.slice(2)}${String(control).padStart(5, "0")}${i + 1}`)),
  );
  const adjudicated = decisions.flat().filter((d): d is Adjudicated => d.kind === "adjudicated");
  const byPayer = new Map<string, Adjudicated[]>();
  for (const d of adjudicated) byPayer.set(d.claim.payer.id ?? "", [...(byPayer.get(d.claim.payer.id ?? "") ?? []), d]);
  const trace = (i: number): string => `EFT${date}${String(control).padStart(5, "0")}${i + 1}`;
  const remits = byPayer.size ? [...byPayer.values()].map((claims, i) => body835(claims, date, date, trace(i))) : [body835([], date, date, trace(0), first.claims[0])];
  return {
    "999": writeAnswer(envelope("999", "FA", "005010X231A1", 1), [body999(sent)]),
    "277CA": writeAnswer(envelope("277", "HN", "005010X214", 2), sent.map((t, i) => body277CA(t, decisions[i] ?? [], date, `${t.groupControlNumber}-${t.transactionControlNumber}`))),
    "835": writeAnswer(envelope("835", "HP", "005010X221A1", 3), remits),
  };
}
