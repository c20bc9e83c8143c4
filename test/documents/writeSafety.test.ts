/**
 * Where documents are written, for real on temp folders: never outside the workspace's output folder
 * or the user's `--out` (no symbolic link followed, no `..`), clean-up of only what Atelier wrote,
 * and a write that fails (read-only folder, a file in the way, a full disk) told in one sentence with
 * nothing half-written under a final name.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { tempDir } from '../helpers/temp';
import { bigSession, filesIn, removeTempWorkspaces, TODAY, workspaceWith, writtenAll } from './fixtures';

const LYON = '2026-03-12-atelier-lyon';
const VERTE = '2026-11-05-accueil-vallee-verte';

const run = (dir: string, ...args: string[]) => atelier([...args, '--workspace', dir, '--today', TODAY]);

/** Every file below a folder, relative, links included (not followed). */
function tree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
}

/** One sentence on stderr, no stack trace. */
function oneSentence(stderr: string): string {
  const lines = stderr.trim().split('\n');
  assert.strictEqual(lines.length, 1, stderr);
  assert.doesNotMatch(stderr, /\n\s+at |unexpected failure|Error:/, stderr);
  return lines[0];
}

function setOutput(dir: string, output: string): void {
  const cfg = path.join(dir, 'atelier.yaml');
  fs.writeFileSync(cfg, fs.readFileSync(cfg, 'utf8').replace('output: generated', `output: ${output}`));
}

const isRoot = process.getuid?.() === 0;

