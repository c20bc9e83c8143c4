/** `atelier convention` and `atelier programme`: read back from the real PDFs with pdftotext. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { pdfText, removeTempWorkspaces, TODAY, workspaceWith, written } from './fixtures';

const PROGRAMME = `---
type: programme
title: "Animer l'assemblée — Ψυχή & Душа"
modules: [Préparer l'ordre du jour, Faciliter les votes]
format: on-site
hours: 7
hours_per_day: 7
max_participants: 12
price_per_day: 1400
nature: formation
objectives: [Préparer une assemblée générale, Faciliter une décision collective]
audience: Membres de conseils d'administration.
prerequisites: Aucun.
methods: Mises en situation et fiches outils.
assessment: Quiz de fin de journée.
accessibility: camille-martin
---
`;

const QUOTE = `---
type: quote
number: D-2026-095
client: asso-terre-vivante
programme: animer-assemblee
date: 2026-10-01
valid_until: 2026-10-31
status: accepted
approvals: [communs-apprenants, la-tisserande]
accepted:
  on: 2026-10-10
  signed_by: Marie Leroy
lines:
  - label: Journée « Animer l'assemblée » (binôme d'animation)
    quantity: 1
    unit: day
    people: 2
    unit_price: 700
  - label: Livret imprimé
    quantity: 10
    unit: flat
    unit_price: 8.5
    vat_rate: 0.055
discount: 50
---
`;

const MISSION = `---
type: mission
client: asso-terre-vivante
quote: d-2026-095
coordinator: camille-martin
facilitators: [samir-vidal]
ordered:
  - kind: training-day
    count: 1
status: open
---
`;

const session = (end: string) => `---
type: session
title: Animer l'assemblée
programme: animer-assemblee
mission: 2026-assemblee
kind: training-day
status: planned
slots:
  - date: 2026-12-14
    start: "09:00"
    end: "12:30"
  - date: 2026-12-14
    start: "13:30"
    end: "${end}"
place: Maison des associations, 12 rue de la Paix, 69001 Lyon
facilitators: [samir-vidal]
capacity: 12
---
`;

const files = (end = '17:00') => ({
  'programmes/animer-assemblee.md': PROGRAMME,
  'quotes/d-2026-095.md': QUOTE,
  'missions/2026-assemblee.md': MISSION,
  'sessions/2026-12-14-assemblee.md': session(end),
});

const run = (dir: string, ...args: string[]) => atelier([...args, '--workspace', dir, '--today', TODAY]);
const flat = (file: string) => pdfText(file, undefined, 'raw').replace(/[\s\u00a0]+/g, ' ');

describe('atelier convention', function () {
  this.timeout(60_000);
  after(removeTempWorkspaces);

  it('writes the parties, the action and the quote’s own figures, with two signature blocks', async () => {
    const dir = workspaceWith(files());
    const r = await run(dir, 'convention', 'd-2026-095');
    assert.strictEqual(r.status, 0, r.stderr);
    const file = written(r);
    assert.strictEqual(file, path.join(dir, 'generated', 'd-2026-095', 'convention-d-2026-095.pdf'));
    const text = flat(file);
    for (const t of [
      'Convention de formation professionnelle',
      'Les Communs Apprenants SCOP SARL',
      'SIRET 90000000100009',
      'représentée par Camille Martin, co-gérante',
      "ci-après « l'organisme de formation »",
      'Association Terre Vivante des Monts',
      'représentée par Marie Leroy',
      'ci-après « le client »',
      "« Animer l'assemblée — Ψυχή & Душа »",
      'selon le devis n° D-2026-095 accepté le 10 octobre 2026',
      'action de formation (article L6313-1 du Code du travail)',
      '7 heures (1 jour de 7 h)',
      '14 décembre 2026',
      'Maison des associations, 12 rue de la Paix, 69001 Lyon',
      'Préparer une assemblée générale',
      'Mises en situation et fiches outils.',
      'Quiz de fin de journée.',
      'certificat de réalisation',
      'Paiement à 30 jours',
      'Indemnité forfaitaire pour frais de recouvrement',
      'délai de dix jours',
      'Fait en deux exemplaires, à Paris, le',
      "Pour l'organisme de formation",
      'Pour le client',
    ])
      assert.ok(text.includes(t), `missing "${t}" in:\n${text}`);

    // The price is the devis's, figure for figure.
    const devis = await run(dir, 'quote', 'd-2026-095');
    assert.strictEqual(devis.status, 0, devis.stderr);
    const devisText = flat(written(devis));
    // The devis's totals (its table header also says "Total HT").
    const quoteText = devisText.slice(devisText.lastIndexOf('Sous-total HT'));
    for (const label of [
      'Sous-total HT',
      'Remise',
      'Total HT',
      'TVA 20 % sur',
      'TVA 5,5 % sur',
      'Total TVA',
      'Total TTC',
    ]) {
      const figure = new RegExp(`${label} [^€]*?(-?[\\d ]+,\\d{2} €)`);
      const inQuote = figure.exec(quoteText)?.[1];
      assert.ok(inQuote, `${label} in the devis`);
      assert.strictEqual(figure.exec(text)?.[1], inQuote, label);
    }
    assert.ok(text.includes('Montant : 1 435,00 € HT'), text);
  });

  it('refuses when the planned sessions, the quote and the programme disagree, and says where', async () => {
    const dir = workspaceWith(files('16:00'));
    const r = await run(dir, 'convention', 'd-2026-095');
    assert.strictEqual(r.status, 1);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /les heures ou le prix ne concordent pas, rien n'a été écrit/);
    assert.match(r.stderr, /durée : le parcours dit 7 h, la session planifiée fait 6 h/);
    assert.ok(!fs.existsSync(path.join(dir, 'generated', 'd-2026-095')));
    const forced = await run(dir, 'convention', 'd-2026-095', '--force');
    assert.strictEqual(forced.status, 0, forced.stderr);
    assert.match(forced.stderr, /écrite malgré tout \(--force\)/);

    const price = workspaceWith({
      ...files(),
      'quotes/d-2026-095.md': QUOTE.replace('unit_price: 700', 'unit_price: 650'),
    });
    const p = await run(price, 'convention', 'd-2026-095');
    assert.strictEqual(p.status, 1);
    assert.match(
      p.stderr,
      /prix de « Journée « Animer l'assemblée » \(binôme d'animation\) » : 1\u00a0300,00\u00a0€ par jour dans le devis, 1\u00a0400,00\u00a0€ dans le parcours/,
    );
  });

  it('refuses a quote that is not accepted', async () => {
    const dir = workspaceWith();
    const r = await run(dir, 'convention', 'd-2026-041-val-dorbiere');
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /le devis D-2026-041 est « sent », pas « accepted »/);
  });
});

describe('atelier programme', function () {
  this.timeout(60_000);
  after(removeTempWorkspaces);

  it('prints every field of the sheet, dated by the last commit of the programme', async () => {
    const dir = workspaceWith(files(), { git: true });
    const r = await run(dir, 'programme', 'animer-assemblee');
    assert.strictEqual(r.status, 0, r.stderr);
    const file = written(r);
    assert.strictEqual(file, path.join(dir, 'generated', 'animer-assemblee', 'programme-animer-assemblee.pdf'));
    const text = flat(file);
    const committed = new Date().toISOString().slice(0, 10);
    const months = [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ];
    const day = +committed.slice(8, 10);
    const frenchDay = `${day === 1 ? '1er' : day} ${months[+committed.slice(5, 7) - 1]} ${committed.slice(0, 4)}`;
    for (const t of [
      'Programme de formation',
      "Animer l'assemblée — Ψυχή & Душа",
      'Objectifs pédagogiques',
      'Faciliter une décision collective',
      "Nature de l'action",
      'Public',
      "Membres de conseils d'administration.",
      'Prérequis',
      'Aucun.',
      'Durée',
      '7 heures (1 jour de 7 h)',
      'Contenu',
      "Préparer l'ordre du jour",
      'en présentiel',
      'Méthodes pédagogiques et moyens',
      "Modalités d'évaluation",
      'Accessibilité aux personnes en situation de handicap',
      'Camille Martin — camille.martin@communs-apprenants.example',
      'Tarif',
      '1 400,00 € HT par jour',
      'SIRET 90000000100009',
      `Programme mis à jour le ${frenchDay}`,
    ])
      assert.ok(text.includes(t), `missing "${t}" in:\n${text}`);
    assert.strictEqual(r.stderr, '');

    // Changed since the last commit: dated today (the workspace's today), not by the commit.
    fs.appendFileSync(path.join(dir, 'programmes', 'animer-assemblee.md'), '\nNotes.\n');
    const changed = await run(dir, 'programme', 'animer-assemblee');
    assert.ok(flat(written(changed)).includes('Programme mis à jour le 23 novembre 2026'));
  });

  it('names the fields a programme lacks, and validate warns when an accepted quote sells it', async () => {
    const dir = workspaceWith({
      ...files(),
      'programmes/animer-assemblee.md': PROGRAMME.replace(/audience:.*\n/, '').replace(/accessibility:.*\n/, ''),
    });
    const r = await run(dir, 'programme', 'animer-assemblee');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /Fiche programme incomplète, il manque : public, accessibilité\./);
    const v = await run(dir, 'validate', '--format', 'json');
    const found = (
      JSON.parse(v.stdout) as { diagnostics: { file: string; code: string; line: number; message: string }[] }
    ).diagnostics.filter((d) => d.code === 'rule.programme-sheet');
    assert.deepStrictEqual(
      found.map((d) => [d.file, d.line]),
      [['programmes/animer-assemblee.md', 3]],
    );
    assert.match(
      found[0].message,
      /Le devis D-2026-095 \(accepté\) vend ce parcours, mais sa fiche programme n'aurait pas : audience, accessibility/,
    );
  });
});
