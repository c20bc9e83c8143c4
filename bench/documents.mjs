// Speed of the document generators: `node bench/documents.mjs` (after `npm run build`).
// A copy of the sample workspace gets a session of 60 participants, then for the sign-in sheet
// (floor 0.5 s), for 60 emails (floor 1 s), for the devis of a 40-line quote (floor 0.5 s), for
// the set of 60 certificats de réalisation of a session of 6 slots (floor 1 s) and for the
// import of a Zoom participants report of 60 participants × 6 slots (floor 0.5 s, dry run) it prints:
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
const QUOTE = 'd-2026-099-bench-quarante';
const SIX_SLOTS = '2026-10-13-bench-six-creneaux';
const REMOTE = '2026-10-13-bench-classe-virtuelle';
const SLOTS = [
  ['2026-10-13', '09:30', '12:30'],
  ['2026-10-13', '14:00', '17:00'],
  ['2026-10-14', '09:30', '12:30'],
  ['2026-10-14', '14:00', '17:00'],
  ['2026-10-15', '09:30', '12:30'],
  ['2026-10-15', '14:00', '17:00'],
];

/** A remote session of 60 participants over 6 slots. */
function remoteSession() {
  const lines = [
    '---',
    'type: session',
    "title: Classe virtuelle — banc d'essai",
    'kind: training-day',
    'status: done',
    'slots:',
  ];
  for (const [date, start, end] of SLOTS) lines.push(`  - date: ${date}`, `    start: "${start}"`, `    end: "${end}"`);
  lines.push(
    'online:',
    '  url: https://visio.example.org/banc',
    'facilitators: [ana-ribeiro]',
    'capacity: 60',
    'participants:',
  );
  for (let i = 1; i <= 60; i++)
    lines.push(
      `  - first_name: Prénom${i}`,
      `    last_name: Nom ${i}`,
      `    email: p${i}@participants.example`,
      '    attendance: [null, null, null, null, null, null]',
    );
  return [...lines, '---', ''].join('\n');
}

/** Its Zoom participants report: each person twice per slot (a drop and a comeback), and 20 guests. */
function zoomReport() {
  const us = (date, time) => {
    const [y, m, d] = date.split('-');
    const [h, mi] = time.split(':').map(Number);
    return `${m}/${d}/${y} ${String(((h + 11) % 12) + 1).padStart(2, '0')}:${String(mi).padStart(2, '0')}:00 ${h < 12 ? 'AM' : 'PM'}`;
  };
  const rows = [
    'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room',
  ];
  for (const [date, start] of SLOTS) {
    const [h] = start.split(':').map(Number);
    for (let i = 1; i <= 60; i++) {
      const back = `${String(h + 1).padStart(2, '0')}:${String(10 + (i % 40)).padStart(2, '0')}`;
      rows.push(
        `Prénom${i} Nom ${i},p${i}@participants.example,${us(date, start)},${us(date, `${String(h + 1).padStart(2, '0')}:00`)},60,No,Y,N`,
      );
      rows.push(
        `Prénom${i} Nom ${i},p${i}@participants.example,${us(date, back)},${us(date, `${String(h + 3).padStart(2, '0')}:00`)},110,No,Y,N`,
      );
    }
    for (let g = 1; g <= 20 / SLOTS.length + 1; g++)
      rows.push(`Invité ${g},,${us(date, start)},${us(date, `${String(h + 1).padStart(2, '0')}:00`)},60,Yes,,N`);
  }
  return rows.join('\r\n') + '\r\n';
}

/** A quote of 40 lines: one-off at two VAT rates, weekly and monthly ones, a discount. */
function fortyLines() {
  const lines = [
    '---',
    'type: quote',
    'number: D-2026-099',
    'client: reseau-tiers-lieux-vallee-verte',
    'programme: outils-numeriques-ethiques',
    'date: 2026-11-02',
    'valid_until: 2026-12-02',
    'status: sent',
    'approvals: [communs-apprenants, la-tisserande]',
    'lines:',
  ];
  for (let i = 1; i <= 40; i++) {
    lines.push(
      `  - label: "Prestation ${i} — atelier « Outils numériques » pour le tiers-lieu n° ${i}"`,
      `    quantity: ${(i % 5) + 1}`,
      `    unit: ${['hour', 'day', 'participant', 'flat'][i % 4]}`,
      `    unit_price: ${(100 + i * 7.333).toFixed(3)}`,
      `    vat_rate: ${i % 3 ? 0.2 : 0.055}`,
      ...(i % 10 === 0 ? [`    recurrence: ${i % 20 ? 'week' : 'month'}`] : []),
    );
  }
  return [...lines, 'discount: 150', '---', ''].join('\n');
}

