/** Documents from VS Code: the palette commands write real files a coordinator can hand over. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';

const EXTENSION_ID = 'atelier-coop.atelier';
const uriOf = (rel: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...rel.split('/'));

interface CliResult {
  status: number;
  written: vscode.Uri[];
  messages: string;
}

async function ready(): Promise<void> {
  const ext = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID)!;
  await (
    await ext.activate()
  ).ready;
}

suite('documents', () => {
  test('Generate sign-in sheet writes the PDF into the output folder', async () => {
    await ready();
    const r = await vscode.commands.executeCommand<CliResult>(
      'atelier.generateSigninSheet',
      uriOf('sessions/2026-03-12-atelier-lyon.md'),
    );
    assert.equal(r.status, 0, r.messages);
    assert.equal(r.written.length, 1);
    assert.match(r.written[0].path, /generated\/2026-03-12-atelier-lyon\/emargement-2026-03-12-atelier-lyon\.pdf$/);
    const bytes = fs.readFileSync(r.written[0].fsPath);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.ok(bytes.length > 10000, `${bytes.length} bytes: the font is embedded`);
  });

  test('Generate certificates writes one PDF per participant present', async () => {
    await ready();
    const r = await vscode.commands.executeCommand<CliResult>(
      'atelier.generateCertificates',
      uriOf('sessions/2026-03-12-atelier-lyon.md'),
    );
    assert.equal(r.status, 0, r.messages);
    assert.equal(r.written.length, 8);
    for (const u of r.written) assert.equal(fs.readFileSync(u.fsPath).subarray(0, 5).toString(), '%PDF-');
  });

  test('Compose emails opens the preview of each recipient', async () => {
    await ready();
    const preview = await vscode.commands.executeCommand<{ panel: vscode.WebviewPanel; shown: Promise<number> }>(
      'atelier.composeEmails',
      uriOf('sessions/2026-11-05-accueil-vallee-verte.md'),
      'bienvenue-apres-achat',
    );
    assert.ok(preview, 'no panel');
    const panel = preview.panel;
    // The webview's own script asked for the messages: it loaded under the strict CSP.
    assert.equal(await preview.shown, 11);
    assert.equal(panel.title, 'Emails: bienvenue-apres-achat');
    assert.equal(panel.webview.options.enableScripts, true);
    assert.ok(panel.webview.html.includes("default-src 'none'"), 'strict CSP');
  });
});
