/**
 * Commands started from a row of a tree view act on that row's record, never on the record open in
 * the editor. Each command is invoked as a context-menu click or an inline button invokes it: with
 * the row's own node (what the view's provider returned), while another session is open.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { AtelierApi } from '../../../src/extension/extension';
import { anotherRecordOpen, onDisk, uriOf } from './anotherRecordOpen';
import { api } from './helpers';

/** The record open in the editor during these tests: no command here may touch it. */
const OPEN = 'sessions/2026-12-08-approfondissement-rouages-2.md';

type View = keyof AtelierApi['trees'];

/** The node of the row showing `rel` in a view, searched through every group as VS Code would expand them. */
async function rowOf(view: View, rel: string): Promise<unknown> {
  const tree = (await api()).trees[view];
  const want = uriOf(rel).toString();
  const walk = async (parent?: unknown): Promise<unknown> => {
    for (const node of (await tree.getChildren!(parent)) ?? []) {
      const item = await tree.getTreeItem(node);
      if (item.resourceUri?.toString() === want) return node;
      const found = await walk(node);
      if (found) return found;
    }
    return undefined;
  };
  const node = await walk();
  assert.ok(node, `no row for ${rel} in the ${view} view`);
  return node;
}

/** The first group row of a view (not a record). */
async function groupOf(view: View): Promise<unknown> {
  const [first] = (await (await api()).trees[view].getChildren!()) ?? [];
  return first;
}

