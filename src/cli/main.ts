/** Entry point of the bundled CLI; the same file runs the analysis workers. */
import { isMainThread, workerData } from 'worker_threads';
import { cachedAnalyzer } from './cache';
import { cli } from './cli';
import { parallelAnalyzer } from './parallelAnalyzer';
import { runWorker } from './worker';

if (!isMainThread && (workerData as { atelierWorker?: boolean } | undefined)?.atelierWorker) {
  runWorker();
} else {
  cli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    analyzer: async (dir, useCache) => {
      const workers = parallelAnalyzer(__filename);
      return useCache ? cachedAnalyzer(workers, dir) : workers;
    },
  }).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`atelier: unexpected failure: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
