/**
 * Every page of every PDF names the organisation and its registration (« déclaration d'activité
 * n° … enregistrée auprès du préfet de région … »); a workspace without them still gets its
 * documents, told on stderr what they lack, and `validate` warns once, on atelier.yaml.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { bigSession, pdfPages, pdfText, removeTempWorkspaces, TODAY, workspaceWith, writtenAll } from './fixtures';

const IDENTITY =
  "Les Communs Apprenants SCOP SARL — déclaration d'activité n° 11 75 00000 75 enregistrée auprès du préfet de région Île-de-France";
const BIG = '2026-10-08-grande-journee';

function run(dir: string, ...args: string[]) {
  return atelier([...args, '--workspace', dir, '--today', TODAY]);
}

describe('the organisation on every page of every PDF', function () {
  this.timeout(120_000);
  after(removeTempWorkspaces);

  it('prints the organisation and its registration at the foot of every page of each kind of document', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 40 }) });
    const runs = {
      'signin-sheet': await run(dir, 'signin-sheet', BIG, '--duplicate'),
      realisation: await run(dir, 'certificates', '2026-03-12-atelier-lyon'),
      attestation: await run(dir, 'certificates', '2026-03-12-atelier-lyon', '--kind', 'attestation'),
      quote: await run(dir, 'quote', 'd-2026-034-vallee-verte'),
      convention: await run(dir, 'convention', 'd-2026-034-vallee-verte', '--force'),
      programme: await run(dir, 'programme', 'se-reunir-autrement'),
    };
    let multiPage = 0;
    for (const [kind, r] of Object.entries(runs)) {
      assert.strictEqual(r.status, 0, `${kind}: ${r.stderr}`);
      const file = writtenAll(r)[0];
      const pages = pdfPages(file);
      if (pages > 1) multiPage++;
      for (let page = 1; page <= pages; page++) {
        const text = pdfText(file, page).replace(/\s+/g, ' ');
        assert.ok(text.includes(IDENTITY), `${kind}, page ${page} / ${pages}:\n${text}`);
      }
    }
    assert.ok(multiPage >= 2, 'some documents of several pages');
  });

  it('makes the documents of a workspace without legal: nor registration number, says what they lack, and validate warns once', async () => {
    const dir = workspaceWith();
    const cfg = path.join(dir, 'atelier.yaml');
    const text = fs.readFileSync(cfg, 'utf8');
    const stripped = text.replace(/^registration_number:.*\n/m, '').replace(/^legal:.*\n(?:^ {2}.*\n)+/m, '');
    assert.ok(!/legal:|registration_number/.test(stripped), stripped);
    fs.writeFileSync(cfg, stripped);

    const sheet = await run(dir, 'signin-sheet', '2026-03-12-atelier-lyon', '--duplicate');
    assert.strictEqual(sheet.status, 0, sheet.stderr);
    assert.match(
      sheet.stderr,
      /Feuille d'émargement : le pied de page ne porte pas le numéro de déclaration d'activité\. Complétez atelier\.yaml/,
    );
    const footer = pdfText(writtenAll(sheet)[0]).replace(/\s+/g, ' ');
    assert.ok(footer.includes('Coopérative Les Communs Apprenants'), footer);

    const certs = await run(dir, 'certificates', '2026-03-12-atelier-lyon');
    assert.strictEqual(certs.status, 0, certs.stderr);
    assert.match(certs.stderr, /Certificat de réalisation : le pied de page ne porte pas le numéro de déclaration/);
    assert.match(certs.stderr, /ne nomme pas de représentant légal/);
    assert.match(certs.stderr, /« Fait à » reste en blanc/);

    const validate = await run(dir, 'validate');
    const warnings = validate.stdout.split('\n').filter((l) => l.includes('config.legal-missing'));
    assert.strictEqual(warnings.length, 1, validate.stdout);
    assert.match(warnings[0], /^atelier\.yaml:\d+:\d+ warning config\.legal-missing .*legal:, registration_number/);
  });
});
