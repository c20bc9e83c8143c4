import * as assert from 'assert';
import { expectReview, Repo } from './repo';

const MISSION = 'missions/2026-rouages-consentement.md';
const FROM = 'quotes/d-2026-021-rouages.md';
const TO = 'quotes/d-2026-021-les-rouages.md';

describe('review: a record renamed while references still use its old id', () => {
  it('flags each reference to the old id (git mv), instead of a bare "missing record"', async () => {
    const repo = Repo.sample();
    repo.git('mv', FROM, TO);
    repo.edit(MISSION, 'quote: d-2026-021-rouages', 'quote: ⟦review.renamed-id|d-2026-021-rouages⟧');
    repo.commit('Rename the quote', '2026-11-20');
    const v = await expectReview(repo, 'HEAD~1');
    assert.strictEqual(
      v.diagnostics[0].message,
      "« d-2026-021-rouages » a été renommé en « d-2026-021-les-rouages » (quotes/d-2026-021-rouages.md → quotes/d-2026-021-les-rouages.md), mais cette référence utilise encore l'ancien identifiant : écrivez « d-2026-021-les-rouages ».",
    );
  });

  it('sees a rename git was not told about (Explorer rename: deleted + untracked)', async () => {
    const repo = Repo.sample();
    repo.move(FROM, TO);
    repo.edit(MISSION, 'quote: d-2026-021-rouages', 'quote: ⟦review.renamed-id|d-2026-021-rouages⟧');
    await expectReview(repo, 'HEAD');
  });

  it('stays silent when the references are updated in the same change', async () => {
    const repo = Repo.sample();
    repo.git('mv', FROM, TO);
    repo.edit(MISSION, 'quote: d-2026-021-rouages', 'quote: d-2026-021-les-rouages');
    repo.commit('Rename the quote and its reference', '2026-11-20');
    await expectReview(repo, 'HEAD~1');
  });
});
