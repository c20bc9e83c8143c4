/**
 * Benchmark (not a test of correctness), in the web worker extension host: how long the browser
 * build takes to index the workspace and publish its diagnostics, and how long it ever holds the
 * worker's event loop meanwhile (the chunked analysis yields every ~20 ms). Figures go to
 * `.atelier-bench.json` in the workspace (workspace.fs), which bench/web.mjs reads.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { chunkedAnalyzer, fixedClock, Workspace, type WorkspaceFiles } from '../../../src/core';
import type { AtelierApi } from '../../../src/extension/extension';
import { vscodeWorkspaceFiles } from '../../../src/extension/vscodeFiles';

/** Where the time of an index goes: listing, reading through workspace.fs, analysing (no publishing). */
async function breakdown(root: vscode.Uri, today: string): Promise<Record<string, number>> {
  const files = vscodeWorkspaceFiles(root);
  let t = performance.now();
  const paths = await files.list();
  const listMs = performance.now() - t;
  t = performance.now();
  const texts = new Map<string, Uint8Array>();
  await Promise.all(
    paths.filter((p) => p.endsWith('.md') || p === 'atelier.yaml').map(async (p) => texts.set(p, await files.read(p))),
  );
  const readMs = performance.now() - t;
  const memory: WorkspaceFiles = { list: async () => [...texts.keys()], read: async (p) => texts.get(p)! };
  const ws = new Workspace({ files: memory, clock: fixedClock(today), analyzer: chunkedAnalyzer() });
  t = performance.now();
  await ws.load();
  const analyseMs = performance.now() - t;
  t = performance.now();
  let diagnostics = 0;
  for (const p of ws.paths()) diagnostics += ws.diagnosticsOf(p).length;
  const diagnoseMs = performance.now() - t;
  return {
    files: texts.size,
    diagnostics,
    listMs: Math.round(listMs),
    readMs: Math.round(readMs),
    analyseMs: Math.round(analyseMs),
    diagnoseMs: Math.round(diagnoseMs),
  };
}

/** The longest wait of a 5 ms timer while `work` runs: how long the event loop was held at once. */
async function longestBlock(work: () => Thenable<unknown>): Promise<{ ms: number; longestBlockMs: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { ms: Math.round(performance.now() - started), longestBlockMs: Math.round(longest) };
}

suite('benchmark: indexing in the web worker', () => {
  test('first index at activation, then a full re-index while the event loop is watched', async function () {
    this.timeout(600000);
    const ext = vscode.extensions.getExtension<AtelierApi>('atelier-coop.atelier')!;
    const api = await ext.activate();
    await api.ready;
    const records = api.roots.all().reduce((n, r) => n + r.workspace.records().length, 0);
    const firstLoad = { ...api.roots.lastLoad };
    // A full re-index: files listed and read again through workspace.fs, analysed in slices, published.
    const reindex = await longestBlock(() => api.roots.load());
    const parts = await breakdown(api.roots.all()[0].uri, api.roots.all()[0].workspace.today);
    const figures = {
      ...parts,
      host: api.host,
      records,
      activateMs: Math.round(api.timings.activateMs * 10) / 10,
      firstDiagnosticsMs: Math.round(api.timings.firstDiagnosticsMs),
      readyMs: Math.round(api.timings.readyMs),
      firstLoad: Object.fromEntries(Object.entries(firstLoad).map(([k, v]) => [k, Math.round(v)])),
      reindexMs: reindex.ms,
      longestBlockMs: reindex.longestBlockMs,
    };
    const folder = vscode.workspace.workspaceFolders![0].uri;
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, '.atelier-bench.json'),
      new TextEncoder().encode(JSON.stringify(figures)),
    );
    assert.ok(records > 0, JSON.stringify(figures));
  });
});
