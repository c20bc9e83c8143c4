/** The worker side of the parallel analyzer: analyse each batch it is sent. */
import { parentPort } from 'worker_threads';
import { inProcessAnalyzer } from '../core/analyzer';
import type { WorkerRequest } from './parallelAnalyzer';

export function runWorker(): void {
  parentPort?.on('message', async (req: WorkerRequest) => {
    parentPort?.postMessage(await inProcessAnalyzer.analyze(req.inputs, req.config, req.today));
  });
}
