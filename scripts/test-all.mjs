// `npm test`: build, type-check, lint (format, linter, layers), unit and CLI tests (mocha), then the integration tests in a real
// VS Code; ends with one "N passed, N failed" line for the whole run (CI reads it).
import { spawn } from 'node:child_process';

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let passed = 0;
let failed = 0;
for (const step of ['build', 'typecheck']) {
  const r = await run(npm, ['run', '--silent', step]);
  if (r.code !== 0) {
    console.log(`\nnpm run ${step} failed\n0 passed, 1 failed`);
    process.exit(1);
  }
}
// The formatter, the linter and the layer rules: a failure is counted, and the tests still run.
const lint = await run(npm, ['run', '--silent', 'lint']);
if (lint.code !== 0) {
  console.log('\nnpm run lint failed');
  failed += 1;
}
const unit = await run(npm, ['run', '--silent', 'test:unit']);
passed += Number(/(\d+) passing/.exec(unit.out)?.[1] ?? 0);
failed += Number(/(\d+) failing/.exec(unit.out)?.[1] ?? 0) || (unit.code !== 0 ? 1 : 0);
if (process.env.ATELIER_SKIP_VSCODE_TESTS) {
  console.log('\n(integration tests in VS Code skipped: ATELIER_SKIP_VSCODE_TESTS is set)');
} else {
  // The main suite in English, then the extension's French texts in a VS Code set to French, then the
  // browser build in the web worker extension host (vscode.dev, github.dev) on the suites that apply.
  for (const env of [
    {},
    { ATELIER_VSCODE_LOCALE: 'fr', ATELIER_VSCODE_SUITE_DIR: 'test/vscode/french' },
    { ATELIER_VSCODE_HOST: 'web' },
  ]) {
    const vs = await run(npm, ['run', '--silent', 'test:vscode'], env);
    const m = /(\d+) passed, (\d+) failed\s*$/.exec(vs.out);
    passed += Number(m?.[1] ?? 0);
    failed += m ? Number(m[2]) : 0;
    if (vs.code !== 0 && !(m && Number(m[2]) > 0)) failed += 1;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
