#!/usr/bin/env node
// The standard, online way to run the integration tests: @vscode/test-electron downloads a desktop
// VS Code (cached in .vscode-test/) and runs the same bundled suite (dist-test/suite.js, through its
// `run()` export) in the desktop extension host, with this repository as the extension under
// development.
//
// It needs internet (VS Code is downloaded from update.code.visualstudio.com), so it cannot run on
// our CI machines: those use `npm run test:vscode` (scripts/test-vscode.mjs, code-server + chromium).
// Both open a temp copy of sample-workspace/ and pass its path to the tests as ATELIER_VSCODE_WORKSPACE.
//
//   node test/vscode/runElectron.mjs
//   VSCODE_TEST_VERSION=1.90.0 node test/vscode/runElectron.mjs   (default: stable)
// On a Linux machine without a display, run it under xvfb-run.
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// dist/extension.js and dist-test/suite.js, built exactly as for the offline runner.
execFileSync(process.execPath, ['scripts/test-vscode.mjs', '--build-only'], { cwd: root, stdio: 'inherit' });

const tmp = mkdtempSync(path.join(os.tmpdir(), 'atelier-electron-'));
const workspace = path.join(tmp, 'workspace');
cpSync(path.join(root, 'sample-workspace'), workspace, {
  recursive: true,
  filter: (src) => path.basename(src) !== 'generated',
});

let code = 1;
try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION || 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist-test/suite.js'),
    extensionTestsEnv: { ATELIER_VSCODE_WORKSPACE: workspace },
    launchArgs: [
      workspace, // the folder to open
      '--disable-extensions', // only the extension under development, none of the user's
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${path.join(tmp, 'user-data')}`,
    ],
  });
  code = 0;
} catch (e) {
  // runTests rejects when VS Code exits non-zero, i.e. when the suite's run() rejected.
  console.error(`Integration tests failed: ${e instanceof Error ? e.message : e}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
