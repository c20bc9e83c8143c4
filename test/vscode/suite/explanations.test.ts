/** A diagnostic's code opens its explanation, in the language of the message, as a Markdown preview. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, codeOf, when } from './helpers';

const SESSION = 'sessions/2026-03-12-atelier-lyon.md';
const allTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);

suite('diagnostic code explanations', () => {
  test("a code's link opens its own explanation, in the workspace's language, as a Markdown preview", async () => {
    const a = await api();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, ...SESSION.split('/'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    const edit = new vscode.WorkspaceEdit();
    const at = original.indexOf('kind: workshop');
    edit.replace(
      uri,
      new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'kind: workshop'.length)),
      'kind: worksop',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const d = await when(
        vscode.languages.onDidChangeDiagnostics,
        () => vscode.languages.getDiagnostics(uri).find((x) => x.source === 'Atelier' && codeOf(x) === 'schema.enum'),
        'the schema.enum diagnostic',
      );
      assert.equal(typeof d.code, 'object');
      const target = (d.code as { target: vscode.Uri }).target;
      // The sample workspace speaks French: so do the message and its explanation.
      assert.equal(a.roots.all()[0].workspace.locale, 'fr');
      assert.ok(target.path.endsWith('/docs/codes/fr/schema.enum.md'), target.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(text, /## Comment corriger/);
      assert.match(text, /`schema\.enum`/);

      // What the Problems panel and the hover do with the link: open it.
      await vscode.commands.executeCommand('vscode.open', target);
      const preview = await when(
        vscode.window.tabGroups.onDidChangeTabs,
        () =>
          allTabs().find(
            (t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview'),
          ),
        'the Markdown preview of the explanation',
      );
      assert.match(preview.label, /schema\.enum/);
      await when(
        vscode.window.tabGroups.onDidChangeTabs,
        () =>
          !allTabs().some(
            (t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === target.toString(),
          ) || undefined,
        'the text editor of the explanation to give way to its preview',
      );
      await vscode.window.tabGroups.close(preview);
    } finally {
      const back = new vscode.WorkspaceEdit();
      back.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(back);
      await doc.save();
      // The next suites start from a clean workspace: wait until the restored text is validated again.
      await when(
        vscode.languages.onDidChangeDiagnostics,
        () => !vscode.languages.getDiagnostics(uri).some((x) => x.source === 'Atelier') || undefined,
        'the diagnostics of the restored session to clear',
      );
    }
  });
});
