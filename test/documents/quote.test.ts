/** `atelier quote`: the devis, read back from the real PDF with pdftotext; its figures add up to the cent. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { pdfText, removeTempWorkspaces, TODAY, workspaceWith, written } from './fixtures';

/** A client whose names use accents and other scripts. */
const CLIENT = `---
type: client
name: "Société Ελληνική & Жёлтый — Œuvre d'Île"
address: 3 allée des Cèdres, 13001 Marseille
vat_number: FR40900000006
channel: marketplace
---
`;

/** One-off lines at two VAT rates (and amounts with a third decimal), a discount, and a weekly line. */
export const MIXED_QUOTE = `---
type: quote
number: D-2026-090
client: societe-grecque
programme: se-reunir-autrement
date: 2026-11-02
valid_until: 2026-12-02
status: sent
approvals: [communs-apprenants, la-tisserande]
lines:
  - label: Journée de formation « Se réunir autrement » — Zoé Ørsted & Лев Толстой
    quantity: 2
    unit: day
    people: 2
    unit_price: 650
  - label: Livret pédagogique imprimé
    quantity: 7
    unit: participant
    unit_price: 12.345
    vat_rate: 0.055
  - label: Webinaire d'accueil
    quantity: 1
    unit: flat
    unit_price: 180.33
  - label: Accompagnement hebdomadaire
    quantity: 3
    unit: hour
    unit_price: 150
    recurrence: week
  - label: Revue mensuelle des engagements
    quantity: 1.5
    unit: hour
    unit_price: 133.333
    vat_rate: 0.1
    recurrence: month
discount: 99.99
notes: Tarif valable pour un groupe de 12 personnes au plus.
---
`;

function quote(dir: string, ...args: string[]) {
  return atelier(['quote', ...args, '--workspace', dir, '--today', TODAY]);
}