/** A small tmpfs mounted at a new folder (root only), unmounted when the suite ends. */
const mounts: string[] = [];
function tmpfs(options: string): string {
  const at = tempDir('atelier-tmpfs-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', at], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount failed: ${r.stderr}`);
  mounts.push(at);
  return at;
}

describe('where documents are written', function () {
  // Real PDFs and mails written to disk; the margin is for a busy machine.
  this.timeout(60_000);
  after(removeTempWorkspaces);
  after(() => mounts.splice(0).forEach((m) => spawnSync('umount', [m])));

  for (const output of ['../escaped-out', 'sessions/../..', '/tmp/atelier-escaped-out', '.git/x'])
    it(`writes nothing for output: ${output}, and says why at its line in atelier.yaml`, async () => {
      // The workspace alone in a folder of its own, to see anything written beside it.
      const parent = tempDir('atelier-parent-');
      const dir = path.join(parent, 'ws');
      fs.renameSync(workspaceWith(), dir);
      setOutput(dir, output);
      const r = await run(dir, 'signin-sheet', LYON, '--duplicate');
      assert.strictEqual(r.status, 1, r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /atelier\.yaml:6:9 error config\.output-outside/);
      assert.deepStrictEqual(fs.readdirSync(parent), ['ws'], 'nothing new beside the workspace');
      assert.ok(!fs.existsSync('/tmp/atelier-escaped-out'));
      assert.ok(!fs.existsSync(path.join(dir, '.git')));
    });

  it('never writes through a symbolic link committed in the output folder', async () => {
    const dir = workspaceWith();
    const outside = tempDir('atelier-outside-');
    fs.mkdirSync(path.join(dir, 'generated'));
    fs.symlinkSync(outside, path.join(dir, 'generated', LYON));
    const r = await run(dir, 'signin-sheet', LYON, '--duplicate');
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(oneSentence(r.stderr), new RegExp(`generated/${LYON} est un lien symbolique`));
    assert.deepStrictEqual(tree(outside), []);
  });

  it('never overwrites a file outside through a link under the document name', async () => {
    const dir = workspaceWith();
    const outside = path.join(tempDir('atelier-outside-'), 'precious.txt');
    fs.writeFileSync(outside, 'mine');
    fs.mkdirSync(path.join(dir, 'generated', LYON), { recursive: true });
    fs.symlinkSync(outside, path.join(dir, 'generated', LYON, `emargement-${LYON}.pdf`));
    const r = await run(dir, 'signin-sheet', LYON, '--duplicate');
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(oneSentence(r.stderr), /lien symbolique/);
    assert.strictEqual(fs.readFileSync(outside, 'utf8'), 'mine');
  });

  it('never cleans up files outside through a linked certificates folder', async () => {
    const dir = workspaceWith();
    const outside = tempDir('atelier-outside-');
    fs.writeFileSync(path.join(outside, 'attestation-someone-else.pdf'), 'theirs');
    fs.writeFileSync(
      path.join(outside, '.atelier-manifest.json'),
      JSON.stringify({ files: { 'attestation-someone-else.pdf': 'a'.repeat(64) } }),
    );
    fs.mkdirSync(path.join(dir, 'generated', LYON), { recursive: true });
    fs.symlinkSync(outside, path.join(dir, 'generated', LYON, 'attestations'));
    const r = await run(dir, 'certificates', LYON, '--kind', 'attestation');
    assert.strictEqual(r.status, 2, r.stderr);
    assert.deepStrictEqual(tree(outside), ['.atelier-manifest.json', 'attestation-someone-else.pdf']);
  });

  it("keeps the user's own 01-*.eml and attestation-*.pdf in --out, and files edited since Atelier wrote them", async () => {
    const dir = workspaceWith();
    const out = tempDir('atelier-user-out-');
    const mine = { '01-mon-brouillon.eml': 'mine', 'attestation-dupont-jean.pdf': '%PDF-mine' };
    for (const [name, text] of Object.entries(mine)) fs.writeFileSync(path.join(out, name), text);
    const mails = await run(dir, 'email', 'bienvenue-apres-achat', '--session', VERTE, '--out', out);
    assert.strictEqual(mails.status, 0, mails.stderr);
    const certs = await run(dir, 'certificates', LYON, '--kind', 'attestation', '--out', out);
    assert.strictEqual(certs.status, 0, certs.stderr);
    // The user edits one draft; then a participant leaves: a second run drops the others, not theirs.
    const edited = writtenAll(mails)[1];
    fs.appendFileSync(edited, '\nPS: mine now');
    const file = path.join(dir, 'sessions', `${VERTE}.md`);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.slice(0, text.indexOf('participants:')) + 'participants: []\n---\n');
    const again = await run(dir, 'email', 'bienvenue-apres-achat', '--session', VERTE, '--out', out);
    assert.notStrictEqual(again.status, 0, 'nobody to write to now');
    const rerun = await run(dir, 'certificates', LYON, '--kind', 'attestation', '--out', out);
    assert.strictEqual(rerun.status, 0, rerun.stderr);
    for (const [name, text] of Object.entries(mine))
      assert.strictEqual(fs.readFileSync(path.join(out, name), 'utf8'), text);
    assert.ok(fs.existsSync(edited), 'an edited draft stays');
  });

  it('says in one sentence that --out is a file, for every document (exit 2)', async () => {
    const dir = workspaceWith();
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'mine');
    for (const args of [
      ['certificates', LYON, '--out', file],
      ['email', 'bienvenue-apres-achat', '--session', VERTE, '--out', file],
      ['signin-sheet', LYON, '--duplicate', '--out', path.join(file, 'sheet.pdf')],
    ]) {
      const r = await run(dir, ...args);
      assert.strictEqual(r.status, 2, `${args[0]}: ${r.stderr}`);
      assert.match(oneSentence(r.stderr), /notes\.txt est un fichier, pas un dossier/);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'mine');
    }
    const folder = await run(dir, 'signin-sheet', LYON, '--duplicate', '--out', path.join(dir, 'sessions'));
    assert.strictEqual(folder.status, 2, folder.stderr);
    assert.match(oneSentence(folder.stderr), /sessions est un dossier/);
  });

  it('says in one sentence that the output folder is read-only (exit 2), and writes nothing', async function () {
    const dir = workspaceWith();
    let out: string;
    if (isRoot) out = tmpfs('ro,size=64k');
    else {
      out = tempDir('atelier-readonly-');
      fs.chmodSync(out, 0o555);
    }
    for (const args of [
      ['email', 'bienvenue-apres-achat', '--session', VERTE, '--out', out],
      ['certificates', LYON, '--out', out],
      ['signin-sheet', LYON, '--duplicate', '--out', path.join(out, 'sheet.pdf')],
    ]) {
      const r = await run(dir, ...args);
      assert.strictEqual(r.status, 2, `${args[0]}: ${r.stderr}`);
      assert.match(oneSentence(r.stderr), /écriture refusée .* choisissez un autre dossier avec --out/);
      assert.strictEqual(r.stdout, '');
    }
    assert.deepStrictEqual(tree(out), []);
  });

  it('leaves nothing half-written on a full disk, and says which mails were not written', async function () {
    if (!isRoot) {
      console.log('      (skipped: the full-disk test mounts a small tmpfs, which needs root; CI runs as root)');
      return this.skip();
    }
    // Room for a few mails, not for 60 of them.
    const out = tmpfs('size=16k');
    const dir = workspaceWith({ [`sessions/2026-10-08-grande-journee.md`]: bigSession({ count: 60 }) });
    const r = await run(dir, 'email', 'bienvenue-apres-achat', '--session', '2026-10-08-grande-journee', '--out', out);
    assert.strictEqual(r.status, 2, r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.match(
      oneSentence(r.stderr),
      /aucun des 60 fichiers n'a été écrit dans .* : le disque est plein ; libérez de l'espace/,
    );
    assert.deepStrictEqual(tree(out), [], 'no partial or temporary file left');

    // Certificates: the earlier, complete set stays as it was.
    const big = tmpfs('size=600k');
    const ok = await run(dir, 'certificates', LYON, '--out', big);
    assert.strictEqual(ok.status, 0, ok.stderr);
    const before = Object.fromEntries(filesIn(big).map((f) => [f, fs.readFileSync(path.join(big, f))]));
    fs.writeFileSync(path.join(big, 'filler'), Buffer.alloc(Math.max(0, freeBytes(big) - 2048)));
    const full = await run(dir, 'certificates', '2026-10-08-grande-journee', '--out', big);
    assert.strictEqual(full.status, 2, full.stderr);
    assert.doesNotMatch(full.stderr, /\n\s+at |unexpected failure/);
    assert.match(full.stderr, /\natelier: aucun des 59 fichiers n'a été écrit dans .* : le disque est plein/);
    for (const [f, bytes] of Object.entries(before))
      assert.deepStrictEqual(fs.readFileSync(path.join(big, f)), bytes, f);
    assert.deepStrictEqual(filesIn(big).sort(), [...Object.keys(before), 'filler'].sort());
  });
});

function freeBytes(dir: string): number {
  const s = fs.statfsSync(dir);
  return s.bavail * s.bsize;
}
