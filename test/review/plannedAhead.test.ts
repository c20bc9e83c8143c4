import * as assert from 'assert';
import { expectReview, Repo } from './repo';

const NEW = 'sessions/2026-11-10-rattrapage-lyon.md';

function session(date: string): string {
  return `---
type: session
title: Se réunir autrement — rattrapage à Lyon
programme: se-reunir-autrement
offer: inter
kind: training-day
status: done
slots:
  - date: 2026-11-11
    start: "09:30"
    end: "12:30"
  - date: ${date}
    start: "14:00"
    end: "17:00"
place: Maison des associations, Lyon
facilitators: [camille-martin]
capacity: 15
---
`;
}

describe('review rule 4: a session is committed before it starts', () => {
  it('flags a session first committed after its first slot, on that slot date', async () => {
    const repo = Repo.sample();
    repo.write(NEW, session('⟦review.not-planned-ahead|2026-11-10⟧'));
    const hash = repo.commit('Record the catch-up session', '2026-11-12');
    const v = await expectReview(repo, 'HEAD~1');
    assert.strictEqual(
      v.diagnostics[0].message,
      `Cette session a été commitée pour la première fois le 2026-11-12 (commit ${hash.slice(0, 7)}), après son début (2026-11-10) : une session doit être planifiée, et commitée, avant d'avoir lieu (règle 4).`,
    );
  });

  it('flags a session not committed yet whose start is past', async () => {
    const repo = Repo.sample();
    repo.write(NEW, session('⟦review.not-planned-ahead|2026-11-10⟧'));
    const v = await expectReview(repo, 'HEAD');
    assert.match(
      v.diagnostics[0].message,
      /^Cette session n'est pas encore commitée alors qu'elle a commencé le 2026-11-10 : /,
    );
  });

  it('stays silent when committed before the start (or on the day), even if edited later', async () => {
    const repo = Repo.sample();
    repo.write(NEW, session('2026-11-10'));
    repo.commit('Plan the catch-up session', '2026-11-01');
    repo.edit(NEW, 'capacity: 15', 'capacity: 12');
    repo.commit('Smaller room', '2026-11-15');
    await expectReview(repo, 'HEAD~2');
    const sameDay = Repo.sample();
    sameDay.write(NEW, session('2026-11-10'));
    sameDay.commit('Plan it the same morning', '2026-11-10T08:00:00+01:00');
    await expectReview(sameDay, 'HEAD~1');
  });
});
