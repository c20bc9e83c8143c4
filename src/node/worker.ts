/** Entry of the analysis worker threads (bundled as dist/worker.js): analyse each batch it is sent. */
import { parentPort } from 'worker_threads';
import { inProcessAnalyzer } from '../core/analyzer';
import type { WorkerRequest } from './parallelAnalyzer';

parentPort?.on('message', async (req: WorkerRequest) => {
  parentPort?.postMessage(await inProcessAnalyzer.analyze(req.inputs, req.config, req.today));
});
