/** What several VS Code suites share: the extension's API once indexed, waiting on events, a diagnostic's code. */
import * as vscode from 'vscode';
import type { AtelierApi } from '../../../src/extension/extension';

/** The Atelier extension, activated, once its workspace is indexed. */
export async function api(): Promise<AtelierApi> {
  const exports = await vscode.extensions.getExtension<AtelierApi>('atelier-coop.atelier')!.activate();
  await exports.ready;
  return exports;
}

/**
 * Resolves when `check` holds, re-checked on each `event` (no sleeping), or fails after 20 s naming
 * `what` (an edit's diagnostics took over 10 s once in the web worker host of a CI run sharing the
 * machine with another CPU-heavy job).
 */
export function when<T>(event: vscode.Event<unknown>, check: () => T | undefined, what: string): Promise<T> {
  const now = check();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (sub.dispose(), reject(new Error(`timed out waiting for ${what}`))), 20000);
    const sub = event(() => {
      const found = check();
      if (!found) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(found);
    });
  });
}

/** A diagnostic's code as a string, whether or not it carries a link. */
export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
