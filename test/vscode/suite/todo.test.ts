/**
 * The To do view's rows act on their own record, with another session open in the editor: "Do it"
 * runs the row's action (the email preview with the reminder's template, the certificates, the
 * purge and its refactoring preview), "Dismiss…" writes `dismissed:` into that row's record and the
 * to-do stays gone once the workspace is read again from disk (what a reload of VS Code does).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { anotherRecordOpen, onDisk, uriOf } from './anotherRecordOpen';
import { api } from './helpers';

/** The record open in the editor during these tests: no command here may touch it. */
const OPEN = 'sessions/2026-12-08-approfondissement-rouages-2.md';
const MISSION = 'missions/2026-rouages-consentement.md';
const PURGED = [
  'sessions/2026-02-10-accueil-terre-vivante.md',
  'sessions/2026-03-12-atelier-lyon.md',
  'sessions/2026-04-09-atelier-lyon-2.md',
  'sessions/2026-05-21-atelier-lyon-3.md',
];

/** The rows of the To do view as a user sees them: each node with its item. */
async function todoRows(): Promise<{ node: unknown; item: vscode.TreeItem }[]> {
  const tree = (await api()).trees.todo;
  const nodes = (await tree.getChildren!()) ?? [];
  return Promise.all(nodes.map(async (node) => ({ node, item: await tree.getTreeItem(node) })));
}

/** The row of a to-do kind about the record `rel`. */
async function todoRow(kind: string, rel: string): Promise<unknown> {
  const want = uriOf(rel).toString();
  const row = (await todoRows()).find(
    (r) => String(r.item.contextValue).startsWith(`todo.${kind}.`) && r.item.resourceUri?.toString() === want,
  );
  assert.ok(row, `no ${kind} row for ${rel} in the To do view`);
  return row.node;
}

const pause = () => new Promise((r) => setTimeout(r, 200));
/** A workbench command; one that does not apply now (no preview yet) is not an error. */
const run = (command: string) =>
  Promise.resolve(vscode.commands.executeCommand(command)).then(undefined, () => undefined);

