import * as assert from 'assert';
import { expectReview, Repo } from './repo';

// Open mission; session 2026-11-17-formation-rouages-j2 ends on 2026-11-24 (its second day).
const MISSION = 'missions/2026-rouages-consentement.md';
const NOVEMBER = '  - requested_on: 2026-11-02\n    sessions: [2026-10-20-approfondissement-rouages]\n';
const TODAY = '2026-12-15';

function request(day: string, session = '2026-11-17-formation-rouages-j2'): string {
  return `  - requested_on: ${day}\n    sessions: [${session}]\n`;
}

describe('review rule 6: retribution requests across history', () => {
  it('flags a request committed before the session ends, even dated after it', async () => {
    const repo = Repo.sample();
    repo.edit(
      MISSION,
      NOVEMBER,
      NOVEMBER + request('2026-12-01', '⟦review.retribution-early|2026-11-17-formation-rouages-j2⟧'),
    );
    const hash = repo.commit('Request the retribution of day 2', '2026-11-20');
    const v = await expectReview(repo, 'HEAD~1', TODAY);
    assert.strictEqual(
      v.diagnostics[0].message,
      `La rétribution de la session « 2026-11-17-formation-rouages-j2 » a été demandée par le commit ${hash.slice(0, 7)} le 2026-11-20, avant la fin de la session (2026-11-24) : demandez-la après la fin (règle 6).`,
    );
  });

  it('flags a second request in a month whose first request was deleted', async () => {
    const repo = Repo.sample();
    repo.edit(MISSION, NOVEMBER, request('⟦review.retribution-monthly|2026-11-28⟧'));
    repo.commit('Replace the November request', '2026-11-28');
    const v = await expectReview(repo, 'HEAD~1', TODAY);
    assert.match(
      v.diagnostics[0].message,
      /datée de 2026-11 \(pour 2026-10-20-approfondissement-rouages, commit [0-9a-f]{7}\), supprimée ou redatée depuis/,
    );
  });

  it('sees a request made and deleted between the base and now', async () => {
    const repo = Repo.sample();
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.edit(MISSION, NOVEMBER, NOVEMBER + request('2026-12-02', '2026-12-03-atelier-vallee-verte'));
    repo.commit('Request by mistake', '2026-12-02');
    repo.edit(
      MISSION,
      request('2026-12-02', '2026-12-03-atelier-vallee-verte'),
      request('⟦review.retribution-monthly|2026-12-05⟧'),
    );
    repo.commit('Request day 2 instead', '2026-12-05');
    await expectReview(repo, base, TODAY);
  });

  it('stays silent on a request committed after the end, in a new month', async () => {
    const repo = Repo.sample();
    repo.edit(MISSION, NOVEMBER, NOVEMBER + request('2026-12-01'));
    repo.commit('Request the retribution of day 2', '2026-12-01');
    await expectReview(repo, 'HEAD~1', TODAY);
  });
});
