/**
 * The hooks of the desktop suites that run commands from rows with another record open in the
 * editor (rows, To do). Node's file system: not for the suites the web worker host runs.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api } from './helpers';

/** A workspace-relative path in the test workspace. */
export const uriOf = (rel: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...rel.split('/'));
/** A file's text on disk. */
export const onDisk = (rel: string) => fs.readFileSync(uriOf(rel).fsPath, 'utf8');

/**
 * For a suite whose commands act on a row, never on the record open in the editor: `open` is the
 * active editor at the start of each test; `keep(rel)` saves a file a test changes, written back
 * after the suite; `openRecordUntouched()` is checked at the end of each test (not in a hook: a
 * failing hook would skip the tests after it).
 */
export function anotherRecordOpen(open: string): { keep(rel: string): string; openRecordUntouched(): Promise<void> } {
  const saved = new Map<string, string>();
  let openText = '';
  suiteSetup(async () => {
    await api();
    const doc = await vscode.workspace.openTextDocument(uriOf(open));
    await vscode.window.showTextDocument(doc);
    openText = doc.getText();
    assert.equal(doc.isDirty, false);
  });
  setup(async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(open)));
  });
  suiteTeardown(async () => {
    // The warnings of refused commands would hide the views in the screenshots taken next.
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.workspace.saveAll(false);
    for (const [rel, text] of saved) fs.writeFileSync(uriOf(rel).fsPath, text);
    await (await api()).roots.load();
  });
  return {
    keep(rel) {
      if (!saved.has(rel)) saved.set(rel, onDisk(rel));
      return saved.get(rel)!;
    },
    async openRecordUntouched() {
      const doc = await vscode.workspace.openTextDocument(uriOf(open));
      assert.equal(doc.getText(), openText, 'the record open in the editor was changed');
      assert.equal(onDisk(open), openText, 'the record open in the editor was changed on disk');
    },
  };
}
