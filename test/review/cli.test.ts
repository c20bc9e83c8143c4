/** The CLI in-process on real git repositories: `validate --base` formats, `diff`, `hook install`. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { Repo } from './repo';

const PARIS = 'sessions/2026-10-01-se-reunir-autrement-paris.md';
const LYON = 'sessions/2027-03-18-se-reunir-autrement-lyon.md';
const DRAFT = 'quotes/d-2026-046-terre-vivante.md';
const END_OF_LYON = '---\n\nQuatre places';

/** A branch that changes a planned session and a draft quote, and moves a slot of a session already held. */
function reviewedBranch(): Repo {
  const repo = Repo.sample();
  repo.git('checkout', '-q', '-b', 'planning');
  repo.edit(
    LYON,
    END_OF_LYON,
    '  - first_name: Lina\n    last_name: Morel\n    email: lina.morel@example.org\n    added_on: 2026-11-20\n' +
      END_OF_LYON,
  );
  repo.edit(LYON, '  - date: 2027-03-18\n    start: "14:00"', '  - date: 2027-03-18\n    start: "13:30"');
  repo.edit(LYON, 'facilitators: [samir-vidal, camille-martin]', 'facilitators: [ines-haddad, camille-martin]');
  repo.edit(DRAFT, '    unit_price: 140', '    unit_price: 150');
  repo.edit(PARIS, '  - date: 2026-10-02\n    start: "14:00"', '  - date: 2026-10-02\n    start: "13:30"');
  repo.commit('Plan Lyon 2027, reprice D-2026-046, fix Paris', '2026-11-20');
  return repo;
}

describe('atelier validate --base, diff, hook', () => {
  it('prints GitHub annotations on the changed line and exits 1', async () => {
    const repo = reviewedBranch();
    const r = await atelier(['validate', '--base', 'main', '--format', 'github', '--today', '2026-11-23'], repo.dir);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.strictEqual(
      r.stdout,
      '::error file=sessions/2026-10-01-se-reunir-autrement-paris.md,line=19,col=12,endLine=19,endColumn=19,title=review.slots-frozen::La session a commencé le 2026-10-01 : ses créneaux gardent leurs dates et horaires (règle 3). Créneau 2026-10-02 14:00–17:00 → 2026-10-02 13:30–17:00.\n',
    );
  });

  it('exits 2 with one clear line for a revision that does not exist', async () => {
    const repo = Repo.sample();
    const r = await atelier(['validate', '--base', 'origin/nope', '--today', '2026-11-23'], repo.dir);
    assert.strictEqual(r.status, 2);
    assert.strictEqual(r.stdout, '');
    assert.strictEqual(
      r.stderr,
      'atelier: revision "origin/nope" not found in this repository. Check its spelling, or fetch it (`git fetch origin`).\n',
    );
    assert.strictEqual((await atelier(['diff', '--today', '2026-11-23'], repo.dir)).status, 2);
  });

  it('diff: a record-level summary in Markdown, problems under their record', async () => {
    const repo = reviewedBranch();
    const r = await atelier(['diff', 'main', '--today', '2026-11-23'], repo.dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(
      r.stdout.replace(/[\u202f\u00a0]/g, ' '),
      [
        '### Atelier — modifications depuis `main`',
        '',
        '- **Devis `d-2026-046-terre-vivante`** (D-2026-046) — 1 ligne modifiée ; total 1 580,00 € HT → 1 680,00 € HT',
        "- **Session `2026-10-01-se-reunir-autrement-paris`** — créneau de l'après-midi du 2026-10-02 déplacé 14:00–17:00 → 13:30–17:00",
        '  - ⛔ ligne 19 · `review.slots-frozen` La session a commencé le 2026-10-01 : ses créneaux gardent leurs dates et horaires (règle 3). Créneau 2026-10-02 14:00–17:00 → 2026-10-02 13:30–17:00.',
        "- **Session `2027-03-18-se-reunir-autrement-lyon`** — un·e participant·e ajouté·e (Lina Morel) ; créneau de l'après-midi du 2027-03-18 déplacé 14:00–17:00 → 13:30–17:00 ; animation changée (samir-vidal → ines-haddad)",
        '',
        '3 fiches modifiées, 1 erreur.',
        '',
      ].join('\n'),
    );
  });

  it('diff --format json: each record with its change, summary, notes and diagnostics', async () => {
    const repo = reviewedBranch();
    const r = await atelier(['diff', 'main', '--format', 'json', '--today', '2026-11-23'], repo.dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.base, 'main');
    assert.match(out.base_commit, /^[0-9a-f]{40}$/);
    const quote = out.records.find((x: { id: string }) => x.id === 'd-2026-046-terre-vivante');
    assert.deepStrictEqual(
      quote.notes.find((n: { kind: string }) => n.kind === 'totals'),
      {
        kind: 'totals',
        before: { total_ht: 1580, total_ttc: 1896, recurring_ht: null, period: null },
        after: { total_ht: 1680, total_ttc: 2016, recurring_ht: null, period: null },
      },
    );
    assert.deepStrictEqual(
      out.records.map((x: { change: string; diagnostics: unknown[] }) => [x.change, x.diagnostics.length]),
      [
        ['modified', 0],
        ['modified', 1],
        ['modified', 0],
      ],
    );
  });

  it('hook install never replaces a hook it did not write', async () => {
    const repo = Repo.sample();
    const hook = path.join(repo.dir, '.git', 'hooks', 'pre-commit');
    fs.writeFileSync(hook, '#!/bin/sh\nnpm test\n', { mode: 0o755 });
    const r = await atelier(['hook', 'install'], repo.dir);
    assert.strictEqual(r.status, 2);
    assert.match(
      r.stderr,
      /already exists and was not written by Atelier: not replaced\.\nTo run Atelier from it, add this line to it:\n {2}npx --no-install atelier validate --workspace '\.' --staged --base HEAD \|\| exit 1\n/,
    );
    assert.strictEqual(fs.readFileSync(hook, 'utf8'), '#!/bin/sh\nnpm test\n');
  });
});
