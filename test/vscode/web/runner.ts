/**
 * A small TDD runner for the web worker extension host, where mocha (Node streams, `process`)
 * does not run: `suite`, `test`, `suiteSetup`, `suiteTeardown`, `setup`, `teardown`, `this.timeout`
 * and `this.skip`, as the VS Code suites use them, with the same report as test/vscode/suite/index.ts
 * (its last line `N passed, N failed`). Install the globals before the test files are evaluated.
 */
import * as vscode from 'vscode';

type Fn = (this: Context) => unknown;
interface Context {
  timeout(ms: number): void;
  skip(): never;
}
interface Test {
  title: string;
  fn?: Fn;
}
interface Suite {
  title: string;
  tests: (Test | Suite)[];
  before: Fn[];
  after: Fn[];
  beforeEach: Fn[];
  afterEach: Fn[];
  parent?: Suite;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  output: string;
}

const DEFAULT_TIMEOUT_MS = 60_000; // as the desktop suites (test/vscode/suite/index.ts): a loaded CI machine is slow
class Skipped extends Error {}

const newSuite = (title: string, parent?: Suite): Suite => ({
  title,
  tests: [],
  before: [],
  after: [],
  beforeEach: [],
  afterEach: [],
  parent,
});
const root = newSuite('');
let current = root;

export function installGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  g.suite = (title: string, body: () => void) => {
    const s = newSuite(title, current);
    current.tests.push(s);
    current = s;
    try {
      body();
    } finally {
      current = s.parent!;
    }
  };
  g.test = (title: string, fn?: Fn) => current.tests.push({ title, fn });
  g.suiteSetup = (fn: Fn) => current.before.push(fn);
  g.suiteTeardown = (fn: Fn) => current.after.push(fn);
  g.setup = (fn: Fn) => current.beforeEach.push(fn);
  g.teardown = (fn: Fn) => current.afterEach.push(fn);
}

/** Runs `fn` with its context, failing after the timeout it sets (30 s unless it says otherwise). */
async function call(fn: Fn): Promise<void> {
  let limit = DEFAULT_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rearm: (() => void) | undefined;
  const ctx: Context = {
    timeout(ms) {
      limit = ms;
      rearm?.();
    },
    skip() {
      throw new Skipped();
    },
  };
  const timeout = new Promise<never>((_, reject) => {
    rearm = () => {
      clearTimeout(timer);
      if (limit > 0) timer = setTimeout(() => reject(new Error(`Timeout of ${limit}ms exceeded`)), limit);
    };
    rearm();
  });
  try {
    await Promise.race([Promise.resolve().then(() => fn.call(ctx)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const isSuite = (t: Test | Suite): t is Suite => 'tests' in t;
const hooks = (s: Suite | undefined, pick: (s: Suite) => Fn[]): Fn[] =>
  s ? [...hooks(s.parent, pick), ...pick(s)] : [];

export async function runSuites(): Promise<SuiteResult> {
  const lines = [
    `VS Code ${vscode.version} (uiKind ${vscode.UIKind[vscode.env.uiKind]}, remote ${vscode.env.remoteName ?? 'none'})`,
    '',
  ];
  const failures: { title: string; err: unknown }[] = [];
  let passed = 0;
  let pending = 0;

  async function runSuite(s: Suite, depth: number, path: string[]): Promise<void> {
    const pad = '  '.repeat(Math.max(depth, 0));
    if (s !== root) lines.push(`${pad}${s.title}`);
    const fullTitle = (t: string) => [...path, t].join(' ');
    try {
      for (const h of s.before) await call(h);
    } catch (err) {
      failures.push({ title: fullTitle('"before all" hook'), err });
      lines.push(`${pad}  ✗ ${failures.length}) "before all" hook`);
      return;
    }
    for (const t of s.tests) {
      if (isSuite(t)) {
        await runSuite(t, depth + 1, [...path, t.title]);
        continue;
      }
      if (!t.fn) {
        pending++;
        lines.push(`${pad}  - ${t.title} (pending)`);
        continue;
      }
      const started = Date.now();
      try {
        for (const h of hooks(s, (x) => x.beforeEach)) await call(h);
        await call(t.fn);
        for (const h of hooks(s, (x) => x.afterEach).reverse()) await call(h);
        passed++;
        lines.push(`${pad}  ✓ ${t.title} (${Date.now() - started} ms)`);
      } catch (err) {
        if (err instanceof Skipped) {
          pending++;
          lines.push(`${pad}  - ${t.title} (pending)`);
          continue;
        }
        failures.push({ title: fullTitle(t.title), err });
        lines.push(`${pad}  ✗ ${failures.length}) ${t.title}`);
      }
    }
    for (const h of s.after)
      await call(h).catch((err: unknown) => {
        failures.push({ title: fullTitle('"after all" hook'), err });
        lines.push(`${pad}  ✗ ${failures.length}) "after all" hook`);
      });
  }

  await runSuite(root, -1, []);
  if (failures.length) {
    lines.push('', 'Failures:');
    failures.forEach(({ title, err }, i) => {
      const stack = String((err as Error)?.stack ?? err)
        .split('\n')
        .slice(0, 12)
        .join('\n      ');
      lines.push('', `  ${i + 1}) ${title}`, `      ${stack}`);
    });
  }
  lines.push('');
  if (pending > 0) lines.push(`${pending} pending`);
  lines.push(`${passed} passed, ${failures.length} failed`);
  return { passed, failed: failures.length, pending, output: lines.join('\n') };
}
