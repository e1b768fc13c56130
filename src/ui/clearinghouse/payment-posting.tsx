import type { ClearinghouseImport } from "../../billing/clearinghouse/index.ts";

const dollars = (cents: number) => (cents / 100).toFixed(2);

/** Region "Payment posting": per 835, one row per claim and the file's totals against its payment (BPR02), to the cent. */
export function PaymentPosting({ payments }: { payments: ClearinghouseImport["payments"] }) {
  return (
    <section aria-label="Payment posting">
      <h3>Payment posting</h3>
      {payments.map(({ posting, balance }) => {
        const balanced = !balance.issue.some((i) => i.severity === "error");
        return (
          <div key={`${posting.fileName}|${posting.traceNumber ?? ""}`}>
            <p className="small">{posting.fileName}{posting.traceNumber ? ` · check/EFT ${posting.traceNumber}` : ""}{posting.paymentDate ? ` · ${posting.paymentDate}` : ""} · paid {posting.paid}, adjusted {posting.adjusted}, denied {posting.denied}</p>
            <table>
              <thead><tr><th>Claim</th><th>Payer's number</th><th>Status</th><th className="num">Charge</th><th className="num">Paid</th><th className="num">Patient owes</th></tr></thead>
              <tbody>
                {posting.claims.map((c) => (
                  <tr key={c.claimControlNumber}>
                    <td>{c.claimControlNumber}</td><td>{c.payerClaimControlNumber ?? ""}</td><td>{c.status}</td>
                    <td className="num">{dollars(c.chargeCents)}</td><td className="num">{dollars(c.paidCents)}</td><td className="num">{dollars(c.patientResponsibilityCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr><th colSpan={4}>Claim payments − provider adjustments</th><td className="num">{dollars(posting.expectedPaymentCents)}</td><td /></tr>
                <tr><th colSpan={4}>Payment in the file (BPR02)</th><td className="num">{dollars(posting.paymentCents ?? 0)}</td><td>{balanced ? "balances" : "does not balance"}</td></tr>
              </tfoot>
            </table>
          </div>
        );
      })}
    </section>
  );
}
