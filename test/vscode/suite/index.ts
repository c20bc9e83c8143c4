/**
 * Runs the integration tests inside a VS Code extension host.
 *
 * scripts/test-vscode.mjs bundles this file, mocha and every `test/vscode/suite/**\/*.test.ts`
 * into dist-test/suite.js (`vscode` stays external: the extension host provides it). Two callers:
 * - test/vscode/runner-extension (offline code-server route) calls `runSuite()` and writes the
 *   result as JSON for the runner script;
 * - @vscode/test-electron (online route, test/vscode/runElectron.mjs) calls `run()`, which must
 *   reject when a test fails.
 */
import Mocha from 'mocha';
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  /** Spec-like report; its last line is `N passed, N failed` (CI parses it). */
  output: string;
}

export function createRunner(loadTests: () => void): {
  run: () => Promise<void>;
  runSuite: () => Promise<SuiteResult>;
} {
  async function runSuite(): Promise<SuiteResult> {
    const lines: string[] = [];
    const failures: { title: string; err: Error }[] = [];
    let passed = 0;
    let failed = 0;
    let pending = 0;

    // Our own small reporter: the extension host's stdout goes nowhere useful, so the report is
    // collected as text and handed back to the caller.
    const { EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } =
      Mocha.Runner.constants;
    class CollectingReporter {
      constructor(runner: Mocha.Runner) {
        let depth = 0;
        const pad = () => '  '.repeat(depth);
        runner.on(EVENT_SUITE_BEGIN, (s: Mocha.Suite) => {
          if (s.root) return;
          depth++;
          lines.push(`${pad()}${s.title}`);
        });
        runner.on(EVENT_SUITE_END, (s: Mocha.Suite) => {
          if (!s.root) depth--;
        });
        runner.on(EVENT_TEST_PASS, (t: Mocha.Test) => {
          passed++;
          lines.push(`${pad()}  ✓ ${t.title} (${t.duration ?? 0} ms)`);
        });
        runner.on(EVENT_TEST_PENDING, (t: Mocha.Test) => {
          pending++;
          lines.push(`${pad()}  - ${t.title} (pending)`);
        });
        // Also fires for failing hooks, which count as failures too.
        runner.on(EVENT_TEST_FAIL, (t: Mocha.Runnable, err: Error) => {
          failed++;
          failures.push({ title: t.fullTitle(), err });
          lines.push(`${pad()}  ✗ ${failures.length}) ${t.title}`);
        });
      }
    }

    const toSource = sourceMapper();
    const mocha = new Mocha({
      ui: 'tdd',
      timeout: 60_000, // a loaded CI machine (another CPU-heavy job beside it) takes its time
      color: false,
      reporter: CollectingReporter as unknown as string,
    });
    lines.push(
      `VS Code ${vscode.version} (uiKind ${vscode.UIKind[vscode.env.uiKind]}, remote ${vscode.env.remoteName ?? 'none'})`,
      '',
    );
    // What `mocha.loadFiles` does for files on disk: expose suite/test globals, then load the tests.
    mocha.suite.emit('pre-require', globalThis, 'dist-test/suite.js', mocha);
    loadTests();

    await new Promise<void>((resolve) => mocha.run(() => resolve()));

    if (failures.length > 0) {
      lines.push('', 'Failures:');
      failures.forEach(({ title, err }, i) => {
        // Keep the test's own frames: mocha's and Node's internals only add noise.
        const stack = String(err?.stack ?? err)
          .split('\n')
          .map(toSource)
          .filter((l) => !/^\s+at .*(node_modules[\\/]mocha[\\/]|node:internal)/.test(l))
          .slice(0, 12)
          .join('\n      ');
        lines.push('', `  ${i + 1}) ${title}`, `      ${stack}`);
      });
    }
    lines.push('');
    if (pending > 0) lines.push(`${pending} pending`);
    lines.push(`${passed} passed, ${failed} failed`);
    return { passed, failed, pending, output: lines.join('\n') };
  }

  // The contract of VS Code's test runners (`extensionTestsPath`): resolve when all tests pass.
  async function run(): Promise<void> {
    const result = await runSuite();
    console.log(result.output);
    if (result.failed > 0) throw new Error(`${result.failed} integration test(s) failed`);
    if (result.passed === 0) throw new Error('no integration test ran');
  }

  return { run, runSuite };
}

/**
 * Maps `dist-test/suite.js:line:col` in stack frames back to the TypeScript sources through
 * suite.js.map. Node's own source-map support does not apply: VS Code's extension host installs
 * its own Error.prepareStackTrace.
 */
function sourceMapper(): (line: string) => string {
  let map: SourceMap;
  try {
    map = new SourceMap(JSON.parse(fs.readFileSync(`${__filename}.map`, 'utf8')));
  } catch {
    return (line) => line; // no map next to the bundle: raw frames
  }
  // Frames name the bundle by absolute or relative path, depending on the host.
  const bundle = path.basename(__filename).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const frame = new RegExp(`[^\\s()]*${bundle}:(\\d+):(\\d+)`);
  return (line) =>
    line.replace(frame, (whole, l: string, c: string) => {
      const entry = map.findEntry(Number(l) - 1, Number(c) - 1) as {
        originalSource?: string;
        originalLine?: number;
        originalColumn?: number;
      };
      if (entry?.originalSource === undefined || entry.originalLine === undefined) return whole;
      // Sources are relative to dist-test/: show them relative to the repository root.
      const source = entry.originalSource.replace(/^(?:file:\/\/)?(?:\.\.\/)+/, '');
      return `${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
    });
}
