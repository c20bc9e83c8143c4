/** Benchmark (not a test of correctness): activation time and time to first diagnostics in a real VS Code. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { AtelierApi } from '../../../src/extension/extension';

/**
 * With ATELIER_BENCH_HEAP=FILE: what the host still holds 20 s after the first diagnostics (the cache
 * is written in the background by then), after a full GC, and a heap snapshot in FILE to see by whom.
 */
async function heapFigures(): Promise<Record<string, number>> {
  await new Promise((r) => setTimeout(r, 20000));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const v8 = require('node:v8');
  v8.setFlagsFromString('--expose-gc');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:vm').runInNewContext('gc') as () => void)();
  const m = process.memoryUsage();
  v8.writeHeapSnapshot(process.env.ATELIER_BENCH_HEAP);
  return { rssAfterGcMB: m.rss >> 20, heapUsedMB: m.heapUsed >> 20, externalMB: m.external >> 20 };
}

suite('benchmark: activation', () => {
  test('activation returns at once; the index and diagnostics follow', async function () {
    this.timeout(600000);
    const ext = vscode.extensions.getExtension<AtelierApi>('atelier-coop.atelier')!;
    const api = await ext.activate();
    await api.ready;
    const records = api.roots.all().reduce((n, r) => n + r.workspace.records().length, 0);
    const figures = {
      records,
      activateMs: Math.round(api.timings.activateMs * 10) / 10,
      firstDiagnosticsMs: Math.round(api.timings.firstDiagnosticsMs),
      readyMs: Math.round(api.timings.readyMs),
      // The extension host's peak resident memory so far (it runs only this extension here).
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      errors: vscode.languages.getDiagnostics().reduce((n, [, ds]) => n + ds.length, 0),
      ...(process.env.ATELIER_BENCH_HEAP ? await heapFigures() : {}),
    };
    if (process.env.ATELIER_VSCODE_BENCH_OUT)
      fs.writeFileSync(process.env.ATELIER_VSCODE_BENCH_OUT, JSON.stringify(figures));
    assert.ok(records > 0, JSON.stringify(figures));
  });
});
