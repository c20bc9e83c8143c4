/** Issue 14 item 4: the review keeps `sent` (the emails composed for a session) honest, in a real git repo. */
import * as assert from 'assert';
import { atelier } from '../cli/run';
import { expectReview, Repo } from './repo';

const SESSION = 'sessions/2026-12-03-atelier-vallee-verte.md';
const LAST = '    added_on: 2026-11-12\n---\n';
const TODAY = '2026-11-30';

const sent = (...entries: [string, string][]) =>
  `sent:\n${entries.map(([template, on]) => `  - template: ${template}\n    on: ${on}\n`).join('')}`;

/** The sample, then a commit on `day` recording these entries in the session. */
function withSent(day: string, ...entries: [string, string][]): Repo {
  const repo = Repo.sample();
  repo.edit(SESSION, LAST, `    added_on: 2026-11-12\n${sent(...entries)}---\n`);
  repo.commit('Convocations sent', day);
  return repo;
}

describe('review: the emails recorded as sent stay recorded, on their day', () => {
  it('reports an entry removed, on the sent key', async () => {
    const repo = withSent(
      '2026-11-20',
      ['acces-webinaire', '2026-11-20'],
      ['convocation-test-positionnement', '2026-11-20'],
    );
    repo.edit(
      SESSION,
      sent(['acces-webinaire', '2026-11-20'], ['convocation-test-positionnement', '2026-11-20']),
      `⟦review.sent-removed|sent⟧:\n  - template: acces-webinaire\n    on: 2026-11-20\n`,
    );
    const v = await expectReview(repo, 'HEAD', TODAY);
    assert.strictEqual(
      v.diagnostics[0].message,
      "La trace de l'envoi du modèle « convocation-test-positionnement » le 2026-11-20 a été retirée de « sent » : c'est la preuve que ce rappel a été fait. Remettez-la (une entrée erronée se corrige par un nouveau commit qui dit pourquoi, pas en l'effaçant).",
    );
  });

  it('reports the whole list removed, on the first key', async () => {
    const repo = withSent('2026-11-20', ['convocation-test-positionnement', '2026-11-20']);
    repo.edit(SESSION, sent(['convocation-test-positionnement', '2026-11-20']), '');
    repo.edit(SESSION, '---\ntype: session', '---\n⟦review.sent-removed|type⟧: session');
    await expectReview(repo, 'HEAD', TODAY);
  });

  it('reports an entry moved to an earlier day, on its date', async () => {
    const repo = withSent('2026-11-20', ['convocation-test-positionnement', '2026-11-20']);
    repo.edit(SESSION, '    on: 2026-11-20', '    on: ⟦review.sent-backdated|2026-11-02⟧');
    const v = await expectReview(repo, 'HEAD', TODAY);
    assert.match(v.diagnostics[0].message, /il disait le 2026-11-20/);
  });

  it('reports an entry added with a day on which a committed version did not have it', async () => {
    const repo = Repo.sample();
    repo.edit(SESSION, 'capacity: 20', 'capacity: 19');
    const base = repo.commit('Another change', '2026-11-20');
    repo.edit(
      SESSION,
      LAST,
      `    added_on: 2026-11-12\nsent:\n  - template: convocation-test-positionnement\n    on: ⟦review.sent-backdated|2026-11-05⟧\n---\n`,
    );
    repo.commit('Convocations, noted late', '2026-11-25');
    const v = await expectReview(repo, 'HEAD~1', TODAY);
    assert.match(
      v.diagnostics[0].message,
      new RegExp(`mais le commit ${base.slice(0, 7)} du 2026-11-20 ne l'avait pas`),
    );
  });

  it('stays silent on what `atelier email` records, committed the next day', async () => {
    const repo = Repo.sample();
    const r = await atelier([
      'email',
      'acces-webinaire',
      '--session',
      '2026-12-03-atelier-vallee-verte',
      '--workspace',
      repo.dir,
      '--today',
      '2026-11-24',
      '--out',
      `${repo.dir}/../mails-${process.pid}`,
    ]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(repo.read(SESSION), /\nsent:\n {2}- template: acces-webinaire\n {4}on: 2026-11-24\n---\n/);
    repo.commit('Access mails', '2026-11-25');
    await expectReview(repo, 'HEAD~1', TODAY);
  });
});
