import * as assert from 'assert';
import { expectReview, Repo } from './repo';

// First slot 2026-10-01: participants may join until 2026-10-15.
const PARIS = 'sessions/2026-10-01-se-reunir-autrement-paris.md';
const END_OF_LIST = '---\n\nSession inter du catalogue';

function participant(key: string, addedOn = '2026-10-10'): string {
  return `  - ${key}: Lina\n    last_name: Morel\n    email: lina.morel@example.org\n    organisation: Tiers-lieu Les Tanneurs\n    added_on: ${addedOn}\n    attendance: [null, null, null, null]\n`;
}

describe('review rule 2: participants committed more than 14 days after the start', () => {
  it('flags a participant added by a commit dated after the limit, whatever added_on says', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, END_OF_LIST, participant('⟦review.late-participant|first_name⟧') + END_OF_LIST);
    const hash = repo.commit('Add Lina', '2026-10-20');
    const v = await expectReview(repo, 'HEAD~1');
    assert.strictEqual(
      v.diagnostics[0].message,
      `Lina Morel a été ajouté·e par le commit ${hash.slice(0, 7)} le 2026-10-20, plus de 14 jours après le début de la session (2026-10-01) ; les inscriptions sont possibles jusqu'au 2026-10-15 (règle 2).`,
    );
  });

  it('counts an uncommitted participant as added today', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, END_OF_LIST, participant('⟦review.late-participant|first_name⟧') + END_OF_LIST);
    const v = await expectReview(repo, 'HEAD');
    assert.match(v.diagnostics[0].message, /ajouté·e le 2026-11-23 \(pas encore commité\)/);
  });

  it('stays silent for a participant committed on the 14th day', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, END_OF_LIST, participant('first_name') + END_OF_LIST);
    repo.commit('Add Lina', '2026-10-15');
    await expectReview(repo, 'HEAD~1');
  });

  it('counts days in the workspace time zone (22:30 UTC on the 15th is the 16th in Paris)', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, END_OF_LIST, participant('⟦review.late-participant|first_name⟧') + END_OF_LIST);
    repo.commit('Add Lina', '2026-10-15T22:30:00Z');
    const v = await expectReview(repo, 'HEAD~1');
    assert.match(v.diagnostics[0].message, /le 2026-10-16,/);
  });

  it('leaves a late added_on to the validator (one finding, not two)', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, END_OF_LIST, participant('first_name', '⟦rule.late-participant|2026-10-20⟧') + END_OF_LIST);
    repo.commit('Add Lina', '2026-10-20');
    await expectReview(repo, 'HEAD~1');
  });

  it('does not take a corrected email for a new participant', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, 'emilie.royer@jardins-rhone-amont.example', 'emilie.royer@jardins-partages.example');
    repo.commit('Fix an email', '2026-11-02');
    await expectReview(repo, 'HEAD~1');
  });
});
