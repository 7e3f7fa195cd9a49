/**
 * Analysis on every core: worker threads each running `analyze`, fed in order and answering
 * in any order. Analysis is pure CPU and the store has one writer, so the main thread reads
 * sources and writes while the workers analyse. Runs in process when there is one core, when
 * asked for no workers, or when run from TypeScript sources (tests), where no compiled worker exists.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import type { AnalysisDocument, AnalyzeOptions } from '../core/analysis.js';

export interface AnalysisPool {
  analyze(text: string, options: AnalyzeOptions): Promise<AnalysisDocument>;
  /** how many analyses run at once */
  readonly parallelism: number;
  close(): Promise<void>;
}

export interface WorkerRequest {
  readonly id: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

export type WorkerReply =
  | { readonly id: number; readonly document: AnalysisDocument }
  | { readonly id: number; readonly error: string };

const WORKER_FILE = new URL('./analysis-worker.js', import.meta.url);

/** @param workers how many threads; defaults to one per core */
export function createAnalysisPool(workers = availableParallelism()): AnalysisPool {
  if (workers < 2 || !existsSync(fileURLToPath(WORKER_FILE))) return inProcessPool();
  return new WorkerPool(workers);
}

function inProcessPool(): AnalysisPool {
  return {
    analyze: (text, options) => Promise.resolve().then(() => analyze(text, options)),
    parallelism: 1,
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve(document: AnalysisDocument): void;
  reject(error: Error): void;
}

class WorkerPool implements AnalysisPool {
  readonly parallelism: number;
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly queue: WorkerRequest[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 0;

  constructor(size: number) {
    this.parallelism = size;
    this.workers = Array.from({ length: size }, () => this.spawn());
    this.idle = [...this.workers];
  }

  analyze(text: string, options: AnalyzeOptions): Promise<AnalysisDocument> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, text, options });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_FILE);
    worker.on('message', (reply: WorkerReply) => {
      this.busy.delete(worker);
      this.idle.push(worker);
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('document' in reply) pending?.resolve(reply.document);
      else pending?.reject(new Error(reply.error));
      this.dispatch();
    });
    // A crashed worker fails its item, not the batch: a fresh worker takes its place.
    worker.on('error', (error) => this.replace(worker, error));
    return worker;
  }

  private replace(worker: Worker, error: Error): void {
    const id = this.busy.get(worker);
    this.busy.delete(worker);
    if (id !== undefined) {
      this.pending.get(id)?.reject(error);
      this.pending.delete(id);
    }
    const index = this.workers.indexOf(worker);
    const fresh = this.spawn();
    if (index >= 0) this.workers[index] = fresh;
    this.idle.push(fresh);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const request = this.queue.shift() as WorkerRequest;
      this.busy.set(worker, request.id);
      worker.postMessage(request);
    }
  }
}
