/** The core API without git, as the editor will use it: texts and history facts in, positioned findings out. */
import * as assert from 'assert';
import { dayInZone, pairRenames, reviewChanges, workspaceWorld, type ChangedFile } from '../../src/core/review';
import { notesText } from '../../src/core/i18n/review';
import { openWorkspace, readFixture, unmark } from '../helpers/workspace';

const SESSION = 'sessions/session-a.md';

describe('review core (no git)', () => {
  it('reviews a change from its texts and committed versions, positions in the current text', async () => {
    const files = readFixture('base');
    const before = files[SESSION] as string;
    const marked = before.replace('start: "14:00"', 'start: ⟦review.slots-frozen|"13:30"⟧');
    const { text, marks } = unmark(SESSION, marked);
    const ws = await openWorkspace({ ...files, [SESSION]: text });
    const changes: ChangedFile[] = [{ path: SESSION, basePath: SESSION, baseText: before, text, commits: [] }];
    const result = reviewChanges(changes, workspaceWorld(ws, changes), ws.config);
    const found = result.diagnostics.get(SESSION) ?? [];
    assert.deepStrictEqual(
      found.map((d) => [d.code, d.line, d.column, d.endLine, d.endColumn]),
      marks.map((m) => [m.code, m.line, m.column, m.endLine, m.endColumn]),
    );
    assert.deepStrictEqual(found[0].path, ['slots', 1, 'start']);
    assert.strictEqual(notesText('en', result.records[0].notes), 'afternoon slot moved 14:00–17:00 → 13:30–17:00');
  });

  it('shows what changed in a long value, not two identical cut-off texts', async () => {
    const files = readFixture('base');
    const before = (files[SESSION] as string).replace(
      /^place: .*$/m,
      'place: Espace coopératif du Faubourg, 18 rue de la Fraternité, 75011 Paris',
    );
    const text = before.replace('75011 Paris', '75011 Paris (2e étage)');
    const ws = await openWorkspace({ ...files, [SESSION]: text });
    const changes: ChangedFile[] = [{ path: SESSION, basePath: SESSION, baseText: before, text, commits: [] }];
    const note = notesText('fr', reviewChanges(changes, workspaceWorld(ws, changes), ws.config).records[0].notes);
    assert.strictEqual(note, 'place …Fraternité, 75011 Paris → …Fraternité, 75011 Paris (2e étage)');
  });

  it('pairs a deleted and an added file that are alike into a rename', () => {
    const text = '---\ntype: client\nname: A\naddress: 1 rue X\n---\n';
    const paired = pairRenames([
      { basePath: 'clients/a.md', baseText: text },
      { path: 'clients/b.md', text: text.replace('name: A', 'name: A.') },
      { path: 'clients/c.md', text: '---\ntype: person\n---\n' },
    ]);
    assert.deepStrictEqual(
      paired.map((c) => [c.basePath, c.path]),
      [
        [undefined, 'clients/c.md'],
        ['clients/a.md', 'clients/b.md'],
      ],
    );
  });

  it('counts commit days in the workspace time zone', () => {
    assert.strictEqual(dayInZone('2026-10-15T22:30:00Z', 'Europe/Paris'), '2026-10-16');
    assert.strictEqual(dayInZone('2026-10-15T22:30:00Z', 'America/Montreal'), '2026-10-15');
    assert.strictEqual(dayInZone('2026-10-15T22:30:00+00:00', 'Not/AZone'), '2026-10-15');
  });
});
