import * as assert from 'assert';
import { expectReview, Repo } from './repo';

const ACCEPTED = 'quotes/d-2026-021-rouages.md';
const DRAFT = 'quotes/d-2026-046-terre-vivante.md';

describe('review: an accepted quote keeps its lines, prices and client', () => {
  it('flags a price, a client and a line added, each on its line', async () => {
    const repo = Repo.sample();
    repo.edit(ACCEPTED, '    unit_price: 700', '    unit_price: ⟦review.quote-frozen|750⟧');
    repo.edit(ACCEPTED, 'client: scop-les-rouages', 'client: ⟦review.quote-frozen|fournil-cooperatif⟧');
    repo.edit(
      ACCEPTED,
      'discount: 0',
      '  - ⟦review.quote-frozen|label⟧: Frais de déplacement\n    quantity: 1\n    unit: flat\n    unit_price: 120\ndiscount: 0',
    );
    repo.commit('Reprice the quote', '2026-09-01');
    const v = await expectReview(repo, 'HEAD~1');
    const price = v.diagnostics.find((d) => d.message.includes('unit_price'));
    assert.strictEqual(
      price?.message,
      'Le devis D-2026-021 est accepté : ses lignes, ses prix et son client sont figés ; « lines.unit_price » a été modifié (valeur acceptée : 700). Faites plutôt un nouveau devis ou un avenant.',
    );
  });

  it('flags a line removed, on the lines key', async () => {
    const repo = Repo.sample();
    repo.edit(
      ACCEPTED,
      "  - label: Webinaires d'approfondissement (1 h chacun)\n    quantity: 2\n    unit: hour\n    unit_price: 160\n",
      '',
    );
    repo.edit(ACCEPTED, 'lines:', '⟦review.quote-frozen|lines⟧:');
    // Two hours fewer sold: the last training day goes past what the quote sells.
    repo.edit('sessions/2027-01-12-formation-rouages-j3.md', 'slots:', '⟦rule.hours-mismatch|slots⟧:');
    await expectReview(repo, 'HEAD');
  });

  it('stays silent when a default is written out or dropped: the same prices', async () => {
    const repo = Repo.sample();
    repo.edit(
      ACCEPTED,
      '    unit: hour\n    unit_price: 240\n',
      '    unit: hour\n    people: 1\n    unit_price: 240\n    vat_rate: 0.2\n',
    );
    repo.edit(ACCEPTED, '    unit_price: 700\n    vat_rate: 0.2\n', '    unit_price: 700\n');
    repo.edit(ACCEPTED, 'discount: 0\n', '');
    await expectReview(repo, 'HEAD');
  });

  it("flags a line's facilitators dropped back to the default, on that line", async () => {
    const repo = Repo.sample();
    repo.edit(ACCEPTED, '    people: 2\n', '');
    repo.edit(ACCEPTED, '  - label: Journées de formation', '  - ⟦review.quote-frozen|label⟧: Journées de formation');
    await expectReview(repo, 'HEAD');
  });

  it('stays silent on its notes and status, and on a draft quote', async () => {
    const repo = Repo.sample();
    repo.edit(ACCEPTED, 'Commission de la', 'Commission de la place de marché ; la');
    repo.edit(DRAFT, '    unit_price: 140', '    unit_price: 150');
    repo.commit('Notes; reprice the draft', '2026-11-21');
    await expectReview(repo, 'HEAD~1');
  });
});
