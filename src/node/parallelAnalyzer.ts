/** Analyses files on worker threads (both cores) when there are enough to be worth it. */
import * as os from 'os';
import { Worker } from 'worker_threads';
import type { FileAnalysis } from '../core/analyze';
import { inProcessAnalyzer, type AnalysisInput, type Analyzer } from '../core/analyzer';
import type { WorkspaceConfig } from '../core/config';

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 400;
const CHUNK = 250;

export interface WorkerRequest {
  inputs: AnalysisInput[];
  config: WorkspaceConfig;
  today: string;
}

export function parallelAnalyzer(workerScript: string, threads = Math.min(4, os.availableParallelism?.() ?? os.cpus().length)): Analyzer {
  return {
    async analyze(inputs, config, today) {
      if (inputs.length < MIN_FILES_FOR_WORKERS || threads < 2) return inProcessAnalyzer.analyze(inputs, config, today);
      const results: FileAnalysis[] = new Array(inputs.length);
      let next = 0;
      const workers = Array.from({ length: threads }, () => new Worker(workerScript, { workerData: { atelierWorker: true } }));
      try {
        await Promise.all(
          workers.map(async (worker) => {
            while (next < inputs.length) {
              const start = next;
              next += CHUNK;
              const chunk = inputs.slice(start, start + CHUNK);
              const out = await request(worker, { inputs: chunk, config, today });
              out.forEach((a, i) => (results[start + i] = a));
            }
          }),
        );
      } finally {
        await Promise.all(workers.map((w) => w.terminate()));
      }
      return results;
    },
  };
}

function request(worker: Worker, req: WorkerRequest): Promise<FileAnalysis[]> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const onMessage = (out: FileAnalysis[]) => (done(), resolve(out));
    const onError = (e: Error) => (done(), reject(e));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(req);
  });
}
