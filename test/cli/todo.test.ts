/** `atelier todo`: the reminders of the week as format.md prints them; `todo done` dismisses one in its record. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isDismissed, TODO_KINDS } from '../../src/core/figures/todos';
import { atelier, copyToTemp, ROOT, SAMPLE } from './run';

const TODAY = '2026-12-02';
const MISSION = 'missions/2026-rouages-consentement.md';
const RETRIBUTION = 'retribution-request:2026-rouages-consentement';

interface TodoJson {
  id: string;
  kind: string;
  record: string;
  file: string;
  due: string;
  overdue: boolean;
  label: string;
  why: string;
  action: string | null;
}

async function todos(ws: string): Promise<TodoJson[]> {
  const r = await atelier(['todo', '--workspace', ws, '--today', TODAY, '--format', 'json', '--no-cache']);
  assert.strictEqual(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as { todos: TodoJson[] }).todos;
}

describe('atelier todo', () => {
  it('lists the week’s to-dos with the fields of format.md: the four overdue purges of the sample', async () => {
    const list = await todos(SAMPLE);
    for (const t of list)
      assert.deepStrictEqual(Object.keys(t), [
        'id',
        'kind',
        'record',
        'file',
        'due',
        'overdue',
        'label',
        'why',
        'action',
      ]);
    const purges = list.filter((t) => t.kind === 'purge-personal-data');
    assert.strictEqual(purges.length, 4);
    assert.ok(purges.every((t) => t.overdue && t.due < TODAY && t.id === `purge-personal-data:${t.record}`));
    assert.ok(purges.every((t) => fs.existsSync(path.join(SAMPLE, t.file))));
    assert.match(purges[0].label, /^Supprimer les données des apprenant·es — /);
    assert.ok(purges.every((t) => t.action === 'atelier purge' && /règle 8/.test(t.why)));
  });

  it('says in the workspace language which are overdue, with the id to dismiss each', async () => {
    const r = await atelier(['todo', '--workspace', SAMPLE, '--today', TODAY, '--no-cache']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^19 tâches cette semaine, dont 18 en retard :/);
    assert.match(r.stdout, /2026-08-10 \(en retard\) {2}Supprimer/);
    assert.ok(r.stdout.includes(`${RETRIBUTION}  ${MISSION}`));
  });

  it('todo done records the dismissal in the record, every other byte kept, and the to-do is gone', async () => {
    const ws = copyToTemp(SAMPLE);
    const before = fs.readFileSync(path.join(ws, MISSION), 'utf8');
    const r = await atelier([
      'todo',
      'done',
      RETRIBUTION,
      '--reason',
      'demandée par téléphone',
      '--workspace',
      ws,
      '--today',
      TODAY,
    ]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, `${MISSION}\n`);
    const after = fs.readFileSync(path.join(ws, MISSION), 'utf8');
    const added = '  - todo: retribution-request\n    on: 2026-12-02\n    reason: demandée par téléphone\n';
    const end = before.indexOf('\n---', 4) + 1;
    assert.strictEqual(after, `${before.slice(0, end)}dismissed:\n${added}${before.slice(end)}`);
    assert.ok(!(await todos(ws)).some((t) => t.id === RETRIBUTION));
    const valid = await atelier(['validate', '--workspace', ws, '--today', TODAY, '--no-cache']);
    assert.strictEqual(valid.status, 0, valid.stdout);
  });

  it('says why each to-do is due and the command that does it (null when it is done in the editor)', async () => {
    const list = await todos(SAMPLE);
    const byId = new Map(list.map((t) => [t.id, t]));
    const convocation = byId.get('convocation:2027-01-12-formation-rouages-j3')!;
    assert.strictEqual(
      convocation.action,
      'atelier email convocation-test-positionnement --session 2027-01-12-formation-rouages-j3',
    );
    assert.match(convocation.why, /ajouté·es le 2026-09-04 ou depuis/);
    const certificates = byId.get('certificates:2026-11-19-approfondissement-vallee-verte')!;
    assert.strictEqual(certificates.action, 'atelier certificates 2026-11-19-approfondissement-vallee-verte');
    assert.strictEqual(byId.get(RETRIBUTION)!.action, null);
    const r = await atelier(['todo', '--workspace', SAMPLE, '--today', TODAY, '--no-cache']);
    assert.ok(r.stdout.includes(`      pour le faire : ${convocation.action}\n`));
  });

  it('the yearly personal-details check is dismissed in its template, valid, for that year only', async () => {
    const ws = copyToTemp(SAMPLE);
    const id = 'directory-check:verification-annuelle-coordonnees';
    const oct = (t: string) =>
      atelier(['todo', '--workspace', ws, '--today', t, '--format', 'json', '--no-cache']).then(
        (r) => (JSON.parse(r.stdout) as { todos: TodoJson[] }).todos,
      );
    assert.ok(
      (await oct('2026-10-05')).some(
        (t) => t.id === id && t.action === 'atelier email verification-annuelle-coordonnees',
      ),
    );
    const r = await atelier([
      'todo',
      'done',
      id,
      '--reason',
      'envoyé à la main',
      '--workspace',
      ws,
      '--today',
      '2026-10-05',
    ]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, 'templates/verification-annuelle-coordonnees.md\n');
    assert.ok(!(await oct('2026-10-20')).some((t) => t.id === id));
    assert.ok((await oct('2027-10-05')).some((t) => t.id === id));
    const valid = await atelier(['validate', '--workspace', ws, '--today', '2026-10-05', '--no-cache']);
    assert.doesNotMatch(valid.stdout, /verification-annuelle-coordonnees/);
  });

  it('refuses an id that is not a to-do of this week (exit 1) and a dismissal without a reason (exit 2)', async () => {
    const ws = copyToTemp(SAMPLE);
    const unknown = await atelier(['todo', 'done', 'activity-check:nope', '--reason', 'x', '--workspace', ws]);
    assert.strictEqual(unknown.status, 1);
    assert.match(unknown.stderr, /aucune tâche « activity-check:nope » cette semaine/);
    const bare = await atelier(['todo', 'done', RETRIBUTION, '--workspace', ws, '--today', TODAY]);
    assert.strictEqual(bare.status, 2);
    assert.match(bare.stderr, /--reason/);
    assert.strictEqual(
      fs.readFileSync(path.join(ws, MISSION), 'utf8'),
      fs.readFileSync(path.join(SAMPLE, MISSION), 'utf8'),
    );
  });

  it('a monthly to-do (retribution request) dismissed last month comes back; others stay dismissed', () => {
    const data = {
      dismissed: [
        { todo: 'retribution-request', on: '2026-11-15' },
        { todo: 'activity-check', on: '2026-01-02' },
      ],
    };
    assert.strictEqual(isDismissed(data, 'retribution-request', '2026-11-30'), true);
    assert.strictEqual(isDismissed(data, 'retribution-request', '2026-12-01'), false);
    assert.strictEqual(isDismissed(data, 'activity-check', '2026-12-01'), true);
    assert.strictEqual(isDismissed(data, 'mission-close', '2026-12-01'), false);
  });

  it('every record that can be dismissed accepts every kind of to-do, and only those', () => {
    for (const type of ['session', 'mission', 'quote', 'email-template']) {
      const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${type}.schema.json`), 'utf8'));
      assert.deepStrictEqual(schema.properties.dismissed.items.properties.todo.enum, [...TODO_KINDS], type);
    }
  });
});
