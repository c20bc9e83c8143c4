import * as assert from 'assert';
import { expectReview, Repo } from './repo';

const CLOSED = 'missions/2026-terre-vivante.md';
const OPEN = 'missions/2026-vallee-verte-numerique.md';
const BILAN = "Bilan : très bonne dynamique de groupe ; l'association envisage un second parcours en";

describe('review rule 7: a closed mission and its sessions are frozen', () => {
  it('flags each edit of a closed mission, its notes included', async () => {
    const repo = Repo.sample();
    repo.edit(CLOSED, 'closed_on: 2026-07-15', 'closed_on: ⟦review.mission-frozen|2026-07-31⟧');
    repo.edit(CLOSED, BILAN, `⟦review.mission-frozen|${BILAN.replace('très bonne', 'excellente')}⟧`);
    repo.commit('Touch up the closed mission', '2026-09-01');
    const v = await expectReview(repo, 'HEAD~1');
    assert.match(
      v.diagnostics[0].message,
      /^Cette mission est close : elle est figée, plus aucune modification \(règle 7\) ; « closed_on » a été modifié\.$/,
    );
    assert.match(v.diagnostics[1].message, /les notes ont été modifiées/);
  });

  it('flags an edit of one of its sessions', async () => {
    const repo = Repo.sample();
    repo.edit('sessions/2026-04-09-atelier-lyon-2.md', 'capacity: 15', 'capacity: ⟦review.mission-frozen|16⟧');
    repo.commit('One more seat', '2026-09-01');
    await expectReview(repo, 'HEAD~1');
  });

  it('flags a session added to it', async () => {
    const repo = Repo.sample();
    const copy = repo
      .read('sessions/2026-06-18-cloture-terre-vivante.md')
      .replace('mission: 2026-terre-vivante', 'mission: ⟦review.mission-frozen|2026-terre-vivante⟧')
      .replace('date: 2026-06-18', 'date: ⟦review.not-planned-ahead|2026-06-18⟧')
      // An hour more than the mission sold (its programme and quote agree on 19.75 h).
      .replace('slots:', '⟦rule.hours-mismatch|slots⟧:');
    repo.write('sessions/2026-06-19-bonus-terre-vivante.md', copy);
    // The validator's own rules see a closing webinar too many, and no retribution for it.
    repo.edit(
      CLOSED,
      '    count: 1\n    facilitators_per_session: 1\nstatus',
      '    count: ⟦rule.mission-overplanned|1⟧\n    facilitators_per_session: 1\nstatus',
    );
    repo.edit(CLOSED, 'status: closed', 'status: ⟦rule.mission-close-unpaid|closed⟧');
    await expectReview(repo, 'HEAD');
  });

  it('flags a session of it deleted, on the old path', async () => {
    const repo = Repo.sample();
    repo.remove('sessions/2026-05-21-atelier-lyon-3.md');
    repo.edit(CLOSED, 'sessions: [2026-05-21-atelier-lyon-3]', 'sessions: [⟦ref.missing|2026-05-21-atelier-lyon-3⟧]');
    const v = await expectReview(repo, 'HEAD').catch((e: Error) => e);
    assert.ok(v instanceof Error);
    assert.match(v.message, /sessions\/2026-05-21-atelier-lyon-3\.md:1:1-1:1 review\.mission-frozen/);
  });

  it('flags one of its sessions renamed (its id changes), and the references to the old id', async () => {
    const repo = Repo.sample();
    const FROM = 'sessions/2026-04-09-atelier-lyon-2.md';
    repo.move(FROM, 'sessions/2026-04-09-lyon-2.md');
    repo.edit('sessions/2026-04-09-lyon-2.md', 'type: session', '⟦review.mission-frozen|type⟧: session');
    repo.edit(
      CLOSED,
      'sessions: [2026-04-09-atelier-lyon-2]',
      'sessions: [⟦review.renamed-id|2026-04-09-atelier-lyon-2⟧]',
    );
    // The validator sees a session of the closed mission whose retribution was never requested.
    repo.edit(CLOSED, 'status: closed', 'status: ⟦rule.mission-close-unpaid|closed⟧');
    const v = await expectReview(repo, 'HEAD');
    const frozen = v.diagnostics.find((d) => d.code === 'review.mission-frozen');
    assert.strictEqual(
      frozen?.message,
      'La mission « 2026-terre-vivante » est close : elle et ses sessions sont figées (règle 7), leurs identifiants aussi ; ce fichier a été renommé (« 2026-04-09-atelier-lyon-2 » → « 2026-04-09-lyon-2 ») : rendez-lui son nom.',
    );
  });

  it('stays silent on an open mission and its sessions', async () => {
    const repo = Repo.sample();
    repo.edit(OPEN, 'Offre intégrée', 'Offre intégrée (relance faite le 21 novembre)');
    repo.edit('sessions/2026-12-03-atelier-vallee-verte.md', 'capacity: 20', 'capacity: 18');
    repo.commit('Edit an open mission', '2026-11-21');
    await expectReview(repo, 'HEAD~1');
  });
});
