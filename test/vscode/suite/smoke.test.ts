/** Smoke test: the packaged extension loads in a real VS Code and sees the sample workspace. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'atelier-coop.atelier';

/** The copy of sample-workspace/ that the runner opened (both runners set this variable). */
function expectedWorkspace(): string {
  const dir = process.env.ATELIER_VSCODE_WORKSPACE;
  assert.ok(
    dir,
    'ATELIER_VSCODE_WORKSPACE is not set: run through `npm run test:vscode` or test/vscode/runElectron.mjs',
  );
  return fs.realpathSync(dir);
}

suite('smoke', () => {
  test('the Atelier extension is installed and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  test('the atelier.validateWorkspace command is registered', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(
      commands.includes('atelier.validateWorkspace'),
      'atelier.validateWorkspace is not among the registered commands',
    );
  });

  test('every command package.json declares is registered, and no other', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    const declared = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    // VS Code adds commands of its own for each view (atelier.sessions.focus…): ours have one dot.
    const registered = (await vscode.commands.getCommands(true)).filter((c) => /^atelier\.\w+$/.test(c)).sort();
    assert.deepEqual(registered, declared);
  });

  test('the open folder is the copy of sample-workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(
      folders.length,
      1,
      `expected one workspace folder, got ${folders.map((f) => f.uri.toString()).join(', ') || 'none'}`,
    );
    assert.equal(fs.realpathSync(folders[0].uri.fsPath), expectedWorkspace());
  });

  test('findFiles finds the workspace atelier.yaml', async () => {
    const found = await vscode.workspace.findFiles('**/atelier.yaml', '**/node_modules/**');
    const paths = found.map((u) => fs.realpathSync(u.fsPath));
    assert.ok(
      paths.includes(path.join(expectedWorkspace(), 'atelier.yaml')),
      `findFiles returned: ${paths.join(', ') || 'nothing'}`,
    );
  });
});
