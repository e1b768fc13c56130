import type { AdjustmentReason, Amount, ClaimStatus } from "../../billing/status/claim-status.ts";
import { describePatientOwed } from "../../billing/status/describe-patient-owed.ts";

const STEPS = ["draft", "submitted", "queued", "final"] as const;
const FINAL_WORD: Record<string, string> = { paid: "Paid", "partially-paid": "Partially paid", denied: "Denied", "patient-responsibility": "Patient responsibility", error: "Error", authorized: "Authorized", "partially-authorized": "Partly authorized", invalid: "Unreadable answer" };

const money = (a: Amount | undefined) => (a ? `${a.value.toFixed(2)} ${a.currency}` : "—");

function Reasons({ reasons }: { reasons: AdjustmentReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={`${r.code}-${r.lineSequence ?? "c"}-${i}`}>
          <strong>{r.group ? `${r.group}-` : ""}{r.code}</strong>{r.lineSequence ? ` (line ${r.lineSequence})` : ""}: {r.explanation}
          {r.fix && <> <em>Fix:</em> {r.fix}</>}
          {r.amount && <span className="muted"> · {money(r.amount)}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The claim's place in draft → submitted → queued → paid / partially paid / denied / error, with the payer's answer. */
export function ClaimStatusView({ status }: { status: ClaimStatus | undefined }) {
  const pending = status?.kind === "queued" || status?.kind === "in-process";
  const reached = status === undefined ? 1 : pending ? 2 : 3;
  const finalWord = status && !pending ? FINAL_WORD[status.kind] : "Paid / denied";
  return (
    <>
      <ol className="status-steps" aria-label="Claim progress">
        {STEPS.map((step, i) => (
          <li key={step} aria-current={i === reached ? "step" : undefined} className={i <= reached ? "reached" : undefined}>
            {step === "final" ? finalWord : step === "queued" && status?.kind === "in-process" ? "In process (partly adjudicated)" : step[0]?.toUpperCase() + step.slice(1)}
          </li>
        ))}
      </ol>
      {status?.kind === "patient-responsibility" && <p className="patient-owed"><strong>{describePatientOwed(status.owed)}</strong></p>}
      {status?.kind === "invalid" && <p role="alert" className="alert">The payer's answer could not be read: {status.message}</p>}
      {status?.kind === "error" && (
        <ul className="reasons">{status.errors.map((e, i) => <li key={i}><strong>{e.code}</strong>: {e.text}</li>)}</ul>
      )}
      {status && "lines" in status && (
        <>
          <p>
            Payment: <strong>{money(status.payment.amount)}</strong>{status.payment.date ? ` on ${status.payment.date}` : ""} · Patient responsibility: <strong>{money(status.patientResponsibility)}</strong>
            {status.disposition && <span className="muted"> · “{status.disposition}”</span>}
          </p>
          <table>
            <thead><tr><th>Line</th><th>Code</th><th className="num">Submitted</th><th className="num">Eligible</th><th className="num">Deductible</th><th className="num">Copay/coins.</th><th className="num">Paid</th></tr></thead>
            <tbody>
              {status.lines.map((l) => (
                <tr key={l.sequence}><td>{l.sequence}</td><td>{l.code ?? ""}</td><td className="num">{money(l.submitted)}</td><td className="num">{money(l.eligible)}</td><td className="num">{money(l.deductible)}</td><td className="num">{money(l.copay ?? l.coinsurance)}</td><td className="num">{money(l.benefit)}</td></tr>
              ))}
            </tbody>
          </table>
          <Reasons reasons={status.reasons} />
        </>
      )}
      {status && "notes" in status && status.notes && (
        <div className="payer-notes">
          <p className="muted small">The payer's notes:</p>
          <ul>{status.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </div>
      )}
    </>
  );
}
