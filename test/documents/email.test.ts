/** `atelier email`: .eml files read back with a real mail parser (mailparser). */
import * as assert from 'assert';
import * as fs from 'fs';
import { simpleParser, type ParsedMail } from 'mailparser';
import * as path from 'path';
import { atelier } from '../cli/run';
import { bigSession, filesIn, removeTempWorkspaces, TODAY, workspaceWith, writtenAll } from './fixtures';

const BIG = '2026-10-08-grande-journee';

function email(dir: string, ...args: string[]) {
  return atelier(['email', ...args, '--workspace', dir, '--today', TODAY]);
}

async function parse(file: string): Promise<ParsedMail> {
  return simpleParser(fs.readFileSync(file));
}

function address(m: ParsedMail, field: 'from' | 'to'): { name: string; address?: string } {
  const v = m[field];
  const first = (Array.isArray(v) ? v[0] : v)?.value[0];
  assert.ok(first, `no ${field}`);
  return first;
}

const INJECTION_TEMPLATE = `---
type: email-template
name: Test d'injection
audience: participants
subject: "Bonjour {{ recipient.first_name }}\\r\\nBcc: evil@example.org"
---

Bonjour {{ recipient.first_name }} {{ recipient.last_name }},

<script>alert('modèle')</script>

Un lien <b>brut</b> et [un piège](javascript:alert(1)) pour **{{ session.title }}**.

{{#session.online}}En ligne : {{ url }}{{/session.online}}{{^session.online}}Sur place : {{ session.place }}{{/session.online}}
`;

