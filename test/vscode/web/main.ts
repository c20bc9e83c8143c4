/**
 * The test-only runner extension of the web worker host (its `browser` entry, bundled by
 * scripts/test-vscode.mjs --web with the suite files the browser host runs). It runs them once the
 * host has started and writes the result as JSON into the workspace through `workspace.fs`
 * (`.atelier-test-results.json`, which lands in the real folder the runner script waits on).
 */
import * as vscode from 'vscode';
import { runSuites, type SuiteResult } from './runner';

export const RESULTS_FILE = '.atelier-test-results.json';

export function activate(): void {
  setTimeout(() => void runAndReport(), 0);
}

async function runAndReport(): Promise<void> {
  let result: SuiteResult & { error?: string };
  try {
    result = await runSuites();
  } catch (err) {
    result = { passed: 0, failed: 0, pending: 0, output: '', error: String((err as Error)?.stack ?? err) };
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return;
  const bytes = new TextEncoder().encode(JSON.stringify(result, null, 2));
  // Written then renamed, so the runner script never reads a half-written file.
  const temp = vscode.Uri.joinPath(folder, `${RESULTS_FILE}.tmp`);
  await vscode.workspace.fs.writeFile(temp, bytes);
  await vscode.workspace.fs.rename(temp, vscode.Uri.joinPath(folder, RESULTS_FILE), { overwrite: true });
}

export function deactivate(): void {}