suite('the To do view: each row’s action and Dismiss… act on that row’s record', () => {
  const { keep, openRecordUntouched } = anotherRecordOpen(OPEN);

  test('each row offers its action (by its context value) and Dismiss…', async () => {
    const values = (await todoRows()).map((r) => String(r.item.contextValue));
    for (const v of [
      'todo.purge-personal-data.purge',
      'todo.convocation.email',
      'todo.certificates.certificates',
      'todo.satisfaction-survey.email',
      'todo.directory-check.email',
      'todo.retribution-request.open',
    ])
      assert.ok(values.includes(v), `no row ${v} in ${values.join(', ')}`);
    const manifest = vscode.extensions.getExtension('atelier-coop.atelier')!.packageJSON as {
      contributes: { menus: { 'view/item/context': { command: string; when: string; group: string }[] } };
    };
    const inline = manifest.contributes.menus['view/item/context'].filter((m) => m.group.startsWith('inline'));
    const matches = (command: string, value: string) =>
      inline.some((m) => {
        const re = /viewItem =~ \/(.*)\/$/.exec(m.when)?.[1];
        return m.command === command && !!re && new RegExp(re.replace(/\\\\/g, '\\')).test(value);
      });
    assert.ok(matches('atelier.doTodo', 'todo.certificates.certificates'));
    assert.ok(matches('atelier.dismissTodo', 'todo.retribution-request.open'));
    assert.ok(!matches('atelier.doTodo', 'todo.retribution-request.open'), 'a row without an action has no Do it');
  });

  test('Do it on a convocation row previews that session’s emails with the convocation template', async () => {
    const rel = 'sessions/2027-01-12-formation-rouages-j3.md';
    const preview = await vscode.commands.executeCommand<{ panel: vscode.WebviewPanel; sessionId: string }>(
      'atelier.doTodo',
      await todoRow('convocation', rel),
    );
    assert.equal(preview?.sessionId, '2027-01-12-formation-rouages-j3');
    assert.match(preview.panel.title, /convocation-test-positionnement/);
    preview.panel.dispose();
    await openRecordUntouched();
  });

  test('Do it on a certificates row writes that session’s certificates', async () => {
    const rel = 'sessions/2026-11-19-approfondissement-vallee-verte.md';
    const outcome = await vscode.commands.executeCommand<{ status: number; written: vscode.Uri[] }>(
      'atelier.doTodo',
      await todoRow('certificates', rel),
    );
    assert.equal(outcome?.status, 0);
    assert.ok(outcome.written.length > 0);
    for (const u of outcome.written)
      assert.match(vscode.workspace.asRelativePath(u), /^generated\/2026-11-19-approfondissement-vallee-verte\//);
    await openRecordUntouched();
  });

  test('Do it on a closing-webinar row creates that mission’s closing webinar: its kind, programme and facilitators filled in', async () => {
    const a = await api();
    const addDays = (n: number) =>
      new Date(Date.parse(`${a.roots.all()[0].workspace.today}T12:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
    const day = addDays(10);
    // A mission that ordered a closing webinar, its one workshop in ten days: the webinar is due now.
    const files: Record<string, string> = {
      'missions/test-cloture.md': `---\ntype: mission\nclient: scop-les-rouages\ncoordinator: josephine-traore\nfacilitators: [lea-nguyen]\nordered:\n  - kind: workshop\n    count: 1\n  - kind: closing-webinar\n    count: 1\nstatus: open\n---\n`,
      [`sessions/${day}-test-cloture-atelier.md`]: `---\ntype: session\ntitle: Atelier de test\nprogramme: decider-par-consentement\nmission: test-cloture\nkind: workshop\nstatus: planned\nslots:\n  - date: ${day}\n    start: "09:30"\n    end: "12:30"\nplace: Lyon\nfacilitators: [lea-nguyen]\ncapacity: 12\nparticipants: []\n---\n`,
    };
    const created: string[] = [];
    try {
      for (const [rel, text] of Object.entries(files)) fs.writeFileSync(uriOf(rel).fsPath, text);
      await a.roots.load();
      const before = new Set(fs.readdirSync(uriOf('sessions').fsPath));
      const done = vscode.commands.executeCommand<vscode.Uri>(
        'atelier.doTodo',
        await todoRow('closing-webinar', 'missions/test-cloture.md'),
      );
      let settled = false;
      void Promise.resolve(done).finally(() => (settled = true));
      // Only the title (suggested) and the date (today) are asked: accept both as they are offered.
      for (let i = 0; i < 50 && !settled; i++) {
        await pause();
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      }
      const uri = await done;
      created.push(
        ...fs
          .readdirSync(uriOf('sessions').fsPath)
          .filter((f) => !before.has(f))
          .map((f) => `sessions/${f}`),
      );
      assert.equal(created.length, 1, `one new session, got ${created.join(', ')}`);
      assert.equal(vscode.workspace.asRelativePath(uri), created[0]);
      const text = onDisk(created[0]);
      assert.match(text, /\nkind: closing-webinar\n/);
      assert.match(text, /\nmission: test-cloture\n/);
      assert.match(text, /\nprogramme: decider-par-consentement\n/);
      assert.match(text, /\nfacilitators:\n? *(\[lea-nguyen\]|- lea-nguyen)/);
      assert.match(text, /\ntitle: .*test-cloture|\ntitle: .*[Cc]lôture/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const rel of [...Object.keys(files), ...created]) fs.rmSync(uriOf(rel).fsPath, { force: true });
      await a.roots.load();
    }
    await openRecordUntouched();
  });

  test('Dismiss… on a row writes the reason into that row’s record; it stays dismissed once re-read from disk', async () => {
    const before = keep(MISSION);
    const done = await vscode.commands.executeCommand<boolean>(
      'atelier.dismissTodo',
      await todoRow('retribution-request', MISSION),
      'demandée par téléphone',
    );
    assert.equal(done, true);
    const after = onDisk(MISSION);
    const today = (await api()).roots.all()[0].workspace.today;
    const end = before.indexOf('\n---', 4) + 1;
    assert.equal(
      after,
      `${before.slice(0, end)}dismissed:\n  - todo: retribution-request\n    on: ${today}\n    reason: demandée par téléphone\n${before.slice(end)}`,
    );
    // What a reload of the window does: the workspace read again from the files.
    await (await api()).roots.load();
    const ids = (await todoRows()).map((r) => `${r.item.contextValue} ${r.item.resourceUri?.toString()}`);
    assert.ok(
      !ids.some((id) => id.startsWith('todo.retribution-request.') && id.endsWith(uriOf(MISSION).toString())),
      'the dismissed to-do came back',
    );
    await openRecordUntouched();
  });

  test('Do it on a purge row opens the refactoring preview; nothing is written until it is applied', async () => {
    const before = new Map(PURGED.map((rel) => [rel, keep(rel)]));
    // What the purge works on: the editors' text (an earlier suite may have left one unsaved).
    const text = new Map<string, string>();
    for (const rel of PURGED) text.set(rel, (await vscode.workspace.openTextDocument(uriOf(rel))).getText());
    const running = vscode.commands.executeCommand<boolean>(
      'atelier.doTodo',
      await todoRow('purge-personal-data', PURGED[1]),
    );
    let settled = false;
    void Promise.resolve(running).finally(() => (settled = true));
    await pause();
    for (const rel of PURGED) assert.equal(onDisk(rel), before.get(rel), `${rel} was written before the preview`);
    // The user's clicks in the Refactor Preview panel: each session's change needs its confirmation
    // (unchecked until ticked), then "Apply". The files are rows of the preview's tree, one each.
    for (let attempt = 0; attempt < 10 && !settled; attempt++) {
      for (let i = 0; i < 5; i++) await pause();
      await run('refactorPreview.focus');
      await run('list.collapseAll');
      await run('list.focusFirst');
      for (let i = 0; i < PURGED.length; i++) {
        await run('refactorPreview.toggleCheckedState');
        await run('list.focusDown');
      }
      await run('refactorPreview.apply');
      await pause();
    }
    if (!settled) await run('refactorPreview.discard');
    const written = PURGED.filter((rel) => onDisk(rel) !== before.get(rel));
    assert.deepEqual(written, PURGED, 'the sessions written once the preview was applied');
    assert.equal(await running, true);
    const today = (await api()).roots.all()[0].workspace.today;
    for (const rel of PURGED) {
      const after = onDisk(rel);
      assert.match(after, new RegExp(`\\npurged_on: ${today}\\n`), rel);
      assert.doesNotMatch(after.split('\n---')[0], /^ {4}email:/m, `${rel} still has emails`);
      // Every line kept is as it was, in order: the purge only took lines out and added purged_on.
      const kept = after.split('\n').filter((l) => l !== `purged_on: ${today}`);
      const old = text.get(rel)!.split('\n');
      let at = 0;
      for (const line of kept) {
        while (at < old.length && old[at] !== line) at++;
        assert.ok(at < old.length, `${rel}: "${line}" is not a line of the file before`);
        at++;
      }
    }
    await (await api()).roots.load();
    assert.ok(
      !(await todoRows()).some((r) => String(r.item.contextValue).startsWith('todo.purge-personal-data.')),
      'purge rows are still listed',
    );
    await openRecordUntouched();
  });
});
