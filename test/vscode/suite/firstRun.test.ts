/** What a new user meets: French letters not boxed in Markdown, the blame line below the field's help and optional. */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { AtelierApi } from '../../../src/extension/extension';

const SESSION = 'sessions/2026-03-12-atelier-lyon.md';
// MarkdownString.appendText writes spaces as &nbsp;.
const BLAME = /Last(&nbsp;| )change:(&nbsp;| )Camille(&nbsp;| )Martin/;
const folder = () => vscode.workspace.workspaceFolders![0].uri;

async function api(): Promise<AtelierApi> {
  const exports = await vscode.extensions.getExtension<AtelierApi>('atelier-coop.atelier')!.activate();
  await exports.ready;
  return exports;
}

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

const hoverTexts = async (uri: vscode.Uri, pos: vscode.Position): Promise<string[]> =>
  (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)).map((h) =>
    h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'),
  );

suite('first run', () => {
  test('accented letters of French are not boxed in Markdown files, even in Restricted Mode', () => {
    const markdown = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    const allowed = markdown.get<Record<string, boolean>>('unicodeHighlight.allowedCharacters') ?? {};
    for (const c of 'éèàçêôœ«»·') assert.equal(allowed[c], true, c);
    // Only Markdown: other languages keep VS Code's default.
    const plain = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
    assert.equal(plain.get<Record<string, boolean>>('unicodeHighlight.allowedCharacters')?.['é'], undefined);
  });

  test('the blame line comes after the field help in the hover, and atelier.hover.blame turns it off', async () => {
    await api();
    await vscode.workspace.saveAll(false);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'Import the records');
    const config = vscode.workspace.getConfiguration('atelier');
    try {
      const uri = vscode.Uri.joinPath(folder(), ...SESSION.split('/'));
      const doc = await vscode.workspace.openTextDocument(uri);
      const line = doc
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith('capacity:'));
      const pos = new vscode.Position(line, 2);
      const on = await hoverTexts(uri, pos);
      const blame = on.findIndex((t) => BLAME.test(t));
      assert.ok(blame >= 0, `no blame line among ${JSON.stringify(on)}`);
      assert.equal(blame, on.length - 1, `the blame line is not last: ${JSON.stringify(on)}`);
      assert.ok(on.length > 1, 'the field help is missing');

      await config.update('hover.blame', false, vscode.ConfigurationTarget.Global);
      const off = await hoverTexts(uri, pos);
      assert.ok(!off.some((t) => BLAME.test(t)), JSON.stringify(off));
      assert.ok(off.length > 0, 'the field help went away too');
    } finally {
      await config.update('hover.blame', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(vscode.Uri.joinPath(folder(), '.git').fsPath, { recursive: true, force: true });
      await (await api()).review!.refresh();
    }
  });
});
