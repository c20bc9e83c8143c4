import * as assert from 'assert';
import { expectReview, Repo } from './repo';

const PARIS = 'sessions/2026-10-01-se-reunir-autrement-paris.md';
const LYON_2027 = 'sessions/2027-03-18-se-reunir-autrement-lyon.md';

describe('review rule 3: a started session keeps its slot dates and times', () => {
  it('flags a slot moved after the session started, on the changed value', async () => {
    const repo = Repo.sample();
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.edit(
      PARIS,
      '  - date: 2026-10-02\n    start: "14:00"',
      '  - date: 2026-10-02\n    start: ⟦review.slots-frozen|"13:30"⟧',
    );
    repo.commit('Move the last afternoon', '2026-11-10');
    const v = await expectReview(repo, base);
    assert.match(
      v.diagnostics[0].message,
      /a commencé le 2026-10-01 .* Créneau 2026-10-02 14:00–17:00 → 2026-10-02 13:30–17:00\./,
    );
  });

  it('flags the second day of a launched session moved, uncommitted, on each slot', async () => {
    const repo = Repo.sample();
    const J2 = 'sessions/2026-11-17-formation-rouages-j2.md';
    repo.write(J2, repo.read(J2).replace(/date: 2026-11-24/g, 'date: ⟦review.slots-frozen|2026-11-26⟧'));
    await expectReview(repo, 'HEAD');
  });

  it('says a session launched ahead of its first slot is launched, and which slot was removed', async () => {
    const repo = Repo.sample();
    repo.edit(LYON_2027, 'status: planned', 'status: launched');
    repo.commit('Launch Lyon 2027', '2026-11-10');
    repo.edit(LYON_2027, '  - date: 2027-03-19\n    start: "09:30"\n    end: "12:30"\n', '');
    repo.edit(LYON_2027, 'slots:', '⟦review.slots-frozen|slots⟧:');
    const v = await expectReview(repo, 'HEAD');
    assert.strictEqual(
      v.diagnostics[0].message,
      'La session est lancée (statut « launched ») : ses créneaux gardent leurs dates et horaires (règle 3). Créneau retiré : 2027-03-19 09:30–12:30.',
    );
  });

  it('stays silent when a planned future session moves, or a started one changes elsewhere', async () => {
    const repo = Repo.sample();
    repo.edit(LYON_2027, '    start: "14:00"', '    start: "13:30"');
    repo.edit(PARIS, 'capacity: 15', 'capacity: 16');
    repo.commit('Reschedule Lyon 2027, one more seat in Paris', '2026-11-10');
    await expectReview(repo, 'HEAD~1');
  });
});
