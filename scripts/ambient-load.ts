/**
 * How many CPUs other programs keep busy, sampled while the test runner itself is idle (before the
 * first suite and after the last). The durations check scales its limit by it: when other
 * programs keep `busy` of `cores` CPUs busy, a CPU-bound test gets about cores / (cores + busy) of
 * the machine, so its wall time grows by (cores + busy) / cores.
 */
import { cpus } from "node:os";

export interface CpuTimes {
  busy: number;
  total: number;
}

/** The machine's CPU time so far, summed over its CPUs (milliseconds since boot). */
export function cpuTimes(list = cpus()): CpuTimes {
  let busy = 0;
  let total = 0;
  for (const { times } of list) {
    const all = times.user + times.nice + times.sys + times.idle + times.irq;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/** CPUs kept busy between two readings: the busy share of the interval times the number of CPUs. */
export function busyCpus(before: CpuTimes, after: CpuTimes, cores: number): number {
  const total = after.total - before.total;
  if (!(total > 0) || cores < 1) return 0;
  const share = Math.min(1, Math.max(0, (after.busy - before.busy) / total));
  return share * cores;
}

/** Samples for `ms` milliseconds and returns the CPUs other programs kept busy. */
export async function sampleBusyCpus(ms = 2000): Promise<number> {
  const cores = cpus().length;
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return busyCpus(before, cpuTimes(), cores);
}

/** The factor by which the limit grows: 1 on an idle machine, 2 when every CPU was busy elsewhere, at most `cap`. */
export function loadFactor(busy: number, cores: number, cap = 3): number {
  if (cores < 1 || !(busy > 0)) return 1;
  return Math.min(cap, 1 + busy / cores);
}
