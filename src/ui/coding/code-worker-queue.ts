/**
 * The code-set worker's waiting line: jobs run one at a time, the most urgent first (lower
 * `priority`), in arrival order within a priority. Between two jobs the queue gives the event
 * loop a turn, so a search that arrives while the chart's suggestions are being worked through
 * runs next instead of after all of them. Nothing runs until `start()` (the code sets are loaded).
 */
export interface Job {
  priority: number;
  run(): void | Promise<void>;
}

export interface JobQueue {
  push(job: Job): void;
  /** The code sets are ready: start working through the line. */
  start(): void;
  /** Jobs waiting (not the one running). */
  readonly size: number;
}

/** `yieldTurn` lets messages that arrived in the meantime join the line (a macrotask in the worker). */
export function createJobQueue(yieldTurn: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))): JobQueue {
  const waiting: { job: Job; order: number }[] = [];
  let order = 0;
  let started = false;
  let running = false;

  const next = () => {
    let best = 0;
    for (let i = 1; i < waiting.length; i++) {
      const a = waiting[i] as { job: Job; order: number };
      const b = waiting[best] as { job: Job; order: number };
      if (a.job.priority < b.job.priority || (a.job.priority === b.job.priority && a.order < b.order)) best = i;
    }
    return waiting.splice(best, 1)[0]?.job;
  };

  const drain = async () => {
    if (running || !started) return;
    running = true;
    try {
      for (let job = next(); job; job = next()) {
        try {
          await job.run();
        } catch {
          // A job reports its own failure; the line goes on.
        }
        if (waiting.length) await yieldTurn();
      }
    } finally {
      running = false;
    }
  };

  return {
    push(job) {
      waiting.push({ job, order: order++ });
      void drain();
    },
    start() {
      started = true;
      void drain();
    },
    get size() {
      return waiting.length;
    },
  };
}
