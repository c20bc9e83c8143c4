/**
 * `atelier certificates`: the certificat de réalisation (the Ministry of Labour's model), per
 * session or per mission, refused on incomplete attendance unless --draft (PROVISOIRE on every
 * page); read back from the real PDFs with pdftotext.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { pdfPages, pdfText, removeTempWorkspaces, TODAY, workspaceWith, writtenAll } from './fixtures';

const LYON = '2026-03-12-atelier-lyon';
const TERRE_VIVANTE = '2026-terre-vivante';

function certificates(dir: string, ...args: string[]) {
  return atelier(['certificates', ...args, '--workspace', dir, '--today', TODAY]);
}

/**
 * The text of a PDF (or one page) on one line (the sentence wraps anywhere), in drawing order: the
 * PROVISOIRE watermark across the page then stays out of the sentences it crosses.
 */
function flat(file: string, page?: number): string {
  return pdfText(file, page, 'raw').replace(/\s+/g, ' ');
}

function find(files: string[], name: string): string {
  const f = files.find((x) => path.basename(x) === name);
  assert.ok(f, `${name} not in:\n${files.join('\n')}`);
  return f;
}

/** Replaces the first `from` after `after` in a workspace file. */
function edit(dir: string, rel: string, after: string, from: string, to: string): void {
  const file = path.join(dir, rel);
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(from, text.indexOf(after));
  assert.ok(at >= 0, `${from} after ${after} in ${rel}`);
  fs.writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
}

/** A mission of `count` three-hour sessions with one trainee, the last one's attendance not recorded. */
function longMission(count: number): Record<string, string> {
  const files: Record<string, string> = {
    'missions/m-longue.md': `---
type: mission
client: asso-terre-vivante
coordinator: camille-martin
facilitators: [samir-vidal]
ordered:
  - kind: workshop
    count: ${count}
    facilitators_per_session: 1
status: open
---
`,
  };
  for (let i = 1; i <= count; i++) {
    const day = `2026-${String(1 + Math.floor((i - 1) / 28)).padStart(2, '0')}-${String(1 + ((i - 1) % 28)).padStart(2, '0')}`;
    files[`sessions/m-longue-${String(i).padStart(2, '0')}.md`] = `---
type: session
title: "Atelier long n° ${i} — une session au titre assez long pour occuper sa ligne"
programme: se-reunir-autrement
mission: m-longue
kind: workshop
status: ${i === count ? 'launched' : 'done'}
slots:
  - date: ${day}
    start: "09:00"
    end: "12:00"
place: Salle du Grand Tilleul, 8 rue des Lilas, 69007 Lyon
facilitators: [samir-vidal]
participants:
  - first_name: Léa
    last_name: Marchand
    email: lea.marchand@terre-vivante.example
    organisation: Association Terre Vivante des Monts
    added_on: 2025-12-01
    attendance: [${i === count ? 'null' : 'present'}]
---
`;
  }
  return files;
}