suite('commands from a tree row act on the row, not on the open editor', () => {
  const { keep, openRecordUntouched } = anotherRecordOpen(OPEN);

  test('Change status on a session row (inline button) changes that session', async () => {
    const rel = 'sessions/2027-01-12-formation-rouages-j3.md';
    keep(rel);
    await vscode.commands.executeCommand('atelier.changeStatus', await rowOf('sessions', rel), 'launched');
    assert.match(onDisk(rel), /\nstatus: launched\n/);
    await openRecordUntouched();
  });

  test('Change status on a quote row and on a mission row changes that quote and that mission', async () => {
    const quote = 'quotes/d-2026-044-fournil.md';
    const mission = 'missions/2026-rouages-consentement.md';
    keep(quote);
    keep(mission);
    await vscode.commands.executeCommand('atelier.changeStatus', await rowOf('quotes', quote), 'sent');
    assert.match(onDisk(quote), /\nstatus: sent\n/);
    await vscode.commands.executeCommand('atelier.changeStatus', await rowOf('missions', mission), 'closed');
    assert.match(onDisk(mission), /\nstatus: closed\n/);
    await openRecordUntouched();
  });

  test('Add participants on a session row adds them to that session', async () => {
    const rel = 'sessions/2027-01-14-approfondissement-vallee-verte-2.md';
    keep(rel);
    await vscode.commands.executeCommand(
      'atelier.addParticipants',
      await rowOf('sessions', rel),
      'Zoé Ørsted <zoe.orsted@example.org>',
    );
    assert.match(onDisk(rel), /first_name: Zoé\n {4}last_name: Ørsted\n {4}email: zoe\.orsted@example\.org/);
    await openRecordUntouched();
  });

  test('Record attendance on a session row records it in that session', async () => {
    const rel = 'sessions/2026-10-20-approfondissement-rouages.md';
    const before = keep(rel);
    await vscode.commands.executeCommand('atelier.recordAttendance', await rowOf('sessions', rel), 0, [
      'thomas.girard@les-rouages.example',
      'sofia.martins@les-rouages.example',
    ]);
    const after = onDisk(rel);
    assert.notEqual(after, before);
    assert.match(after, /email: sofia\.martins@les-rouages\.example\n(?: {4}.*\n)*? {4}attendance: \[present\]/);
    await openRecordUntouched();
  });

  test('Rename record on a session row renames that session', async () => {
    const rel = 'sessions/2027-03-18-se-reunir-autrement-lyon.md';
    const renamed = 'sessions/2027-03-18-se-reunir-autrement-lyon-b.md';
    const text = onDisk(rel);
    await vscode.commands.executeCommand(
      'atelier.renameRecord',
      await rowOf('sessions', rel),
      '2027-03-18-se-reunir-autrement-lyon-b',
    );
    assert.ok(fs.existsSync(uriOf(renamed).fsPath), `${renamed} was not written`);
    assert.ok(!fs.existsSync(uriOf(rel).fsPath), `${rel} is still there`);
    assert.ok(fs.existsSync(uriOf(OPEN).fsPath));
    // Back as it was (from the Explorer's Uri this time).
    await vscode.commands.executeCommand('atelier.renameRecord', uriOf(renamed), '2027-03-18-se-reunir-autrement-lyon');
    await vscode.workspace.saveAll(false);
    assert.equal(onDisk(rel), text);
    await openRecordUntouched();
  });

  test('Generate sign-in sheet and certificates on a session row write that session’s documents', async () => {
    const rel = 'sessions/2026-03-12-atelier-lyon.md';
    // The session is past: its sheet is the duplicate the refusal offers.
    const sheet = await vscode.commands.executeCommand<{ status: number; written: vscode.Uri[]; messages: string }>(
      'atelier.generateSigninSheet',
      await rowOf('sessions', rel),
      true,
    );
    assert.equal(sheet?.status, 0, sheet?.messages);
    assert.deepEqual(
      sheet.written.map((u) => vscode.workspace.asRelativePath(u)),
      ['generated/2026-03-12-atelier-lyon/emargement-2026-03-12-atelier-lyon.pdf'],
    );
    const certificates = await vscode.commands.executeCommand<{ status: number; written: vscode.Uri[] }>(
      'atelier.generateCertificates',
      await rowOf('sessions', rel),
    );
    assert.equal(certificates?.status, 0);
    assert.equal(certificates.written.length, 8);
    for (const u of certificates.written)
      assert.match(vscode.workspace.asRelativePath(u), /^generated\/2026-03-12-atelier-lyon\//);
    await openRecordUntouched();
  });

  test('Compose emails on a session row previews that session’s emails', async () => {
    const rel = 'sessions/2026-11-05-accueil-vallee-verte.md';
    const preview = await vscode.commands.executeCommand<{ panel: vscode.WebviewPanel; sessionId: string }>(
      'atelier.composeEmails',
      await rowOf('sessions', rel),
      'bienvenue-apres-achat',
    );
    assert.equal(preview?.sessionId, '2026-11-05-accueil-vallee-verte');
    preview.panel.dispose();
    await openRecordUntouched();
  });

  test('from the Explorer (its Uri and the selection), Change status asks for the status of that file', async () => {
    const rel = 'quotes/d-2026-041-val-dorbiere.md';
    keep(rel);
    // As the Explorer's context menu calls it: the file, then every selected file.
    const done = vscode.commands.executeCommand('atelier.changeStatus', uriOf(rel), [uriOf(rel)]);
    let settled = false;
    void Promise.resolve(done).finally(() => (settled = true));
    // The quick pick of the next statuses opens: accept its first entry (sent → accepted).
    for (let i = 0; i < 50 && !settled; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await done;
    assert.match(onDisk(rel), /\nstatus: accepted\n/);
    await openRecordUntouched();
  });

  test('a command on a row that is no record of its type changes nothing, not even the open record', async () => {
    await vscode.commands.executeCommand('atelier.changeStatus', await groupOf('sessions'), 'launched');
    await vscode.commands.executeCommand(
      'atelier.addParticipants',
      await rowOf('quotes', 'quotes/d-2026-041-val-dorbiere.md'),
      'Zoé Ørsted <zoe.orsted@example.org>',
    );
    const sheet = await vscode.commands.executeCommand('atelier.generateSigninSheet', await groupOf('quotes'));
    assert.equal(sheet, undefined);
    await openRecordUntouched();
  });

  test('from the palette (no argument), the command acts on the active editor’s record', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf(OPEN));
    await vscode.commands.executeCommand('atelier.changeStatus', undefined, 'launched');
    assert.match(doc.getText(), /\nstatus: launched\n/);
    // Back as it was: the teardown checks the open record is untouched by the other tests.
    await vscode.commands.executeCommand('undo');
    await doc.save();
    await openRecordUntouched();
  });
});
