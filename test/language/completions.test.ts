import * as assert from 'assert';
import { completionsAt } from '../../src/core/language/completions';
import { cursorAt } from '../../src/core/language/cursor';
import { baseFile, openWorkspace, readFixture } from '../helpers/workspace';

/** Splits a text at the cursor mark ‸. */
function at(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('‸');
  assert.ok(offset >= 0, 'no cursor mark');
  return { text: marked.replace('‸', ''), offset };
}

async function complete(file: string, marked: string, locale: 'fr' | 'en' = 'en') {
  const files = readFixture('base');
  files['atelier.yaml'] = String(files['atelier.yaml']).replace('locale: en', `locale: ${locale}`);
  const ws = await openWorkspace(files);
  const { text, offset } = at(marked);
  return completionsAt(ws, file, text, offset);
}

const session = baseFile('sessions/session-a.md');

describe('cursor context', () => {
  it('a key inside a list item knows its list and its siblings', () => {
    const { text, offset } = at(session.replace('    added_on: 2026-03-01', '    added_on: 2026-03-01\n    fun‸'));
    const c = cursorAt(text, offset)!;
    assert.deepStrictEqual([c.kind, c.path, c.prefix], ['key', ['participants'], 'fun']);
    assert.ok(c.siblings.includes('first_name') && c.siblings.includes('attendance') && !c.siblings.includes('title'));
  });

  it('a value after a nested key', () => {
    const { text, offset } = at(session.replace('    start: "09:30"', '    start: ‸'));
    assert.deepStrictEqual(cursorAt(text, offset)!.path, ['slots', 'start']);
  });

  it('nothing outside the front matter', () => {
    const { text, offset } = at(session.replace('Notes libres.', 'Notes ‸libres.'));
    assert.strictEqual(cursorAt(text, offset), undefined);
  });
});

describe('completion', () => {
  it('offers the missing keys of the record type, with their descriptions', async () => {
    const items = await complete('sessions/session-a.md', session.replace('capacity: 3\n', 'capacity: 3\nca‸\n'));
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('online') && labels.includes('offer') === false, labels.join(','));
    assert.ok(!labels.includes('capacity'), 'present keys are not offered');
    assert.match(items.find((i) => i.label === 'online')!.documentation ?? '', /Video-call/);
  });

  it('gives French titles and descriptions in a French workspace, nested fields and list entries too', async () => {
    const keys = await complete('sessions/session-a.md', session.replace('capacity: 3\n', 'capacity: 3\nca‸\n'), 'fr');
    const online = keys.find((i) => i.label === 'online')!;
    assert.deepStrictEqual(
      [online.detail, online.documentation],
      ['Accès à distance', 'Lien de visioconférence et accès par téléphone, pour les sessions à distance.'],
    );
    const participant = await complete(
      'sessions/session-a.md',
      session.replace('participants:\n', 'participants:\n  - ‸\n'),
      'fr',
    );
    assert.strictEqual(participant.find((i) => i.label === 'first_name')?.detail, 'Prénom *');
    assert.match(
      participant.find((i) => i.label === 'added_on')?.documentation ?? '',
      /^Date d'inscription de l'apprenant·e/,
    );
    const kinds = await complete('sessions/session-a.md', session.replace('kind: workshop', 'kind: ‸'), 'fr');
    assert.match(kinds[0].documentation ?? '', /welcome-webinar \(webinaire d'accueil\)/);
    const lines = await complete(
      'quotes/quote-a.md',
      baseFile('quotes/quote-a.md').replace('lines:\n', 'lines:\n  - ‸\n'),
      'fr',
    );
    assert.strictEqual(lines.find((i) => i.label === 'unit_price')?.documentation, "Prix d'une unité, HT.");
  });

  it('offers enum values', async () => {
    const items = await complete('sessions/session-a.md', session.replace('kind: workshop', 'kind: ‸'));
    assert.deepStrictEqual(
      items.map((i) => i.label),
      ['workshop', 'training-day', 'welcome-webinar', 'follow-up-webinar', 'closing-webinar'],
    );
  });

  it('offers people with the facilitator role for facilitators, skipping those listed', async () => {
    const items = await complete(
      'sessions/session-a.md',
      session.replace('facilitators: [fac-a]', 'facilitators: [fac-a, ‸]'),
    );
    assert.deepStrictEqual(
      items.map((i) => i.label),
      ['coord-a'],
    );
    assert.strictEqual(items[0].detail, 'Camille Martin');
  });

  it('offers clients for a quote client, missions for a session mission', async () => {
    assert.deepStrictEqual(
      (
        await complete('quotes/quote-a.md', baseFile('quotes/quote-a.md').replace('client: client-a', 'client: cl‸'))
      ).map((i) => i.label),
      ['client-a'],
    );
    assert.deepStrictEqual(
      (await complete('sessions/session-a.md', session.replace('mission: mission-a', 'mission: ‸'))).map(
        (i) => i.label,
      ),
      ['mission-a'],
    );
  });

  it('offers the keys of a new participant after a dash', async () => {
    const items = await complete('sessions/session-a.md', session.replace('participants:\n', 'participants:\n  - ‸\n'));
    assert.ok(items.some((i) => i.label === 'first_name') && items.some((i) => i.label === 'email'));
  });

  it('offers sessions in a mission retribution request', async () => {
    const items = await complete(
      'missions/mission-a.md',
      baseFile('missions/mission-a.md').replace('sessions: [session-a]', 'sessions: [session-a, ‸]'),
    );
    assert.deepStrictEqual(
      items.map((i) => i.label),
      ['session-b'],
    );
  });

  it('offers a date and times', async () => {
    assert.deepStrictEqual(
      (
        await complete(
          'sessions/session-a.md',
          session.replace('date: 2026-03-12\n    start: "09:30"', 'date: ‸\n    start: "09:30"'),
        )
      ).map((i) => i.label),
      ['2026-11-23'],
    );
    assert.ok(
      (await complete('sessions/session-a.md', session.replace('start: "09:30"', 'start: ‸'))).some(
        (i) => i.label === '"09:30"',
      ),
    );
  });

  it('offers record types for type', async () => {
    const items = await complete('x.md', '---\ntype: ‸\n---\n');
    assert.ok(items.some((i) => i.label === 'session') && items.some((i) => i.label === 'email-template'));
  });
});