/** "1 234,56 €" → 1234.56 (French format, no-break spaces of any kind). */
function euros(s: string): number {
  return Number(s.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.'));
}

const AMOUNT = '(-?\\d{1,3}(?:[\\s\\u00a0\\u202f]\\d{3})*,\\d{2})[\\s\\u00a0]€';

/** The amount printed after a label, on the line where it stands. */
function amountAfter(text: string, label: string): number {
  const m = new RegExp(`${label.replace(/[().%+]/g, '\\$&')}[^\\n]*?${AMOUNT}\\s*$`, 'm').exec(text);
  assert.ok(m, `no amount after "${label}" in:\n${text}`);
  return euros(m[1]);
}

const cents = (x: number) => Math.round(x * 100);

describe('atelier quote', function () {
  this.timeout(60_000);
  after(removeTempWorkspaces);

  it('prints every mention of a devis, and its lines and totals add up to the cent', async () => {
    const dir = workspaceWith({ 'clients/societe-grecque.md': CLIENT, 'quotes/d-2026-090.md': MIXED_QUOTE });
    const r = await quote(dir, 'd-2026-090');
    assert.strictEqual(r.status, 0, r.stderr);
    const file = written(r);
    assert.strictEqual(file, path.join(dir, 'generated', 'd-2026-090', 'devis-d-2026-090.pdf'));
    const text = pdfText(file).replace(/\u00a0/g, ' ');
    // In drawing order, a value wrapped in its cell reads on consecutive lines.
    const flat = pdfText(file, undefined, 'raw').replace(/\s+/g, ' ');
    for (const t of [
      'Devis n° D-2026-090',
      // The seller (legal: of atelier.yaml).
      'Les Communs Apprenants SCOP SARL',
      'SCOP SARL à capital variable',
      '5 rue des Tisserands, 75011 Paris',
      'SIRET 90000000100009',
      'N° TVA intracommunautaire FR68900000001',
      "Déclaration d'activité enregistrée sous le n° 11 75 00000 75 auprès du préfet de région Île-de-France",
      // The client, with accents and other scripts.
      "Société Ελληνική & Жёлтый — Œuvre d'Île",
      '3 allée des Cèdres, 13001 Marseille',
      'N° TVA intracommunautaire FR40900000006',
      // Number, dates, programme.
      '2 novembre 2026',
      "Valable jusqu'au",
      '2 décembre 2026',
      'Se réunir autrement — facilitation et gouvernance partagée',
      // The lines' columns and words.
      'Désignation',
      'Qté',
      'Pers.',
      'PU HT',
      'Zoé Ørsted & Лев Толстой',
      'Prestations ponctuelles',
      'Prestations récurrentes, par semaine',
      'Prestations récurrentes, par mois',
      '5,5 %',
      '20 %',
      '10 %',
      // Totals and the one-line summary.
      'Sous-total HT',
      'Remise',
      'TVA 20 % sur',
      'TVA 5,5 % sur',
      'Total TVA',
      'Total TTC',
      'Total HT par semaine',
      'Total TTC par mois',
      'Montant : 2 766,76 € HT + 450,00 € HT / semaine + 200,00 € HT / mois',
      '12,345 €',
      // Payment terms of atelier.yaml.
      'Paiement à 30 jours',
      'Pénalités de retard : 10 % par an',
      'Indemnité forfaitaire pour frais de recouvrement',
      '40,00 €',
      // Notes and the acceptance box.
      'Tarif valable pour un groupe de 12 personnes au plus.',
      'Bon pour accord',
      'Nom et qualité du signataire',
      'Signature et cachet',
    ])
      assert.ok(flat.includes(t), `missing "${t}" in:\n${text}`);
    assert.ok(!/BROUILLON/.test(text), 'a sent quote is no draft');

    // The figures on the page add up, to the cent.
    const oneOffPart = text.slice(0, text.indexOf('Prestations récurrentes, par semaine'));
    const rest = text.slice(text.lastIndexOf('Sous-total HT'));
    const lineTotals = [...oneOffPart.matchAll(new RegExp(`%\\s+${AMOUNT}\\s*$`, 'gm'))].map((m) => euros(m[1]));
    assert.strictEqual(lineTotals.length, 3, oneOffPart);
    const totalsPart = text.slice(text.lastIndexOf('Sous-total HT') - 200);
    const subtotal = amountAfter(totalsPart, 'Sous-total HT');
    const discount = amountAfter(totalsPart, 'Remise');
    const ht = amountAfter(totalsPart, 'Total HT');
    const vat20 = amountAfter(totalsPart, 'TVA 20 % sur');
    const vat55 = amountAfter(totalsPart, 'TVA 5,5 % sur');
    const vat = amountAfter(totalsPart, 'Total TVA');
    const ttc = amountAfter(totalsPart, 'Total TTC');
    const bases = [...totalsPart.matchAll(/TVA [\d,]+ % sur ([\d\s,]+,\d{2}) € HT/g)].map((m) => euros(m[1]));
    assert.strictEqual(cents(lineTotals.reduce((s, x) => s + x, 0)), cents(subtotal), 'lines = subtotal');
    assert.strictEqual(cents(subtotal) + cents(discount), cents(ht), 'subtotal − discount = HT');
    assert.strictEqual(cents(discount), -9999);
    assert.strictEqual(cents(bases[0] + bases[1]), cents(ht), 'bases per rate = HT');
    assert.strictEqual(cents(vat20) + cents(vat55), cents(vat), 'VAT per rate = VAT');
    assert.strictEqual(cents(ht) + cents(vat), cents(ttc), 'HT + VAT = TTC');
    assert.strictEqual(ht, 2766.76);

    // The weekly and monthly parts, each on its own.
    assert.strictEqual(amountAfter(rest, 'Total HT par semaine'), 450);
    assert.strictEqual(amountAfter(rest, 'Total TTC par semaine'), 540);
    assert.strictEqual(amountAfter(rest, 'Total HT par mois'), 200);
    assert.strictEqual(amountAfter(rest, 'Total TTC par mois'), 220);
  });

  it('marks a draft BROUILLON, refuses a refused quote unless --force, and writes HTML too', async () => {
    const dir = workspaceWith();
    const draft = await quote(dir, 'd-2026-046-terre-vivante');
    assert.strictEqual(draft.status, 0, draft.stderr);
    assert.match(pdfText(written(draft)), /BROUILLON — devis non validé/);

    const refused = await quote(dir, 'd-2026-017-fournil');
    assert.strictEqual(refused.status, 1);
    assert.strictEqual(refused.stdout, '');
    assert.match(refused.stderr, /le devis D-2026-017 est « refused » : il n'est pas imprimé \(--force/);
    assert.ok(!fs.existsSync(path.join(dir, 'generated', 'd-2026-017-fournil')));
    const forced = await quote(dir, 'd-2026-017-fournil', '--force');
    assert.strictEqual(forced.status, 0, forced.stderr);
    assert.match(pdfText(written(forced)), /REFUSÉ — ce devis a été refusé/);

    const html = await quote(dir, 'd-2026-034-vallee-verte', '--format', 'html', '--out', path.join(dir, 'devis.html'));
    assert.strictEqual(html.status, 0, html.stderr);
    const page = fs.readFileSync(written(html), 'utf8');
    assert.match(page, /Montant : <\/b>2\u00a0088,00\u00a0€ HT \+ 600,00\u00a0€ HT \/ semaine/);
  });

  it('says which legal mentions atelier.yaml lacks, and writes the devis without them', async () => {
    const dir = workspaceWith();
    const cfg = path.join(dir, 'atelier.yaml');
    fs.writeFileSync(cfg, fs.readFileSync(cfg, 'utf8').replace(/\nlegal:[\s\S]*$/, '\n'));
    const r = await quote(dir, 'd-2026-034-vallee-verte');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /Devis n° D-2026-034 sans : adresse du siège, SIRET, numéro de TVA/);
    assert.match(r.stderr, /délai de paiement \(payment_terms\.days\)/);
  });
});
