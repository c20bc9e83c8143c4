/** The `legal:`, `payment_terms:` and `channels:` blocks of atelier.yaml: read, checked, printed the same way everywhere. */
import * as assert from 'assert';
import { analyzeConfigFile } from '../../src/core/analyze';
import { localize } from '../../src/core/localize';
import { sellerIdentity, paymentTermLines } from '../../src/core/documents/seller';
import { salesFormats, salesLabels } from '../../src/core/i18n/sales';

const FULL = `organisation: Coopérative Exemple
registration_number: "11 75 00000 75"
legal:
  name: Coopérative Exemple SCOP SARL
  form: SCOP SARL à capital variable
  address: 12 rue de la Paix
  postcode: "69001"
  city: Lyon
  siret: "90000000100009"
  vat_number: FR68900000001
  registration_region: Auvergne-Rhône-Alpes
  representative: { name: Camille Martin, title: co-gérante }
  email: contact@cooperative-exemple.example
payment_terms:
  days: 30
  late_penalty_rate: 0.1
channels:
  marketplace: { commission: 0.2 }
`;

describe('atelier.yaml legal block, payment terms and channels', () => {
  it('reads them with the legal defaults and gives every document the same identity lines', () => {
    const { config, diagnostics } = analyzeConfigFile(FULL);
    assert.deepStrictEqual(diagnostics, []);
    assert.strictEqual(config.payment_terms.recovery_fee, 40);
    assert.deepStrictEqual(config.channels, { marketplace: 0.2 });
    const l = salesLabels('fr');
    const id = sellerIdentity(config, l);
    assert.strictEqual(id.name, 'Coopérative Exemple SCOP SARL');
    assert.deepStrictEqual(id.missing, []);
    assert.deepStrictEqual(id.lines.slice(0, 4), [
      'SCOP SARL à capital variable',
      '12 rue de la Paix, 69001 Lyon',
      'SIRET 90000000100009',
      'N° TVA intracommunautaire FR68900000001',
    ]);
    assert.match(id.lines[4], /n° 11 75 00000 75 auprès du préfet de région Auvergne-Rhône-Alpes/);
    assert.strictEqual(id.representedBy, 'représentée par Camille Martin, co-gérante');
    const f = salesFormats('fr', 'EUR');
    const terms = paymentTermLines(config, l, f.money, f.rate);
    assert.deepStrictEqual(terms.missing, []);
    assert.match(terms.lines.join('\n'), /Paiement à 30 jours[\s\S]*10\u00a0% par an[\s\S]*40,00\u00a0€/);
  });

  it('says which mentions are missing when the block is absent', () => {
    const { config } = analyzeConfigFile('organisation: Coop\n');
    const id = sellerIdentity(config, salesLabels('en'));
    assert.strictEqual(id.name, 'Coop');
    assert.deepStrictEqual(id.missing, [
      'registered address',
      'SIRET',
      'VAT number or exemption mention',
      'training body registration number',
    ]);
  });

  it('reports a malformed SIRET, an unknown legal field and a commission above 1 at their line, in French', () => {
    const text = `organisation: Coop\nlegal:\n  siret: "1234"\n  tva: FR1\nchannels:\n  marketplace: { commission: 20 }\n`;
    const { diagnostics } = analyzeConfigFile(text);
    const shown = diagnostics.map((d) => `${d.line} ${d.code} ${localize('atelier.yaml', d, 'fr').message}`);
    assert.ok(
      shown.some((s) => s.startsWith('3 schema.pattern') && s.includes('siret')),
      shown.join('\n'),
    );
    assert.ok(
      shown.some((s) => s.startsWith('4 schema.unknown') && s.includes('tva')),
      shown.join('\n'),
    );
    assert.ok(
      shown.some((s) => s.startsWith('6 schema.maximum') && s.includes('1')),
      shown.join('\n'),
    );
  });

  it('warns about a SIRET with a wrong key, a VAT key that does not match the SIREN, a short registration number', () => {
    const text = [
      'organisation: Coop',
      'registration_number: "11 75 000"',
      'legal:',
      '  siret: "90000000100008"',
      '  vat_number: FR12900000001',
      '',
    ].join('\n');
    const shown = analyzeConfigFile(text).diagnostics.map(
      (d) => `${d.line} ${d.severity} ${d.code} ${localize('atelier.yaml', d, 'fr').message}`,
    );
    assert.deepStrictEqual(shown.sort(), [
      "2 warning config.registration-number Un numéro de déclaration d'activité a 11 chiffres, par exemple « 11 75 00000 75 ».",
      "4 warning config.siret-key La clé de ce SIRET est fausse (clé de Luhn) : vérifiez-le sur votre Kbis ou l'avis de situation INSEE, il est imprimé sur chaque devis.",
      '5 warning config.vat-key La clé de ce numéro de TVA français ne correspond pas à son SIREN 900000001 : ce serait FR68900000001.',
    ]);
    // The sample's numbers are consistent.
    assert.deepStrictEqual(
      analyzeConfigFile(FULL.replace('90000000100009', '90000000100009').replace('FR68900000001', 'FR68900000001'))
        .diagnostics,
      [],
    );
  });
});
