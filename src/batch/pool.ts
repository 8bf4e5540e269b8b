import type { Worker } from 'node:worker_threads';
import type { AnalyzeInput } from '../model/input.js';
import type { OptionsInput } from '../model/options.js';
import type { Report } from '../model/report.js';
import { atInput, deserializeError, type TaskMessage, type WorkerMessage } from './messages.js';
import { sourceBootstrap, workerLocation } from './worker-location.js';

/** A set of started worker threads that analyse batches; close it to end the threads. */
export interface AnalyzePool {
  readonly size: number;
  /** Reports in input order; rejects with the first failing input's error, its path starting at ["inputs", index]. */
  run(inputs: readonly AnalyzeInput[], options?: OptionsInput): Promise<Report[]>;
  close(): Promise<void>;
}

/** Starts `size` worker threads and resolves once each has loaded gainsay (so start-up is paid here, not in `run`). */
export async function openAnalyzePool(size: number): Promise<AnalyzePool> {
  const { Worker } = await import('node:worker_threads');
  const where = workerLocation(import.meta.url);
  const workers = Array.from({ length: size }, () =>
    where.fromSource ? new Worker(sourceBootstrap(where.url), { eval: true }) : new Worker(where.url),
  );
  try {
    await Promise.all(workers.map(whenReady));
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  return new ThreadPool(workers);
}

function whenReady(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage): void => {
      if (message.type !== 'ready') return;
      worker.off('error', reject);
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

class ThreadPool implements AnalyzePool {
  /** Runs one after another: each batch has every worker to itself. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private crashed: Error | undefined;

  constructor(private readonly workers: Worker[]) {
    // A worker that dies between batches must not crash the host process; the next run reports it.
    for (const worker of workers) worker.on('error', (error) => (this.crashed ??= error));
  }

  get size(): number {
    return this.workers.length;
  }

  run(inputs: readonly AnalyzeInput[], options?: OptionsInput): Promise<Report[]> {
    if (this.closed) return Promise.reject(new Error('the analyze pool is closed'));
    if (this.crashed) return Promise.reject(new Error(`a worker thread of the analyze pool failed: ${this.crashed.message}`));
    const result = this.queue.then(() => runBatch(this.workers, inputs, options));
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Hands each idle worker the next input until all are done or one fails. */
function runBatch(workers: readonly Worker[], inputs: readonly AnalyzeInput[], options: OptionsInput | undefined): Promise<Report[]> {
  return new Promise((resolve, reject) => {
    const reports: Report[] = new Array(inputs.length);
    let next = 0;
    let finished = 0;
    let failed = false;
    const cleanups: (() => void)[] = [];
    const settle = (error?: Error): void => {
      for (const cleanup of cleanups) cleanup();
      if (error) reject(error);
      else resolve(reports);
    };
    const feed = (worker: Worker): boolean => {
      if (next >= inputs.length) return false;
      const task: TaskMessage = { index: next, input: inputs[next]!, options };
      next++;
      worker.postMessage(task);
      return true;
    };
    for (const worker of workers) {
      let current = -1;
      const onMessage = (message: WorkerMessage): void => {
        if (failed || message.type === 'ready') return;
        if (message.type === 'failed') {
          failed = true;
          settle(atInput(message.index, deserializeError(message.error)));
          return;
        }
        reports[message.index] = message.report;
        finished++;
        if (finished === inputs.length) settle();
        else current = feed(worker) ? next - 1 : -1;
      };
      const onCrash = (error: Error): void => {
        if (failed) return;
        failed = true;
        settle(current >= 0 ? atInput(current, error) : error);
      };
      const onExit = (code: number): void => onCrash(new Error(`worker thread exited with code ${code}`));
      worker.on('message', onMessage);
      worker.on('error', onCrash);
      worker.on('exit', onExit);
      cleanups.push(() => {
        worker.off('message', onMessage);
        worker.off('error', onCrash);
        worker.off('exit', onExit);
      });
      current = feed(worker) ? next - 1 : -1;
    }
    if (inputs.length === 0) settle();
  });
}
