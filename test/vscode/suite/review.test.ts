/** The git review while editing, in a real VS Code: the workspace copy becomes a repository here. */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { AtelierApi } from '../../../src/extension/extension';
import type { ReviewedFile } from '../../../src/extension/review/reviewCommand';

const SESSION = 'sessions/2026-04-09-atelier-lyon-2.md'; // done, in a closed mission
const SUBJECT = 'Import the records';

async function api(): Promise<AtelierApi> {
  const exports = await vscode.extensions.getExtension<AtelierApi>('atelier-coop.atelier')!.activate();
  await exports.ready;
  return exports;
}

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (rel: string) => vscode.Uri.joinPath(folder(), ...rel.split('/'));
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** git in the workspace copy, at a fixed date, whatever the machine's identity. */
function git(...args: string[]): string {
  const date = '2026-01-05T12:00:00+01:00';
  return execFileSync(
    'git',
    ['-c', 'user.name=Camille Martin', '-c', 'user.email=camille@example.org', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: folder().fsPath,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    },
  );
}

/** Resolves when the Atelier diagnostics of `uri` satisfy `check` (driven by the event, time-limited). */
function diagnosticsWhere(
  uri: vscode.Uri,
  check: (d: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Atelier');
  if (check(ours())) return Promise.resolve(ours());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => (
        sub.dispose(),
        reject(
          new Error(`timed out waiting for ${what}: ${JSON.stringify(ours().map((d) => `${codeOf(d)} ${d.message}`))}`),
        )
      ),
      10000,
    );
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (!check(ours())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(ours());
    });
  });
}

/**
 * Opens the file in an editor and returns the editor's document. Not `openTextDocument` first: a
 * document an earlier suite closed can still be handed out while its close is on the way, and
 * that object keeps the old text while the edits go to the new one.
 */
async function openEditor(rel: string): Promise<vscode.TextDocument> {
  return (await vscode.window.showTextDocument(uriOf(rel))).document;
}

const reviewed = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d).startsWith('review.'));

async function moveAfternoon(doc: vscode.TextDocument): Promise<void> {
  const from = 'start: "14:00"';
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), 'start: "13:30"');
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.ok(doc.getText().includes('start: "13:30"'), 'the edit is in the document');
}

function hoverText(hovers: vscode.Hover[]): string {
  // appendText escapes Markdown (spaces as &nbsp;, punctuation with a backslash): read it as plain text.
  const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return md.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
}

suite('review in git', () => {
  suiteSetup(async () => {
    await api();
    // Earlier suites may leave unsaved editors: commit what the editors show, so the base is the
    // same as the current text everywhere but where this suite edits.
    await vscode.workspace.saveAll(false);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', SUBJECT);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The next suites see a workspace outside git again, with no review finding left.
    fs.rmSync(vscode.Uri.joinPath(folder(), '.git').fsPath, { recursive: true, force: true });
    await (await api()).review!.refresh();
  });

  test('an edit that breaks a frozen rule is reported at the changed value; undo clears it', async () => {
    const uri = uriOf(SESSION);
    const doc = await openEditor(SESSION);
    const original = doc.getText();
    assert.deepEqual(reviewed(vscode.languages.getDiagnostics(uri)).map(codeOf), []);
    await moveAfternoon(doc);
    const ds = await diagnosticsWhere(
      uri,
      (x) => x.some((d) => codeOf(d) === 'review.slots-frozen'),
      'review.slots-frozen',
    );
    const slots = ds.find((d) => codeOf(d) === 'review.slots-frozen')!;
    assert.equal(doc.getText(slots.range), '"13:30"');
    assert.equal(slots.severity, vscode.DiagnosticSeverity.Error);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
    await diagnosticsWhere(uri, (x) => reviewed(x).length === 0, 'the review findings to disappear');
  });

  test('"Review changes" lists the changed record with its summary and findings', async () => {
    const doc = await openEditor(SESSION);
    await moveAfternoon(doc);
    try {
      const files = await vscode.commands.executeCommand<ReviewedFile[]>('atelier.reviewChanges');
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      // Earlier suites may leave unsaved editors: those are changes too.
      const session = files.find((f) => f.path === SESSION);
      assert.ok(session, `not listed: ${files.map((f) => f.path).join(', ')}`);
      assert.equal(session.change, 'modified');
      assert.match(session.summary, /14:00–17:00 → 13:30–17:00/);
      assert.deepEqual(session.findings.map((d) => d.code).sort(), ['review.mission-frozen', 'review.slots-frozen']);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });

  test('hovering a front-matter line names its last commit; an edited line is not committed yet', async () => {
    const uri = uriOf(SESSION);
    const doc = await openEditor(SESSION);
    const line = doc.getText().split('\n').indexOf('status: done');
    const committed = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      new vscode.Position(line, 2),
    );
    assert.match(hoverText(committed), new RegExp(`Camille Martin, 2026-01-05 — ${SUBJECT}`));
    await moveAfternoon(doc);
    try {
      const moved = doc.getText().split('\n').indexOf('    start: "13:30"');
      const edited = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        uri,
        new vscode.Position(moved, 6),
      );
      assert.match(hoverText(edited), /not committed yet|pas encore commité/i);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });
});
