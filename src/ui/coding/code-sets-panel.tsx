import { useQuery } from "@tanstack/react-query";
import { useEffect, useState, type ChangeEvent } from "react";
import { parseCptDescriptorCsv, type CsvProblem } from "../../coding/store/index.ts";
import { useCodeService } from "./code-service-context.tsx";
import { readCptDescriptors, writeCptDescriptors } from "./cpt-descriptor-store.ts";

/** Which code sets are loaded, and the import of a licensed CPT descriptor file (kept in this browser). */
export function CodeSetsPanel() {
  const service = useCodeService();
  const info = useQuery({ queryKey: ["code-set-info"], queryFn: () => service.info(), staleTime: Infinity });
  const [imported, setImported] = useState<{ count: number; problems: CsvProblem[]; storeProblem?: string }>();
  useEffect(() => {
    const stored = readCptDescriptors(window.localStorage);
    if (stored.length) void service.addEntries(stored, "licensed");
  }, [service]);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const parsed = parseCptDescriptorCsv(await file.text());
    if (parsed.entries.length) await service.addEntries(parsed.entries, "licensed");
    const storeProblem = parsed.entries.length ? writeCptDescriptors(window.localStorage, parsed.entries) : undefined;
    setImported({ count: parsed.entries.length, problems: parsed.problems, ...(storeProblem ? { storeProblem } : {}) });
  };
  const editions = info.data?.icd10cmEditions.map((e) => `${e.id} (${e.start} – ${e.end})`).join(", ");
  return (
    <details className="code-sets">
      <summary>
        Code sets: {info.data ? `ICD-10-CM ${info.data.icd10cmEditions.map((e) => e.id).join("/")} · notes from the ${info.data.notesEdition} · HCPCS ${info.data.hcpcsRelease}` : "loading…"}
      </summary>
      {info.data && (
        <ul className="small">
          <li>ICD-10-CM by date of service: {editions}</li>
          <li>Tabular notes (Excludes1, code first, 7th characters …): {info.data.notesEdition}, the newest Tabular available to this build</li>
          <li>HCPCS Level II: {info.data.hcpcsRelease}; place of service: {info.data.placeOfServiceVersion}</li>
          <li>CPT: code numbers only (descriptors are AMA-licensed): the EMR's own display, or your practice's licensed file below</li>
        </ul>
      )}
      <label>
        Import your licensed CPT descriptor file (CSV: code, descriptor). It stays in this browser.{" "}
        <input type="file" accept=".csv,.txt,text/csv" onChange={(e) => void onFile(e)} />
      </label>
      {imported && (
        <div role="status" className={imported.problems.some((p) => p.severity === "error") ? "notice warning" : "notice info"}>
          <p>{imported.count} CPT descriptors imported.{imported.storeProblem ? ` ${imported.storeProblem}` : ""}</p>
          {imported.problems.length > 0 && (
            <ul>{imported.problems.slice(0, 20).map((p) => <li key={`${p.line}-${p.message}`}>Line {p.line}: {p.message}{p.severity === "error" ? " (skipped)" : ""}</li>)}</ul>
          )}
          {imported.problems.length > 20 && <p>… and {imported.problems.length - 20} more.</p>}
        </div>
      )}
    </details>
  );
}
