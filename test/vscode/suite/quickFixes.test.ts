/** Quick fixes and completions that help, in a real VS Code on the French sample. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, codeOf, when } from './helpers';

const SESSION = 'sessions/2026-03-12-atelier-lyon.md';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (rel: string) => vscode.Uri.joinPath(folder(), ...rel.split('/'));

const diagnostic = (uri: vscode.Uri, code: string) =>
  when(
    vscode.languages.onDidChangeDiagnostics,
    () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'Atelier' && codeOf(d) === code),
    code,
  );

async function edit(doc: vscode.TextDocument, from: string | RegExp, to: string): Promise<void> {
  const text = doc.getText();
  const m = typeof from === 'string' ? { index: text.indexOf(from), 0: from } : from.exec(text);
  assert.ok(m && m.index! >= 0, `${String(from)} not in ${doc.uri.path}`);
  const e = new vscode.WorkspaceEdit();
  e.replace(doc.uri, new vscode.Range(doc.positionAt(m.index!), doc.positionAt(m.index! + m[0].length)), to);
  assert.ok(await vscode.workspace.applyEdit(e));
}

async function restore(doc: vscode.TextDocument, original: string): Promise<void> {
  const e = new vscode.WorkspaceEdit();
  e.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
  await vscode.workspace.applyEdit(e);
  await doc.save();
}

const actionsFor = (uri: vscode.Uri, d: vscode.Diagnostic) =>
  vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);

/**
 * The quick fixes offered on the diagnostic of this code, asked again (on the diagnostic as published
 * then) until some come, for up to 20 s: in a CI run sharing the machine with another CPU-heavy job,
 * the web worker host once answered none to the first request right after the diagnostic appeared.
 */
async function fixesFor(
  uri: vscode.Uri,
  code: string,
): Promise<{ d: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const until = Date.now() + 20_000;
  for (;;) {
    const d = await diagnostic(uri, code);
    const actions = await actionsFor(uri, d);
    if (actions.length || Date.now() > until) return { d, actions };
    await new Promise((r) => setTimeout(r, 250));
  }
}

suite('quick fixes that help', () => {
  test('a mistyped facilitator: "did you mean" first; creating the record opens it as a snippet', async () => {
    await api();
    const uri = uriOf(SESSION);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    const created = uriOf('people/ines-hadad.md');
    try {
      await edit(doc, 'ines-haddad]', 'ines-hadad]');
      const { d, actions } = await fixesFor(uri, 'ref.missing');
      assert.match(d.message, /^Aucune fiche personne avec l'identifiant « ines-hadad »/);
      const titles = actions.map((a) => a.title);
      assert.equal(titles[0], 'Vouliez-vous dire « ines-haddad » ?');
      assert.equal(titles.at(-1), 'Créer la fiche personne « ines-hadad »');

      const create = actions.at(-1)!;
      assert.ok(await vscode.workspace.applyEdit(create.edit!));
      await vscode.commands.executeCommand(create.command!.command, ...(create.command!.arguments ?? []));
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), created.toString());
      assert.match(editor.document.getText(), /^---\ntype: person\nfirst_name: \nlast_name: \nemail: \n---\n/);
      // The cursor waits on the first field to fill.
      assert.equal(editor.selection.active.line, 2);
      await editor.document.save();
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

      assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
      assert.equal(doc.getText(), original);
    } finally {
      await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
      await restore(doc, original);
    }
  });

  test('over capacity: the error is on the capacity, raised in one click or the participants shown', async () => {
    await api();
    const uri = uriOf(SESSION);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    try {
      await edit(doc, 'capacity: 15', 'capacity: 2');
      const { d, actions } = await fixesFor(uri, 'rule.capacity');
      assert.equal(doc.getText(d.range), '2');
      assert.deepEqual(
        actions.map((a) => a.title),
        ['Porter la capacité à 8', 'Afficher la liste des participant·es'],
      );
      const show = actions[1];
      await vscode.commands.executeCommand(show.command!.command, ...(show.command!.arguments ?? []));
      const selected = vscode.window.activeTextEditor!.selection;
      assert.equal(doc.getText(selected), 'participants');
      assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
      assert.match(doc.getText(), /\ncapacity: 8\n/);
    } finally {
      await restore(doc, original);
    }
  });

  test('completing `online` inserts the group with its keys as a snippet', async () => {
    await api();
    const uri = uriOf(SESSION);
    const doc = await vscode.workspace.openTextDocument(uri);
    const original = doc.getText();
    try {
      if (/^online:/m.test(doc.getText())) await edit(doc, /^online:\n( {2}.*\n)+/m, '');
      await edit(doc, 'capacity: 15\n', 'capacity: 15\nonl\n');
      const line = doc.getText().split('\n').indexOf('onl');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        uri,
        new vscode.Position(line, 3),
      );
      const online = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'online');
      assert.ok(online, 'no completion for online');
      assert.ok(online.insertText instanceof vscode.SnippetString, 'not a snippet');
      assert.match(
        online.insertText.value,
        /^online:\n {2}url: \$\{1\}\n {2}phone: \$\{2\}\n {2}access_code: \$\{3\}$/,
      );
    } finally {
      await restore(doc, original);
    }
  });
});