/** The 60 participants over 6 slots (three days), every attendance recorded. */
function sixtyBySix() {
  const text = sixtyParticipants()
    .replace(/slots:\n(?: {2}- date: .*\n {4}start: .*\n {4}end: .*\n)+/, () => {
      const days = ['2026-10-13', '2026-10-14', '2026-10-15'];
      return `slots:\n${days.map((d) => `  - date: ${d}\n    start: "09:30"\n    end: "12:30"\n  - date: ${d}\n    start: "14:00"\n    end: "17:00"\n`).join('')}`;
    })
    .replace(/attendance: \[(\w+), (\w+)\]/g, 'attendance: [$1, $2, present, absent, present, $1]');
  return text;
}

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
  writeFileSync(path.join(dir, 'quotes', `${QUOTE}.md`), fortyLines());
  writeFileSync(path.join(dir, 'sessions', `${SIX_SLOTS}.md`), sixtyBySix());
  writeFileSync(path.join(dir, 'sessions', `${REMOTE}.md`), remoteSession());
  writeFileSync(path.join(dir, 'zoom-participants.csv'), zoomReport());
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

  let quotePages = 0;
  const devis = await timeRuns(async () => {
    const bytes = await docs.renderPdf(docs.quotePdf(docs.quoteView(workspace, QUOTE), provenance));
    quotePages = (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  });

  let certificates = 0;
  const realisations = await timeRuns(async () => {
    const session = docs.sessionModel(workspace, SIX_SLOTS);
    const plan = docs.realisationPlan([session], SIX_SLOTS);
    const pdfs = [];
    for (const certificate of plan.trainees.filter((t) => t.present))
      pdfs.push(
        await docs.renderPdf(
          docs.realisationPdf({ config: workspace.config, plan, certificate, issued: TODAY, provenance, draft: false }),
        ),
      );
    certificates = pdfs.length;
  });

  const sheetCommand = timeCommand(['signin-sheet', SESSION, '--duplicate', '--workspace', dir]);
  const emailCommand = timeCommand(['email', TEMPLATE, '--session', SESSION, '--force', '--workspace', dir]);
  const quoteCommand = timeCommand(['quote', QUOTE, '--workspace', dir]);
  const certificatesCommand = timeCommand(['certificates', SIX_SLOTS, '--workspace', dir]);

  let imported = 0;
  const attendance = await timeRuns(async () => {
    const r = await docs.importAttendance(
      { workspace, dir, cwd: dir },
      { sessionId: REMOTE, report: 'zoom-participants.csv', dryRun: true },
    );
    if (r.status !== 'written') throw new Error(`attendance import refused: ${r.refusal.message}`);
    imported = r.plan.participants.length;
  });

  const attendanceCommand = timeCommand([
    'attendance',
    'import',
    REMOTE,
    path.join(dir, 'zoom-participants.csv'),
    '--workspace',
    dir,
  ]);

  const rows = [
    { what: `sign-in sheet, 60 participants (${pages} pages)`, floor: 0.5, ...sheet, command: sheetCommand },
    { what: `emails, ${mails} .eml files`, floor: 1, ...emails, command: emailCommand },
    { what: `devis, 40 lines (${quotePages} pages)`, floor: 0.5, ...devis, command: quoteCommand },
    {
      what: `${certificates} certificats de réalisation, 6 slots`,
      floor: 1,
      ...realisations,
      command: certificatesCommand,
    },
    {
      what: `attendance import, ${imported} participants × ${SLOTS.length} slots`,
      floor: 0.5,
      ...attendance,
      command: attendanceCommand,
    },
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
