/** Which extension host runs Atelier, and what it offers there: in the browser, everything but git. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api } from './helpers';

/** A web worker has `importScripts` and no Node `process` (vscode.dev, github.dev, code-server's web host). */
const inWebWorker = () =>
  typeof (globalThis as { importScripts?: unknown }).importScripts === 'function' &&
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node !== 'string';

suite('extension host', () => {
  test('the entry that runs matches the host: the browser build in a web worker, else the Node one', async () => {
    const a = await api();
    assert.equal(a.host, inWebWorker() ? 'web' : 'desktop');
  });

  test('the git review is there only where git runs; in the browser its command says why not', async () => {
    const a = await api();
    if (a.host === 'desktop') {
      assert.ok(a.review, 'no live review on the desktop');
      return;
    }
    assert.equal(a.review, undefined);
    // Still registered (the manifest declares it), hidden from the palette, harmless when run.
    assert.ok((await vscode.commands.getCommands(true)).includes('atelier.reviewChanges'));
    const ext = vscode.extensions.getExtension('atelier-coop.atelier')!;
    const palette = ext.packageJSON.contributes.menus.commandPalette as { command: string; when: string }[];
    assert.equal(palette.find((m) => m.command === 'atelier.reviewChanges')?.when, 'atelier.git');
  });

  test('the workspace is read through workspace.fs in the browser: its folder is not a local file', async function () {
    const a = await api();
    if (a.host !== 'web') this.skip();
    assert.notEqual(a.roots.all()[0].uri.scheme, 'file');
    assert.equal(a.roots.all()[0].workspace.records().length, 62);
  });
});
