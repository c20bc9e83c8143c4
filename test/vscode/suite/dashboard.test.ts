/** The dashboard in a real VS Code: the command opens the webview, the page runs under its CSP, links open files. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { DashboardPanel } from '../../../src/extension/dashboard/dashboardPanel';
import type { AtelierApi } from '../../../src/extension/extension';

async function api(): Promise<AtelierApi> {
  const exports = await vscode.extensions.getExtension<AtelierApi>('atelier-coop.atelier')!.activate();
  await exports.ready;
  return exports;
}

/** Resolves with the first value `check` accepts, from now or from the next events (no sleeping). */
function when<T>(event: vscode.Event<T>, now: () => T | undefined, check: (v: T) => boolean, what: string): Promise<T> {
  const current = now();
  if (current !== undefined && check(current)) return Promise.resolve(current);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (sub.dispose(), reject(new Error(`timed out waiting for ${what}`))), 30000);
    const sub = event((v) => {
      if (!check(v)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

suite('dashboard', () => {
  let panel: DashboardPanel;

  suiteTeardown(() => panel?.panel.dispose());

  test('"Atelier: Open dashboard" shows the webview, which runs under a strict CSP and draws the figures', async () => {
    const a = await api();
    await vscode.commands.executeCommand('atelier.openDashboard');
    panel = a.dashboards.current!;
    assert.equal(panel.panel.viewType, 'atelier.dashboard');
    const html = panel.panel.webview.html;
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9]{20,}'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.deepEqual(
      panel.panel.webview.options.localResourceRoots?.map((u) => u.path.split('/').slice(-2).join('/')),
      ['dist/webview'],
    );
    // The page itself ran in the webview: it asked for the model and reported drawing it.
    const ms = await when(
      panel.onDidPaint,
      () => panel.paintedMs,
      () => true,
      'the dashboard to be drawn',
    );
    assert.ok(ms > 0);
    const model = panel.model!;
    const accepted = model.quotes.by_status.find((s) => s.status === 'accepted')!;
    assert.deepEqual([accepted.count, accepted.total_ht, accepted.total_ttc], [3, 13368, 16041.6]);
    assert.deepEqual(model.quotes.conversion, { accepted: 3, decided: 5, rate: 0.6 });
    assert.deepEqual(model.missions.list.items.find((m) => m.id === '2026-vallee-verte-numerique')?.planned, 5);
    assert.equal(model.locale, 'fr');
  });

  test('a link of the dashboard opens its file at the line; a path outside the workspace opens nothing', async () => {
    await panel.receive({ type: 'open', path: 'quotes/d-2026-034-vallee-verte.md', line: 8, column: 9 });
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.uri.path, /quotes\/d-2026-034-vallee-verte\.md$/);
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [7, 8]);
    await panel.receive({ type: 'open', path: '../../../etc/passwd' });
    assert.match(vscode.window.activeTextEditor!.document.uri.path, /d-2026-034-vallee-verte\.md$/);
  });

  test('follows edits: a quote refused in the editor shows in the figures', async () => {
    panel.panel.reveal(vscode.ViewColumn.Beside, true);
    const doc = await vscode.workspace.openTextDocument(
      vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'quotes', 'd-2026-046-terre-vivante.md'),
    );
    const edit = new vscode.WorkspaceEdit();
    const at = doc.getText().indexOf('status: draft');
    edit.replace(
      doc.uri,
      new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'status: draft'.length)),
      'status: refused',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    const refused = (m: { quotes: { by_status: { status: string; count: number }[] } }) =>
      m.quotes.by_status.find((s) => s.status === 'refused')?.count;
    const model = await when(
      panel.onDidPost,
      () => panel.model,
      (m) => refused(m) === 2,
      'the edited quote in the dashboard',
    );
    assert.deepEqual(model.quotes.conversion, { accepted: 3, decided: 6, rate: 0.5 });
    const back = new vscode.WorkspaceEdit();
    back.replace(
      doc.uri,
      new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'status: refused'.length)),
      'status: draft',
    );
    assert.ok(await vscode.workspace.applyEdit(back));
    await doc.save();
  });
});
