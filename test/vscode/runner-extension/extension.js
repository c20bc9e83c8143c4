// Test-only companion extension, installed next to Atelier by scripts/test-vscode.mjs.
// When ATELIER_VSCODE_SUITE names the bundled suite (dist-test/suite.js), it runs the suite in
// this extension host (the real one, with the real `vscode` API) and writes the result as JSON
// to ATELIER_VSCODE_RESULTS, which the runner script waits for. Without the variable it does nothing.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function activate(context) {
  const suitePath = process.env.ATELIER_VSCODE_SUITE;
  const resultsPath = process.env.ATELIER_VSCODE_RESULTS;
  if (!suitePath || !resultsPath) return;
  // The runner script may open another folder once the suite reported (the first-run checks): run once.
  if (fs.existsSync(resultsPath)) return;
  // Run after activate() returns, so the extension host is not held up by the tests.
  setTimeout(() => void runAndReport(context, suitePath, resultsPath), 0);
}

async function runAndReport(context, suitePath, resultsPath) {
  let result;
  try {
    // The extension host hands `require('vscode')` the API of the extension whose folder the
    // requiring file is in; from dist-test/ it would fall back to an anonymous API (and log a
    // warning). So the suite (and its source map) runs from a copy in this extension's folder,
    // which lives in the throw-away --extensions-dir.
    const local = path.join(context.extensionPath, 'suite.js');
    fs.copyFileSync(suitePath, local);
    if (fs.existsSync(`${suitePath}.map`)) fs.copyFileSync(`${suitePath}.map`, `${local}.map`);
    const suite = require(local);
    result = await suite.runSuite();
  } catch (err) {
    result = { passed: 0, failed: 0, pending: 0, output: '', error: String((err && err.stack) || err) };
  }
  // Write then rename, so the runner never reads a half-written file.
  fs.writeFileSync(`${resultsPath}.tmp`, JSON.stringify(result, null, 2));
  fs.renameSync(`${resultsPath}.tmp`, resultsPath);
}

function deactivate() {}

module.exports = { activate, deactivate };