describe('atelier certificates (certificat de réalisation)', function () {
  // Real work: each test writes PDFs and reads them back with pdftotext; the margin is for a busy machine.
  this.timeout(120_000);
  after(removeTempWorkspaces);

  it("writes the Ministry's sentence for one session, with the hours actually attended", async () => {
    const dir = workspaceWith();
    const r = await certificates(dir, LYON);
    assert.strictEqual(r.status, 0, r.stderr);
    const files = writtenAll(r);
    assert.strictEqual(files.length, 8);
    assert.ok(files.every((f) => path.dirname(f) === path.join(dir, 'generated', LYON, 'certificats')));
    const text = flat(find(files, 'certificat-lambert-zoe.pdf'));
    for (const t of [
      'Certificat de réalisation',
      'Je soussigné(e) Camille Martin, représentant légal du dispensateur de l’action concernée Les Communs Apprenants SCOP SARL, atteste que Zoé Lambert, salarié(e) de Association Terre Vivante des Monts, a suivi l’action Se réunir autrement — facilitation et gouvernance partagée, nature de l’action : action de formation, qui s’est déroulée le 12 mars 2026, pour une durée de 3 heures.',
      'Modalité de réalisation : en présentiel',
      '3 h suivies sur 6 h prévues',
      'Fait à Paris, le 23 novembre 2026.',
      'Cachet et signature du responsable du dispensateur de l’action',
      'Camille Martin, co-gérante',
      'je m’engage à conserver l’ensemble des pièces justificatives qui ont permis d’établir le présent certificat pendant une durée de 3 ans',
    ])
      assert.ok(text.includes(t), `missing "${t}" in:\n${text}`);
    assert.ok(!text.includes('PROVISOIRE'));
    assert.ok(flat(find(files, 'certificat-durand-anne.pdf')).includes('pour une durée de 6 heures.'));
  });

  it('adds up every session of a mission the person attended, matched by email, else by name', async () => {
    const dir = workspaceWith();
    // Zoé under another address in one session, under another spelling of her name in another:
    // still one trainee (as the review matches participants), one certificate.
    const zoe = 'email: zoe.lambert@terre-vivante.example';
    edit(dir, 'sessions/2026-06-18-cloture-terre-vivante.md', 'first_name: Zoé', zoe, 'email: zoe@ailleurs.example');
    edit(
      dir,
      'sessions/2026-04-09-atelier-lyon-2.md',
      'first_name: Zoé',
      'last_name: Lambert',
      'last_name: Lambert-Roy',
    );
    const r = await certificates(dir, '--mission', TERRE_VIVANTE);
    assert.strictEqual(r.status, 0, r.stderr);
    const files = writtenAll(r);
    assert.strictEqual(files.length, 8, files.join('\n'));
    assert.ok(files.every((f) => path.dirname(f) === path.join(dir, 'generated', TERRE_VIVANTE, 'certificats')));
    const zoeText = flat(find(files, 'certificat-lambert-zoe.pdf'));
    // 0.75 h (welcome webinar) + 3 h (workshop 1, afternoon absent) + 6 h + 6 h + 1 h (closing webinar).
    assert.ok(
      zoeText.includes('qui s’est déroulée du 10 février 2026 au 18 juin 2026, pour une durée de 16,75 heures.'),
      zoeText,
    );
    assert.ok(zoeText.includes('Modalité de réalisation : mixte (en présentiel et à distance)'), zoeText);
    // Fatou joined at workshop 1 and missed the closing webinar: 6 + 6 + 3 h, from her first session.
    const fatou = flat(find(files, 'certificat-sow-fatou.pdf'));
    assert.ok(
      fatou.includes('qui s’est déroulée du 12 mars 2026 au 18 juin 2026, pour une durée de 15 heures.'),
      fatou,
    );
    assert.ok(fatou.includes('en présentiel'));
    assert.ok(zoeText.includes('Généré le 23 novembre 2026 depuis missions/2026-terre-vivante.md'), zoeText);
  });

  it('refuses when attendance is incomplete, naming who and which slot, and writes nothing', async () => {
    const dir = workspaceWith();
    edit(dir, `sessions/${LYON}.md`, 'first_name: Zoé', 'attendance: [present, absent]', 'attendance: [present, null]');
    const r = await certificates(dir, LYON);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /émargement incomplet, aucun certificat écrit/);
    assert.match(r.stderr, /\n {2}Zoé Lambert : jeu\. 12 mars 2026 14 h – 17 h\n/);
    assert.match(r.stderr, /--draft/);
    assert.ok(!fs.existsSync(path.join(dir, 'generated')));

    // A mission under way: its planned sessions, named, for everyone concerned.
    const m = await certificates(dir, '--mission', '2026-rouages-consentement');
    assert.strictEqual(m.status, 1, m.stderr);
    assert.match(
      m.stderr,
      /Thomas Girard, Sofia Martins, .*Mei-Lin Zhang : 2026-11-17-formation-rouages-j2 mar\. 24 nov\. 2026 9 h 30 – 12 h 30 ;/,
    );
    assert.match(m.stderr, /Baptiste Renaud : 2026-11-17-formation-rouages-j2 mar\. 17 nov\. 2026 9 h 30/);
    assert.ok(!fs.existsSync(path.join(dir, 'generated')));
  });

  it('with --draft, marks PROVISOIRE on every page of the incomplete certificates only', async () => {
    const dir = workspaceWith(longMission(30));
    const refusedRun = await certificates(dir, '--mission', 'm-longue');
    assert.strictEqual(refusedRun.status, 1, refusedRun.stderr);
    assert.match(refusedRun.stderr, /Léa Marchand : m-longue-30 /);

    const r = await certificates(dir, '--mission', 'm-longue', '--draft');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /1 certificat\(s\) PROVISOIRE\(S\)/);
    const file = find(writtenAll(r), 'certificat-marchand-lea.pdf');
    const pages = pdfPages(file);
    assert.ok(pages >= 2, `${pages} page(s): the test needs a certificate of several pages`);
    for (let page = 1; page <= pages; page++) assert.match(flat(file, page), /PROVISOIRE/, `page ${page}`);
    // 29 sessions of 3 h attended; the 30th not recorded.
    assert.match(flat(file), /pour une durée de 87 heures\./);
    assert.match(flat(file, 1), /ce document ne vaut pas certificat de réalisation/);

    // The complete certificates of a --draft run carry no mark.
    const lyon = await certificates(dir, LYON, '--draft');
    assert.strictEqual(lyon.status, 0, lyon.stderr);
    assert.ok(!flat(find(writtenAll(lyon), 'certificat-lambert-zoe.pdf')).includes('PROVISOIRE'));
  });

  it("prints the programme's nature, and speaks English for locale en", async () => {
    const dir = workspaceWith({}, { locale: 'en' });
    edit(dir, 'programmes/se-reunir-autrement.md', 'webinars', 'nature: formation', 'nature: bilan');
    edit(dir, `sessions/${LYON}.md`, 'first_name: Zoé', 'attendance: [present, absent]', 'attendance: [present, null]');
    const r = await certificates(dir, LYON, '--draft');
    assert.strictEqual(r.status, 0, r.stderr);
    const text = flat(find(writtenAll(r), 'certificat-lambert-zoe.pdf'));
    for (const t of [
      'Certificate of completion',
      'I, the undersigned Camille Martin, legal representative of the provider of the action concerned, Les Communs Apprenants SCOP SARL, certify that Zoé Lambert, employee of Association Terre Vivante des Monts, attended the action Se réunir autrement — facilitation et gouvernance partagée, nature of the action: skills assessment, which took place on 12 March 2026, for a duration of 3 hours.',
      'Mode of delivery: on site',
      'Done at Paris, on 23 November 2026.',
      'DRAFT',
      'for 3 years',
    ])
      assert.ok(text.includes(t), `missing "${t}" in:\n${text}`);
    const fr = workspaceWith();
    edit(fr, 'programmes/se-reunir-autrement.md', 'webinars', 'nature: formation', 'nature: vae');
    const vae = await certificates(fr, LYON);
    assert.ok(flat(find(writtenAll(vae), 'certificat-durand-anne.pdf')).includes('nature de l’action : action de VAE'));
  });

  it('keeps the attestation de présence as --kind attestation, and says what a command line lacks', async () => {
    const dir = workspaceWith();
    const r = await certificates(dir, LYON, '--kind', 'attestation');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.ok(flat(find(writtenAll(r), 'attestation-lambert-zoe.pdf')).includes('Attestation de présence'));
    assert.strictEqual((await certificates(dir)).status, 2);
    assert.strictEqual((await certificates(dir, LYON, '--mission', TERRE_VIVANTE)).status, 2);
    assert.strictEqual((await certificates(dir, LYON, '--kind', 'diplome')).status, 2);
    assert.strictEqual((await certificates(dir, '--mission', 'pas-de-mission')).status, 2);
    assert.strictEqual((await certificates(dir, '--mission', TERRE_VIVANTE, '--kind', 'attestation')).status, 2);
  });
});
