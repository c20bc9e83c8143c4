/** The analysis workers: a worker that dies (out of memory, crashed) never loses a batch nor hangs the run. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { inProcessAnalyzer } from '../../src/core/analyzer';
import { defaultConfig } from '../../src/core/config';
import { MIN_FILES_FOR_WORKERS, parallelAnalyzer } from '../../src/node/parallelAnalyzer';
import { tempDir } from '../helpers/temp';

const TODAY = '2026-11-23';
const inputs = [
  {
    path: 'people/ana.md',
    text: '---\ntype: person\nfirst_name: Ana\nlast_name: Ribeiro\nemail: ana@example.org\n---\n',
  },
  { path: 'people/bad.md', text: '---\ntype: person\nfirst_name: [\n---\n' },
];

function workerScript(body: string): string {
  const file = path.join(tempDir('atelier-worker-'), 'worker.js');
  fs.writeFileSync(file, `const { parentPort } = require('worker_threads');\n${body}\n`);
  return file;
}

async function analyseWith(script: string) {
  const analyzer = parallelAnalyzer(script, 2);
  analyzer.begin!(MIN_FILES_FOR_WORKERS, defaultConfig, TODAY);
  try {
    // More batches than workers: some are queued behind the one that kills its worker.
    return await Promise.all([1, 2, 3, 4].map(() => analyzer.analyze(inputs, defaultConfig, TODAY)));
  } finally {
    await analyzer.end!();
  }
}

describe('analysis workers', function () {
  this.timeout(60000);
  const expected = async () => inProcessAnalyzer.analyze(inputs, defaultConfig, TODAY);

  it('analyses in-process the batches of a worker that ran out of memory', async () => {
    const hog = workerScript(
      `parentPort.on('message', () => { const a = []; for (;;) a.push(new Array(1e5).fill(a.length)); });`,
    );
    const results = await analyseWith(hog);
    for (const r of results) assert.deepEqual(r, await expected());
  });

  it('analyses in-process the batches of a worker that exited', async () => {
    const quitter = workerScript(`parentPort.on('message', () => process.exit(3));`);
    const results = await analyseWith(quitter);
    for (const r of results) assert.deepEqual(r, await expected());
    assert.equal(results[1][1].diagnostics[0].code, (await expected())[1].diagnostics[0].code);
  });
});