describe('atelier email', function () {
  // Real work: each test writes a session's mails and parses them back (a few seconds on an idle
  // machine); the margin is for a machine busy with other jobs.
  this.timeout(60_000);
  after(removeTempWorkspaces);

  it('writes one multipart .eml per participant, headers decoded by a mail parser', async () => {
    const dir = workspaceWith();
    const r = await email(dir, 'bienvenue-apres-achat', '--session', '2026-11-05-accueil-vallee-verte');
    assert.strictEqual(r.status, 0, r.stderr);
    const files = writtenAll(r);
    assert.strictEqual(files.length, 11);
    assert.ok(
      files.every(
        (f) =>
          path.dirname(f) ===
          path.join(dir, 'generated', '2026-11-05-accueil-vallee-verte', 'emails', 'bienvenue-apres-achat'),
      ),
    );
    const raw = fs.readFileSync(files[0], 'utf8');
    assert.match(raw, /^Content-Type: multipart\/alternative;/m);
    assert.match(raw, /^Subject: =\?UTF-8\?Q\?/m, 'non-ASCII subject encoded per RFC 2047');
    const m = await parse(files[0]);
    assert.deepStrictEqual(address(m, 'from'), {
      name: 'Coopérative Les Communs Apprenants',
      address: 'contact@communs-apprenants.example',
    });
    assert.strictEqual(address(m, 'to').address, 'manon.leclerc@la-grange.example');
    assert.strictEqual(address(m, 'to').name, 'Manon Leclerc');
    assert.strictEqual(
      m.subject,
      "Bienvenue dans le parcours Outils numériques éthiques pour les collectifs — webinaire d'accueil le jeudi 5 novembre 2026",
    );
    assert.strictEqual(m.headers.get('x-unsent'), '1');
    assert.match(m.messageId ?? '', /^<.+@communs-apprenants\.example>$/);
    assert.ok(m.date instanceof Date);
    assert.ok(m.text?.includes('Bonjour Manon,'));
    assert.ok(m.text?.includes('jeudi 5 novembre 2026, 18 h – 18 h 45'));
    assert.ok(m.text?.includes('+33 1 00 00 00 46, puis le code d'), m.text);
    const html = m.html || '';
    assert.ok(html.includes('<strong>Outils numériques éthiques pour les collectifs</strong>'), html);
    assert.ok(html.includes('<a href="https://visio.example.org/vallee-verte-accueil">'));
    assert.ok(html.includes('<html lang="fr">'));
  });

  it('keeps every value inert: markup escaped in HTML, CR/LF never a header, safe file names', async () => {
    const dir = workspaceWith({
      [`sessions/${BIG}.md`]: bigSession({ count: 6, title: 'Atelier\r\nBcc: x@y.example <b>gras</b>' }),
      'templates/injection.md': INJECTION_TEMPLATE,
    });
    const out = path.join(dir, 'mails');
    const r = await email(dir, 'injection', '--session', BIG, '--out', out);
    assert.strictEqual(r.status, 0, r.stderr);
    const files = writtenAll(r);
    assert.strictEqual(files.length, 6);
    for (const f of files) {
      assert.strictEqual(path.dirname(f), out);
      assert.match(path.basename(f), /^\d{2}-[a-z0-9-]+\.eml$/);
    }
    assert.deepStrictEqual(filesIn(out).sort(), files.map((f) => path.basename(f)).sort());
    assert.ok(files.some((f) => f.endsWith('06-etc-passwd-jean.eml')));

    for (const f of files) {
      const m = await parse(f);
      assert.strictEqual(m.bcc, undefined, 'no Bcc header');
      assert.ok(!m.headers.has('bcc'));
      assert.ok(!/[\r\n]/.test(m.subject ?? ''), 'one-line subject');
      const html = m.html || '';
      assert.ok(!/<script|<img|<b>|javascript:/i.test(html), `no markup from values or raw HTML:\n${html}`);
      assert.ok(
        html.includes('Sur place\u202f: Maison des associations') && !html.includes('En ligne'),
        'sections follow the data',
      );
    }
    const img = await parse(files.find((f) => f.includes('imagier')) as string);
    assert.strictEqual(img.subject, 'Bonjour <img src=x onerror=alert(1)> Bcc: evil@example.org');
    assert.strictEqual(address(img, 'to').name, '<img src=x onerror=alert(1)> Imagier');
    assert.ok((img.html || '').includes('Bonjour &lt;img src=x onerror=alert(1)> Imagier'));
    assert.ok(
      img.text?.includes('Bonjour <img src=x onerror=alert(1)> Imagier'),
      'plain text keeps the name as written',
    );
    assert.ok((img.html || '').includes('<strong>Atelier Bcc: x@y.example &lt;b>gras&lt;/b></strong>'));
    const script = await parse(files.find((f) => f.includes('scriptovitch')) as string);
    assert.ok((script.html || '').includes('&lt;script>alert(1)&lt;/script>'));
    const nguyen = await parse(files[0]);
    assert.strictEqual(address(nguyen, 'to').name, 'Lê Thị Nguyễn');
  });

  it('refuses a template with an unknown placeholder, naming it and its line, writing nothing', async () => {
    const dir = workspaceWith({
      'templates/faute.md':
        '---\ntype: email-template\nname: Faute\naudience: participants\nsubject: "Bonjour {{ recipient.prenom }}"\n---\n\nLe {{ session.dattes }}.\n',
    });
    const r = await email(dir, 'faute', '--session', '2026-03-12-atelier-lyon');
    assert.strictEqual(r.status, 1);
    assert.match(
      r.stderr,
      /templates\/faute\.md:5:19 error template\.unknown-placeholder Variable inconnue \{\{ recipient\.prenom \}\}/,
    );
    assert.match(
      r.stderr,
      /templates\/faute\.md:8:4 error template\.unknown-placeholder Variable inconnue \{\{ session\.dattes \}\} ; vouliez-vous dire \{\{ session\.dates \}\} \?/,
    );
    assert.strictEqual(r.stdout, '');
    assert.ok(!fs.existsSync(path.join(dir, 'generated')));
  });

  it('mails the client contacts (session → mission → client) and the facilitators', async () => {
    const dir = workspaceWith();
    const client = await email(dir, 'reponse-demande-information', '--session', '2026-03-12-atelier-lyon');
    assert.strictEqual(client.status, 0, client.stderr);
    const [contact] = writtenAll(client);
    const c = await parse(contact);
    assert.strictEqual(address(c, 'to').name, 'Marie Leroy');
    assert.ok(c.text?.includes('Association Terre Vivante des Monts'), 'client.name');
    assert.ok(c.text?.includes('- Préparer une réunion utile et inclusive'), 'programme.modules as a list');
    assert.ok((c.html || '').includes('<li>Préparer une réunion utile et inclusive</li>'));

    // A briefing is sent before the session (when: before): this one is long past, hence --force.
    const team = await email(dir, 'briefing-animateurs', '--session', '2026-03-12-atelier-lyon', '--force');
    assert.strictEqual(team.status, 0, team.stderr);
    const names = await Promise.all(writtenAll(team).map(async (f) => address(await parse(f), 'to').name));
    assert.deepStrictEqual(names, ['Samir Vidal', 'Inès Haddad']);
    // The on-site session has no video link: the template's section leaves the line out, nothing is left empty.
    assert.strictEqual(team.stderr, '');
    const brief = await parse(writtenAll(team)[0]);
    assert.ok(
      brief.text?.includes('- Lieu\u202f: Salle du Grand Tilleul') && !brief.text.includes('Visio'),
      brief.text,
    );
  });

  it('warns about a value left empty only where it is printed, not inside a section that is skipped', async () => {
    const dir = workspaceWith({
      'templates/visio.md': [
        '---',
        'type: email-template',
        'name: Visio',
        'audience: participants',
        'subject: "{{ session.title }}"',
        '---',
        '',
        'Téléphone : {{ session.online.phone }}',
        '{{#session.online.url}}Lien : {{ session.online.url }}{{/session.online.url}}',
        '{{#session.online}}Code : {{ access_code }}{{/session.online}}',
        '{{^session.place}}Lieu : {{ session.place }}{{/session.place}}',
        '',
      ].join('\n'),
    });
    const r = await email(dir, 'visio', '--session', '2026-03-12-atelier-lyon');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(
      r.stderr,
      /\{\{ session\.online\.phone \}\} n'a pas de valeur pour cette session : laissé vide dans 8 messages/,
    );
    assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
    // A relative name inside a section that shows is checked as what it stands for.
    const online = await email(dir, 'visio', '--session', '2026-11-05-accueil-vallee-verte');
    assert.strictEqual(online.status, 0, online.stderr);
    assert.match(online.stderr, /\{\{ session\.place \}\} n'a pas de valeur/);
    assert.strictEqual(online.stderr.trim().split('\n').length, 1, online.stderr);
  });

  it('removes the drafts of an earlier run (to someone since removed, numbered differently), and nothing else', async () => {
    const dir = workspaceWith();
    const id = '2026-11-05-accueil-vallee-verte';
    const out = path.join(dir, 'brouillons');
    assert.strictEqual(writtenAll(await email(dir, 'bienvenue-apres-achat', '--session', id, '--out', out)).length, 11);
    for (const other of ['lisez-moi.txt', 'brouillon.eml', '1-note.eml', '03-Copie.eml'])
      fs.writeFileSync(path.join(out, other), 'x');
    const file = path.join(dir, 'sessions', `${id}.md`);
    const text = fs.readFileSync(file, 'utf8');
    const start = text.indexOf('  - first_name: Aurélie');
    const end = text.indexOf('  - first_name:', start + 1);
    fs.writeFileSync(file, text.slice(0, start) + text.slice(end));

    const r = await email(dir, 'bienvenue-apres-achat', '--session', id, '--out', out);
    assert.strictEqual(r.status, 0, r.stderr);
    const files = writtenAll(r).map((f) => path.basename(f));
    assert.strictEqual(files.length, 10);
    assert.ok(
      files.includes('03-chevalier-aurelie.eml') === false && files.includes('03-da-silva-kevin.eml'),
      files.join(' '),
    );
    // 03-chevalier … 11-rousseau are gone; 01 and 02 are written again under the same names.
    assert.match(
      r.stderr,
      /9 fichiers d'une génération précédente supprimés de .*brouillons : cette génération ne les écrit plus\./,
    );
    assert.deepStrictEqual(
      filesIn(out).sort(),
      [...files, 'lisez-moi.txt', 'brouillon.eml', '1-note.eml', '03-Copie.eml'].sort(),
    );
  });

  it('does not promise an attachment it does not send', async () => {
    const dir = workspaceWith();
    const r = await email(dir, 'questionnaire-satisfaction-attestation', '--session', '2026-03-12-atelier-lyon');
    assert.strictEqual(r.status, 0, r.stderr);
    for (const f of writtenAll(r)) {
      const m = await parse(f);
      assert.deepStrictEqual(m.attachments, []);
      assert.ok(!/pièce jointe|ci-joint|joint à ce message/i.test(`${m.text}\n${m.html || ''}`), m.text);
      assert.match(
        m.text ?? '',
        /attestation de présence, établie d'après la feuille d'émargement, vous sera\s+envoyée dans un message séparé/,
      );
    }
  });

  it('computes the end of access 6 months after the last slot', async () => {
    const dir = workspaceWith();
    const r = await email(dir, 'cloture-parcours', '--session', '2026-06-18-cloture-terre-vivante');
    assert.strictEqual(r.status, 0, r.stderr);
    const m = await parse(writtenAll(r)[0]);
    assert.ok(m.text?.includes("jusqu'au vendredi 18 décembre 2026"), m.text);
  });

  it('exits 2 on bad usage: unknown template, missing --session, no recipient for the audience', async () => {
    const dir = workspaceWith();
    assert.strictEqual((await email(dir, 'nope', '--session', '2026-03-12-atelier-lyon')).status, 2);
    assert.strictEqual((await email(dir, 'cloture-parcours')).status, 2);
    const noClient = await email(
      dir,
      'reponse-demande-information',
      '--session',
      '2026-12-10-consentement-inter-nantes',
    );
    assert.strictEqual(noClient.status, 2);
    const noOne = workspaceWith({
      'sessions/2026-03-12-atelier-lyon.md': fs
        .readFileSync(path.join(dir, 'sessions', '2026-03-12-atelier-lyon.md'), 'utf8')
        .replace(/\nparticipants:\n(?: {2}- .*\n| {4}.*\n)*/, '\nparticipants: []\n'),
    });
    const nobody = await email(noOne, 'acces-webinaire', '--session', '2026-03-12-atelier-lyon');
    assert.strictEqual(nobody.status, 2, nobody.stderr);
    assert.match(nobody.stderr, /la session « 2026-03-12-atelier-lyon » n'a pas de participant·e/);
    assert.match(
      noClient.stderr,
      /personne à qui écrire pour le modèle « reponse-demande-information » .*: la session « 2026-12-10-consentement-inter-nantes » n'a pas de mission avec un client/,
    );
  });
});
