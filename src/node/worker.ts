/** Entry of the analysis worker threads (bundled as dist/worker.js): analyse each batch it is sent. */
import { parentPort } from 'worker_threads';
import { analyzeRecordFile } from '../core/analyze';
import type { WorkerRequest } from './parallelAnalyzer';

parentPort?.on('message', (req: WorkerRequest) => {
  // Posting copies the analyses: they reach the main thread holding no part of the texts.
  parentPort?.postMessage(req.inputs.map((i) => analyzeRecordFile(i.path, i.text, req.config, req.today)));
});
