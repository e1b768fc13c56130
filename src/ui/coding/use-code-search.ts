import { useEffect, useMemo, useState } from "react";
import type { CodeHit } from "../../coding/code-index.ts";
import { mergeRemoteHits } from "../../coding/search/index.ts";
import { mark } from "../shell/perf-marks.ts";
import { useCodeService } from "./code-service-context.tsx";
import { useTerminology } from "./terminology-context.tsx";

export interface CodeSearchState {
  hits: CodeHit[];
  /** The local search failed (the code sets did not load ...). */
  problem?: string;
  /** What the terminology server added, or why it could not. */
  remoteNote?: string;
  /** The text the local hits answer (they may still be those of an earlier text while a search runs). */
  answered?: string;
}

const LIMIT = 12;
/** Typing pause before the terminology server is asked. */
const REMOTE_DELAY_MS = 150;

/**
 * Local search as the user types, merged with the practice's terminology server (if any). The
 * server's codes join the local index, and the local search runs again so that they are ranked
 * with everything else; until then they follow the local hits.
 */
export function useCodeSearch(text: string, systems: readonly string[], dateOfService: string | undefined): CodeSearchState {
  const service = useCodeService();
  const terminology = useTerminology();
  const [localHits, setLocalHits] = useState<CodeHit[]>([]);
  const [answered, setAnswered] = useState<string>();
  const [remoteHits, setRemoteHits] = useState<CodeHit[]>([]);
  const [problem, setProblem] = useState<string>();
  const [remoteNote, setRemoteNote] = useState<string>();
  /** Bumped when remote codes joined the index, to search again. */
  const [revision, setRevision] = useState(0);
  const systemsKey = systems.join(" ");

  useEffect(() => {
    let current = true;
    if (!text.trim()) return (setLocalHits([]), setAnswered(text));
    service
      .search(text, { systems: systemsKey.split(" "), ...(dateOfService ? { dateOfService } : {}), limit: LIMIT })
      .then((found) => current && (mark("coding:search-answer", text), setLocalHits(found), setAnswered(text), setProblem(undefined)))
      .catch((error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)));
    return () => { current = false; };
  }, [service, text, systemsKey, dateOfService, revision]);

  useEffect(() => {
    let current = true;
    setRemoteHits([]);
    if (!terminology || text.trim().length < 3) return setRemoteNote(undefined);
    const timer = setTimeout(() => {
      terminology
        .expand(text.trim(), systemsKey.split(" "), dateOfService ? { date: dateOfService } : {})
        .then(async (remote) => {
          if (!current) return;
          setRemoteHits(remote);
          setRemoteNote(remote.length ? `${remote.length} from the terminology server` : undefined);
          if (remote.length && (await service.addEntries(remote.map(({ system, code, display }) => ({ system, code, display })), "terminology-server")) > 0 && current) setRevision((r) => r + 1);
        })
        .catch((error: unknown) => current && setRemoteNote(`Terminology server: ${error instanceof Error ? error.message : String(error)}`));
    }, REMOTE_DELAY_MS);
    return () => { current = false; clearTimeout(timer); };
  }, [service, terminology, text, systemsKey, dateOfService]);

  const hits = useMemo(() => (remoteHits.length ? mergeRemoteHits(localHits, remoteHits, LIMIT) : localHits), [localHits, remoteHits]);
  return { hits, ...(problem ? { problem } : {}), ...(remoteNote ? { remoteNote } : {}), ...(answered !== undefined ? { answered } : {}) };
}
