/**
 * Issue 12 item 6 and issue 14 item 4: emails a professional sends, read back as a mail client
 * reads them (mailparser and the raw bytes) — CRLF lines, a plain-text part that is text, French
 * typography, a grammatical sign-off, templates refused when they make no sense, the directory
 * mail, and the session recording what was composed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { simpleParser, type ParsedMail } from 'mailparser';
import * as path from 'path';
import { atelier, SAMPLE } from '../cli/run';
import { removeTempWorkspaces, TODAY, workspaceWith, writtenAll } from './fixtures';

const VERTE = '2026-11-05-accueil-vallee-verte';
const NEXT = '2026-12-03-atelier-vallee-verte';

function email(dir: string, ...args: string[]) {
  return atelier(['email', ...args, '--workspace', dir, '--today', TODAY]);
}

const parse = (file: string): Promise<ParsedMail> => simpleParser(fs.readFileSync(file));

const TYPO = `---
type: email-template
name: Typographie
audience: participants
subject: "Rappel : {{ session.title }} !"
---

Bonjour {{ recipient.first_name }} ! Rendez-vous à 09:30 ; le lien : <https://visio.example.org/a?b=1:2>

Le défi «Écouter» et le « Tour de parole » ; déjà espacé\u202f: ok ?

**Important** : [répondez au questionnaire](https://questionnaires.example.org/positionnement?id=3) et *notez* vos questions.

1. Première étape
2. Deuxième étape
`;

describe('emails a professional sends', function () {
  this.timeout(60_000);
  after(removeTempWorkspaces);

  it('ends every line of the .eml with CRLF, headers and both parts', async () => {
    const dir = workspaceWith();
    const r = await email(dir, 'bienvenue-apres-achat', '--session', VERTE);
    assert.strictEqual(r.status, 0, r.stderr);
    for (const f of writtenAll(r)) {
      const raw = fs.readFileSync(f, 'latin1');
      assert.ok(!/(^|[^\r])\n/.test(raw), `bare LF in ${path.basename(f)}`);
      assert.ok(!/\r(?!\n)/.test(raw), `bare CR in ${path.basename(f)}`);
    }
  });

  it('writes a plain-text part that is text: no Markdown marks, links as "text (address)"', async () => {
    const dir = workspaceWith({ 'templates/typo.md': TYPO });
    const r = await email(dir, 'typo', '--session', VERTE);
    assert.strictEqual(r.status, 0, r.stderr);
    const m = await parse(writtenAll(r)[0]);
    const text = m.text ?? '';
    assert.ok(!/\*|\]\(|<https?:/.test(text), text);
    assert.ok(
      text.includes(
        'Important\u202f: répondez au questionnaire (https://questionnaires.example.org/positionnement?id=3) et notez vos questions.',
      ),
      text,
    );
    assert.ok(text.includes('1. Première étape\n2. Deuxième étape'), text);
    // The HTML part keeps the emphasis and the link.
    assert.ok((m.html || '').includes('<strong>Important</strong>'));
    assert.ok((m.html || '').includes('<a href="https://questionnaires.example.org/positionnement?id=3">'));
  });

  it('spaces French punctuation with a narrow no-break space, never in times or addresses, never twice', async () => {
    const dir = workspaceWith({ 'templates/typo.md': TYPO });
    const r = await email(dir, 'typo', '--session', VERTE);
    const m = await parse(writtenAll(r)[0]);
    const text = m.text ?? '';
    assert.strictEqual(
      m.subject,
      "Rappel\u202f: Outils numériques éthiques — webinaire d'accueil (Vallée Verte)\u202f!",
    );
    assert.ok(
      text.startsWith(
        'Bonjour Manon\u202f! Rendez-vous à 09:30\u202f; le lien\u202f: https://visio.example.org/a?b=1:2',
      ),
      text,
    );
    assert.ok(
      text.includes(
        'Le défi «\u202fÉcouter\u202f» et le «\u202fTour de parole\u202f»\u202f; déjà espacé\u202f: ok\u202f?',
      ),
      text,
    );
    assert.ok(!/[ \u00a0\u202f]\u202f|\u202f[ \u00a0]/.test(text), 'no doubled space');
    const html = m.html || '';
    assert.ok(html.includes('Le défi «\u202fÉcouter\u202f»'), html);
    assert.ok(html.includes('href="https://visio.example.org/a?b=1:2"'), html);
  });

  it('signs the sample templates grammatically with atelier.yaml signature', async () => {
    const dir = workspaceWith();
    const r = await email(dir, 'cloture-parcours', '--session', '2026-06-18-cloture-terre-vivante');
    assert.strictEqual(r.status, 0, r.stderr);
    const m = await parse(writtenAll(r)[0]);
    assert.match(m.text ?? '', /\nAu plaisir de vous retrouver,\n\nInès Haddad\nL'équipe des Communs Apprenants\n$/);
    assert.ok(!/(pour|de|par) Coopérative/.test(m.text ?? ''), m.text);
  });

  it('refuses a "before" template once the session started, exit 1, unless --force', async () => {
    const dir = workspaceWith();
    const r = await email(dir, 'convocation-test-positionnement', '--session', VERTE);
    assert.strictEqual(r.status, 1);
    assert.strictEqual(
      r.stderr,
      `atelier: le modèle « convocation-test-positionnement » s'envoie avant la session (when: before), mais « ${VERTE} » a commencé le jeudi 5 novembre 2026 : rien n'a été écrit (--force pour l'écrire quand même).\n`,
    );
    assert.strictEqual(r.stdout, '');
    assert.ok(!fs.existsSync(path.join(dir, 'generated')));
    const forced = await email(dir, 'convocation-test-positionnement', '--session', VERTE, '--force');
    assert.strictEqual(forced.status, 0, forced.stderr);
    assert.strictEqual(writtenAll(forced).length, 11);
  });

  it('refuses an "after" template before the session ended, and any template for a cancelled session', async () => {
    const dir = workspaceWith();
    const early = await email(dir, 'questionnaire-satisfaction-attestation', '--session', NEXT);
    assert.strictEqual(early.status, 1);
    assert.match(
      early.stderr,
      /s'envoie après la session \(when: after\), mais « 2026-12-03-atelier-vallee-verte » se termine le jeudi 3 décembre 2026/,
    );
    const cancelled = await email(dir, 'bienvenue-apres-achat', '--session', '2026-12-10-consentement-inter-nantes');
    assert.strictEqual(cancelled.status, 1);
    assert.match(cancelled.stderr, /la session « 2026-12-10-consentement-inter-nantes » est annulée/);
    assert.strictEqual(early.stdout + cancelled.stdout, '');
    const forced = await email(
      dir,
      'bienvenue-apres-achat',
      '--session',
      '2026-12-10-consentement-inter-nantes',
      '--force',
    );
    assert.strictEqual(forced.status, 0, forced.stderr);
  });

  it('writes a directory template to every person of the directory, without --session and without recording it', async () => {
    const dir = workspaceWith();
    const sessionsBefore = fs
      .readdirSync(path.join(dir, 'sessions'))
      .map((f) => fs.readFileSync(path.join(dir, 'sessions', f), 'utf8'));
    const r = await email(dir, 'verification-annuelle-coordonnees');
    assert.strictEqual(r.status, 0, r.stderr);
    const people = fs.readdirSync(path.join(SAMPLE, 'people'));
    const files = writtenAll(r);
    assert.strictEqual(files.length, people.length);
    assert.ok(
      files.every(
        (f) => path.dirname(f) === path.join(dir, 'generated', 'emails', 'verification-annuelle-coordonnees'),
      ),
    );
    const mails = await Promise.all(files.map(parse));
    const to = mails.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0].address).sort();
    const expected = people
      .map((p) => /^email: (.*)$/m.exec(fs.readFileSync(path.join(SAMPLE, 'people', p), 'utf8'))?.[1])
      .sort();
    assert.deepStrictEqual(to, expected);
    const marie = mails.find((m) => m.text?.includes('Marie Leroy'));
    assert.ok(marie?.text?.includes('- Organisation\u202f: Association Terre Vivante'), marie?.text);
    assert.deepStrictEqual(
      fs.readdirSync(path.join(dir, 'sessions')).map((f) => fs.readFileSync(path.join(dir, 'sessions', f), 'utf8')),
      sessionsBefore,
    );
    // A template for a session's people still needs the session (usage error, exit 2).
    const noSession = await email(dir, 'acces-webinaire');
    assert.strictEqual(noSession.status, 2);
    assert.match(
      noSession.stderr,
      /le modèle « acces-webinaire » \(destinataires : participants\) s'écrit pour une session : indiquez --session SESSION_ID/,
    );
  });

  it('records the template and the day in the session, every other byte kept, once a day, even with --out', async () => {
    const dir = workspaceWith();
    const file = path.join(dir, 'sessions', `${VERTE}.md`);
    const before = fs.readFileSync(file, 'utf8');
    const r = await email(
      dir,
      'bienvenue-apres-achat',
      '--session',
      VERTE,
      '--out',
      path.join(dir, '..', `mails-${process.pid}`),
    );
    assert.strictEqual(r.status, 0, r.stderr);
    const end = before.indexOf('\n---\n', 4) + 1;
    const entry = `sent:\n  - template: bienvenue-apres-achat\n    on: ${TODAY}\n`;
    assert.strictEqual(fs.readFileSync(file, 'utf8'), before.slice(0, end) + entry + before.slice(end));
    assert.strictEqual((await email(dir, 'bienvenue-apres-achat', '--session', VERTE)).status, 0);
    assert.strictEqual(
      fs.readFileSync(file, 'utf8'),
      before.slice(0, end) + entry + before.slice(end),
      'not twice the same day',
    );
    const later = await atelier([
      'email',
      'acces-webinaire',
      '--session',
      NEXT,
      '--workspace',
      dir,
      '--today',
      '2026-11-24',
    ]);
    assert.strictEqual(later.status, 0, later.stderr);
    assert.match(
      fs.readFileSync(path.join(dir, 'sessions', `${NEXT}.md`), 'utf8'),
      /\nsent:\n {2}- template: acces-webinaire\n {4}on: 2026-11-24\n---\n/,
    );
    const validate = await atelier(['validate', '--workspace', dir, '--today', TODAY]);
    assert.strictEqual(validate.status, 0, validate.stdout);
  });
});
