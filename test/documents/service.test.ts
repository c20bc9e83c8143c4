/**
 * The document service in-process (src/node/documents), as the extension calls it: what it wrote,
 * warned and refused comes back as data, in the very sentences the CLI prints.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Workspace } from '../../src/core/workspace';
import {
  certificates,
  documentInputs,
  emails,
  NO_SENDER,
  prepareEmails,
  signinSheet,
  type DocumentContext,
  type DocumentEvent,
} from '../../src/node/documents';
import { loadWorkspace } from '../../src/node/loadWorkspace';
import { atelier } from '../cli/run';
import { bigSession, removeTempWorkspaces, TODAY, workspaceWith, writtenAll } from './fixtures';

const LYON = '2026-03-12-atelier-lyon';
const BIG = '2026-10-08-grande-journee';

async function open(dir: string): Promise<Workspace> {
  return loadWorkspace(dir, { today: TODAY, cache: false, workers: false });
}

/** The messages the CLI printed on stderr, without its "atelier: " prefix. */
function cliSentences(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('atelier: '))
    .map((l) => l.slice('atelier: '.length));
}

const isPdf = (file: string) => fs.readFileSync(file).subarray(0, 5).toString() === '%PDF-';

describe('document service', () => {
  after(removeTempWorkspaces);

  it('returns the sign-in sheet it wrote as an absolute path, told as it went', async () => {
    const dir = workspaceWith();
    const events: DocumentEvent[] = [];
    const ctx: DocumentContext = { workspace: await open(dir), dir, onProgress: (e) => events.push(e) };
    const r = await signinSheet(ctx, { sessionId: LYON, format: 'pdf', duplicate: true });
    assert.strictEqual(r.status, 'written');
    const expected = path.join(dir, 'generated', LYON, `emargement-${LYON}.pdf`);
    assert.deepStrictEqual(r.written, [expected]);
    assert.ok(isPdf(expected), 'a PDF');
    assert.deepStrictEqual(r.warnings, []);
    assert.deepStrictEqual(events, [{ kind: 'written', path: expected }]);
  });

  it('returns every certificate and the warnings the CLI prints, as data', async () => {
    const files = { [`sessions/${BIG}.md`]: bigSession({ count: 12 }) };
    const dir = workspaceWith(files);
    const r = await certificates({ workspace: await open(dir), dir }, { sessionId: BIG, kind: 'attestation' });
    assert.strictEqual(r.status, 'written');
    // Participant 8 was absent both half-days: no certificate, and a warning naming them.
    assert.strictEqual(r.written.length, 11);
    for (const f of r.written) {
      assert.ok(path.isAbsolute(f) && f.startsWith(path.join(dir, 'generated', BIG, 'attestations')), f);
      assert.ok(isPdf(f), f);
    }
    assert.strictEqual(r.warnings.length, 1, r.warnings.join('\n'));
    assert.match(r.warnings[0], /Prénom8 Nom08/);
    // The same run by the CLI on an identical workspace says exactly the same.
    const cliDir = workspaceWith(files);
    const cli = await atelier(['certificates', BIG, '--kind', 'attestation', '--workspace', cliDir, '--today', TODAY]);
    assert.strictEqual(cli.status, 0, cli.stderr);
    assert.deepStrictEqual(cliSentences(cli.stderr), r.warnings);
    assert.deepStrictEqual(
      writtenAll(cli).map((f) => path.relative(cliDir, f)),
      r.written.map((f) => path.relative(dir, f)),
    );
  });

  it('refuses a session with errors (no throw, nothing written), naming the record and its errors', async () => {
    const text = fs.readFileSync(path.join(workspaceWith(), 'sessions', `${LYON}.md`), 'utf8');
    const dir = workspaceWith({ [`sessions/${LYON}.md`]: text.replace('status: done', 'status: finished') });
    const ctx: DocumentContext = { workspace: await open(dir), dir };
    for (const make of [
      () => signinSheet(ctx, { sessionId: LYON, format: 'pdf', duplicate: true }),
      () => certificates(ctx, { sessionId: LYON }),
    ]) {
      const r = await make();
      assert.strictEqual(r.status, 'refused');
      assert.strictEqual(r.refusal.kind, 'errors');
      assert.deepStrictEqual(r.written, []);
      if (r.refusal.kind !== 'errors') return;
      assert.strictEqual(r.refusal.records.length, 1);
      assert.strictEqual(r.refusal.records[0].path, `sessions/${LYON}.md`);
      assert.ok(
        r.refusal.records[0].errors.some((d) => d.message.includes('finished')),
        r.refusal.message,
      );
      assert.strictEqual(r.refusal.message, `sessions/${LYON}.md a 1 erreur : rien n'a été écrit.`);
    }
    assert.ok(!fs.existsSync(path.join(dir, 'generated')), 'nothing written');
    const cli = await atelier(['signin-sheet', LYON, '--duplicate', '--workspace', dir, '--today', TODAY]);
    assert.strictEqual(cli.status, 1);
    assert.deepStrictEqual(cliSentences(cli.stderr), [`sessions/${LYON}.md a 1 erreur : rien n'a été écrit.`]);
  });

  it('refuses an unknown session and a facilitator who does not run it, as the CLI words it', async () => {
    const dir = workspaceWith();
    const ctx: DocumentContext = { workspace: await open(dir), dir };
    const unknown = await signinSheet(ctx, { sessionId: 'pas-de-session', format: 'pdf' });
    assert.ok(unknown.status === 'refused' && unknown.refusal.kind === 'usage');
    const cli = await atelier(['signin-sheet', 'pas-de-session', '--workspace', dir, '--today', TODAY]);
    assert.strictEqual(cli.status, 2);
    assert.deepStrictEqual(cliSentences(cli.stderr), [unknown.refusal.message]);

    const stranger = await signinSheet(ctx, { sessionId: LYON, format: 'pdf', facilitator: 'marie-leroy' });
    assert.ok(stranger.status === 'refused' && stranger.refusal.kind === 'usage');
    assert.match(stranger.refusal.message, /« marie-leroy » n'anime pas la session/);
    assert.ok(!fs.existsSync(path.join(dir, 'generated')), 'nothing written');
  });

  it('prepares the mails the writer writes: same recipients, same warnings', async () => {
    const dir = workspaceWith();
    const ctx: DocumentContext = { workspace: await open(dir), dir };
    const request = { templateId: 'bienvenue-apres-achat', sessionId: '2026-11-05-accueil-vallee-verte' };
    const prepared = prepareEmails(ctx.workspace, request);
    assert.strictEqual(prepared.status, 'ready');
    if (prepared.status !== 'ready') return;
    assert.strictEqual(prepared.messages.length, 11);
    assert.strictEqual(prepared.messages[0].to.address, 'manon.leclerc@la-grange.example');
    const r = await emails(ctx, request);
    assert.strictEqual(r.status, 'written');
    assert.deepStrictEqual(
      r.written.map((f) => path.basename(f)),
      prepared.messages.map((m) => `${m.fileStem}.eml`),
    );
    assert.deepStrictEqual(r.warnings, prepared.warnings);
    assert.match(fs.readFileSync(r.written[0], 'utf8'), /^X-Unsent: 1/m);
  });

  it('refuses to prepare mails without a sender, in the sentence the CLI prints, and writes nothing', async () => {
    const dir = workspaceWith();
    const config = path.join(dir, 'atelier.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(/^sender:.*\n/m, ''));
    const ctx: DocumentContext = { workspace: await open(dir), dir };
    const request = { templateId: 'bienvenue-apres-achat', sessionId: '2026-11-05-accueil-vallee-verte' };
    const prepared = prepareEmails(ctx.workspace, request);
    assert.deepStrictEqual(prepared, { status: 'refused', refusal: { kind: 'config', message: NO_SENDER } });
    const written = await emails(ctx, request);
    assert.ok(written.status === 'refused' && written.refusal.message === NO_SENDER);
    const cli = await atelier(['email', request.templateId, '--session', request.sessionId, '--workspace', dir]);
    assert.strictEqual(cli.status, 1);
    assert.strictEqual(cli.stderr, `atelier: ${NO_SENDER}\n`);
    assert.ok(!fs.existsSync(path.join(dir, 'generated')), 'nothing written');
  });

  it('refuses to prepare mails for nobody, as the writer does', async () => {
    const dir = workspaceWith();
    const ctx: DocumentContext = { workspace: await open(dir), dir };
    const request = { templateId: 'reponse-demande-information', sessionId: '2026-12-10-consentement-inter-nantes' };
    const prepared = prepareEmails(ctx.workspace, request);
    assert.ok(prepared.status === 'refused' && prepared.refusal.kind === 'usage');
    assert.match(prepared.refusal.message, /n'a pas de mission avec un client/);
    const cli = await atelier(['email', request.templateId, '--session', request.sessionId, '--workspace', dir]);
    assert.strictEqual(cli.status, 2);
    assert.deepStrictEqual(cliSentences(cli.stderr), [prepared.refusal.message]);
  });

  it('names the files a document reads: the session and the records it refers to, no others', async () => {
    const dir = workspaceWith();
    const workspace = await open(dir);
    const sheet = documentInputs(workspace, { document: 'signin-sheet', sessionId: LYON }).sort();
    assert.deepStrictEqual(sheet, [
      'atelier.yaml',
      'clients/asso-terre-vivante.md',
      'missions/2026-terre-vivante.md',
      'people/camille-martin.md',
      'people/ines-haddad.md',
      'people/marie-leroy.md',
      'people/samir-vidal.md',
      'programmes/se-reunir-autrement.md',
      `sessions/${LYON}.md`,
    ]);
    const mails = documentInputs(workspace, { document: 'emails', templateId: 'briefing-animateurs', sessionId: LYON });
    assert.deepStrictEqual(mails.sort(), [...sheet, 'templates/briefing-animateurs.md'].sort());
  });
});
