// Speed of the document generators: `node bench/documents.mjs` (after `npm run build`).
// A copy of the sample workspace gets a session of 60 participants, then for the sign-in sheet
// (floor 0.5 s) and for 60 emails (floor 1 s) it prints:
//  - generation in-process: the session read, the document built and encoded (PDF bytes, .eml
//    files), workspace already loaded: the first (cold) run and the median of the next runs;
//  - the whole command (`atelier signin-sheet` / `atelier email`) in a fresh process: Node start,
//    loading the workspace, generating and writing the files.
// The floors apply to the cold in-process generation; the command times are printed beside them.
// Prints a table, then one JSON line; exits 1 when a floor is missed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const docs = require(path.join(ROOT, 'dist', 'documents.js'));

const TODAY = '2026-11-23';
const SESSION = '2026-10-08-bench-soixante';
const TEMPLATE = 'convocation-test-positionnement';
const RUNS = 5;

function sixtyParticipants() {
  const lines = [
    '---',
    'type: session',
    'title: "Journée inter — banc d\'essai"',
    'programme: outils-numeriques-ethiques',
    'offer: inter',
    'kind: training-day',
    'status: done',
    'slots:',
    '  - date: 2026-10-08',
    '    start: "09:30"',
    '    end: "12:30"',
    '  - date: 2026-10-08',
    '    start: "14:00"',
    '    end: "17:00"',
    'place: Maison des associations, 12 rue de la Paix, 69001 Lyon',
    'facilitators: [ana-ribeiro, lea-nguyen]',
    'capacity: 60',
    'participants:',
  ];
  for (let i = 1; i <= 60; i++) {
    lines.push(
      `  - first_name: Prénom${i}`,
      `    last_name: Nguyễn-Ørsted ${i}`,
      `    email: p${i}@participants.example`,
      `    organisation: Structure ${i % 7}`,
      '    function: chargée de mission',
      '    added_on: 2026-09-01',
      `    attendance: [present, ${i % 9 ? 'present' : 'excused'}]`,
    );
  }
  return [...lines, '---', ''].join('\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => Math.round(ms) / 1000;

async function timeRuns(fn) {
  const t0 = performance.now();
  await fn();
  const cold = performance.now() - t0;
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    warm.push(performance.now() - t);
  }
  return { cold: seconds(cold), warm: seconds(median(warm)) };
}

function timeCommand(args) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'atelier.js'), ...args, '--today', TODAY], {
      encoding: 'utf8',
    });
    runs.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`atelier ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  }
  return seconds(median(runs));
}

const dir = mkdtempSync(path.join(tmpdir(), 'atelier-bench-docs-'));
try {
  cpSync(path.join(ROOT, 'sample-workspace'), dir, { recursive: true });
  rmSync(path.join(dir, 'generated'), { recursive: true, force: true });
  writeFileSync(path.join(dir, 'sessions', `${SESSION}.md`), sixtyParticipants());
  const workspace = await docs.loadWorkspace(dir, { today: TODAY, cache: false });
  const provenance = docs.provenanceText(
    { date: TODAY, path: `sessions/${SESSION}.md`, git: { kind: 'not-in-git' } },
    docs.documentLabels('fr'),
  );

  let pages = 0;
  const sheet = await timeRuns(async () => {
    const session = docs.sessionModel(workspace, SESSION);
    const bytes = await docs.renderPdf(docs.signinSheetPdf(docs.signinSheetModel(session), provenance));
    pages = (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  });

  let mails = 0;
  const template = workspace.record(TEMPLATE, 'email-template');
  const emails = await timeRuns(async () => {
    const session = docs.sessionModel(workspace, SESSION);
    const batch = docs.composeEmails(
      { subject: template.data.subject, body: template.body, audience: 'participants' },
      session,
    );
    const now = new Date();
    const files = await Promise.all(batch.messages.map((m) => docs.buildEml(m, now)));
    mails = files.length;
  });

  const sheetCommand = timeCommand(['signin-sheet', SESSION, '--workspace', dir]);
  const emailCommand = timeCommand(['email', TEMPLATE, '--session', SESSION, '--workspace', dir]);

  const rows = [
    { what: `sign-in sheet, 60 participants (${pages} pages)`, floor: 0.5, ...sheet, command: sheetCommand },
    { what: `emails, ${mails} .eml files`, floor: 1, ...emails, command: emailCommand },
  ];
  console.log('document                                   floor   cold   warm   whole command');
  for (const r of rows) {
    console.log(
      `${r.what.padEnd(42)} ${`${r.floor} s`.padStart(5)} ${`${r.cold} s`.padStart(7)} ${`${r.warm} s`.padStart(6)}   ${r.command} s ${r.cold <= r.floor ? 'ok' : 'FLOOR MISSED'}`,
    );
  }
  console.log(JSON.stringify({ documents: rows }));
  process.exitCode = rows.every((r) => r.cold <= r.floor) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
