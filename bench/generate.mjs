// Deterministic synthetic workspace for the benchmark: N records (70 % sessions, 20 % quotes,
// 10 % missions) plus the programmes, clients and people they reference, all valid for Atelier
// on TODAY. Usage: node bench/generate.mjs N DIR [SEED]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TODAY = '2026-11-23';
export const GENERATOR_VERSION = 1; // bump when the output changes, so run.mjs regenerates

// mulberry32: tiny seeded PRNG, so the same (N, seed) always gives byte-identical files.
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

// Dates as YYYY-MM-DD strings with UTC arithmetic (no time zone involved).
const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const nextMonth = (day) => addDays(`${day.slice(0, 7)}-01`, 32).slice(0, 7) + '-01';
const lastDayOfMonth = (day) => addDays(nextMonth(day), -1);
const min = (a, b) => (a < b ? a : b);
const max = (a, b) => (a > b ? a : b);

// Scalars: bare when plainly safe in YAML, else JSON-quoted (JSON strings are valid YAML).
const y = (v) =>
  v === null
    ? 'null'
    : typeof v !== 'string'
      ? String(v)
      : /^[a-z0-9-]*[a-z][a-z0-9-]*$/.test(v) ||
          (/^[A-Za-zÀ-ÿ][\wÀ-ÿ .,'’()-]*$/.test(v) && !/^(null|true|false)$/i.test(v) && !/ $/.test(v))
        ? v
        : JSON.stringify(v);
const flow = (arr) => `[${arr.map(y).join(', ')}]`;
const ascii = (s) =>
  s
    .normalize('NFD')
    .replace(/[^\w-]/g, '')
    .toLowerCase();

const FIRST = [
  'Anne',
  'Karim',
  'Élodie',
  'Mamadou',
  'Zoé',
  'Gaëlle',
  'Hugo',
  'Fatou',
  'Lucas',
  'Inès',
  'Théo',
  'Chloé',
  'Yanis',
  'Léa',
  'Nicolas',
  'Sarah',
  'Julien',
  'Aïcha',
  'Bastien',
  'Manon',
  'Olivier',
  'Camille',
  'Rémi',
  'Nadia',
];
const LAST = [
  'Durand',
  'Belkacem',
  'Fontaine',
  'Diallo',
  'Lambert',
  'Kerjean',
  'Petit',
  'Sow',
  'Martin',
  'Bernard',
  'Moreau',
  'Lefèvre',
  'Garnier',
  'Rousseau',
  'Nguyen',
  'Traoré',
  'Le Goff',
  'Morel',
  'Girard',
  'Haddad',
  'Vidal',
  'Dubois',
  'Ribeiro',
  'Benali',
];
const FUNCTIONS = [
  'chargée de mission',
  'coordinateur des bénévoles',
  'co-présidente',
  'trésorier',
  'animatrice nature',
  "chargée d'accueil",
  'volontaire en service civique',
  'administratrice',
  'directeur',
  'responsable des ressources humaines',
  'gérante',
  'assistant de gestion',
];
const ORGS = [
  'Association Terre Vivante des Monts',
  'SCOP Les Rouages',
  'Fournil Coopératif du Plateau',
  "Communauté de communes du Val d'Orbière",
  'Réseau des tiers-lieux de la Vallée Verte',
  'Maison de quartier des Tilleuls',
  'Collectif Vélo Solidaire',
  'Épicerie participative La Cagette',
];
const CITIES = ['lyon', 'paris', 'nantes', 'lille', 'rennes', 'grenoble', 'bordeaux', 'marseille'];
const PLACES = [
  'Salle du Grand Tilleul, 8 rue des Lilas, 69007 Lyon',
  'Maison des associations, 12 rue de la Paix, 44000 Nantes',
  'Tiers-lieu La Fabrique, 3 place du Marché, 35000 Rennes',
  'Salle polyvalente, 1 avenue Jean Jaurès, 38000 Grenoble',
];
const KINDS = ['workshop', 'training-day', 'welcome-webinar', 'follow-up-webinar', 'closing-webinar'];
const WEBINAR = new Set(['welcome-webinar', 'follow-up-webinar', 'closing-webinar']);
const NOTE =
  'Le groupe a travaillé sur ses propres situations : préparation des réunions, rôles tournants, prise de décision par consentement. Les retours à chaud sont bons ; penser à envoyer le support et le questionnaire de satisfaction dans la semaine.';

/** Returns Map(relative path → file text) for N records. */
export function generate(n, seed = 20261123) {
  const r = prng(seed);
  const files = new Map();
  const put = (folder, id, lines, body = '') =>
    files.set(`${folder}/${id}.md`, `---\n${lines.join('\n')}\n---\n${body ? `\n${body}\n` : ''}`);

  // The handful of records everything references.
  const programmes = [
    'se-reunir-autrement',
    'outils-numeriques-ethiques',
    'gouvernance-partagee',
    'animer-un-collectif',
    'prise-de-decision',
    'gestion-des-conflits',
  ];
  programmes.forEach((id, i) =>
    put('programmes', id, [
      `type: programme`,
      `title: ${y(`Programme ${i + 1} : ${id.replace(/-/g, ' ')}`)}`,
      `modules:`,
      ...[1, 2, 3].map((m) => `  - ${y(`Module ${m}`)}`),
      `format: ${['online', 'on-site', 'blended'][i % 3]}`,
      `hours: ${7 * (i + 1)}`,
      `max_participants: 60`,
      `price_per_participant: ${120 + 10 * i}`,
      `webinars: [welcome-webinar, closing-webinar]`,
    ]),
  );
  const people = [];
  const person = (role, i) => {
    const first = FIRST[(i * 7) % FIRST.length];
    const last = LAST[(i * 5 + 3) % LAST.length];
    const id = `${ascii(first)}-${ascii(last)}-${i}`;
    const roles = role === 'coordinator' ? ['coordinator', 'facilitator'] : [role];
    put('people', id, [
      `type: person`,
      `first_name: ${y(first)}`,
      `last_name: ${y(last)}`,
      `email: ${ascii(first)}.${ascii(last)}${i}@example.org`,
      `phone: "+33 6 00 00 00 ${String(i).padStart(2, '0')}"`,
      `roles: ${flow(roles)}`,
      `daily_rate: ${500 + 10 * i}`,
    ]);
    people.push({ id, role });
    return id;
  };
  const facilitators = Array.from({ length: 12 }, (_, i) => person('facilitator', i));
  const coordinators = Array.from({ length: 4 }, (_, i) => person('coordinator', 12 + i));
  const clients = Array.from({ length: 20 }, (_, i) => {
    const id = `client-${String(i + 1).padStart(2, '0')}-${ascii(ORGS[i % ORGS.length]).slice(0, 24)}`;
    const contact = person('client-contact', 16 + i);
    put('clients', id, [
      `type: client`,
      `name: ${y(`${ORGS[i % ORGS.length]} ${i + 1}`)}`,
      `address: ${y(`${i + 1} rue des Coopératives, 69000 Lyon`)}`,
      `vat_number: FR${String(10000000000 + i * 7919)}`,
      `channel: ${['catalogue', 'marketplace', 'direct', 'partner'][i % 4]}`,
      `contacts: [${contact}]`,
    ]);
    return id;
  });

  // Plan the N records: sessions first (their dates decide missions' retributions and closing).
  const nMissions = Math.max(1, Math.round(n * 0.1));
  const nSessions = Math.max(1, Math.round(n * 0.7));
  const nQuotes = Math.max(0, n - nSessions - nMissions);
  const missions = Array.from({ length: nMissions }, (_, i) => ({
    id: `m-${String(i + 1).padStart(5, '0')}`,
    client: r.pick(clients),
    programme: r.pick(programmes),
    start: addDays('2025-01-06', r.int(0, 800)),
    sessions: [],
  }));

  for (let i = 0; i < nSessions; i++) {
    // A quarter of the sessions are public inter sessions outside any mission.
    const mission = r.chance(0.25) || i === 0 ? undefined : missions[i % nMissions];
    const first = mission
      ? addDays(mission.start, mission.sessions.length * r.int(14, 35))
      : addDays('2025-01-06', r.int(0, 850));
    const kind = i === 0 ? 'workshop' : mission && mission.sessions.length === 0 ? 'welcome-webinar' : r.pick(KINDS);
    const nSlots = i === 0 ? 4 : WEBINAR.has(kind) ? 1 : r.int(1, 4);
    const slots = Array.from({ length: nSlots }, (_, k) => ({
      date: addDays(first, Math.floor(k / 2) * 7),
      start: k % 2 ? '14:00' : '09:30',
      end: k % 2 ? '17:00' : '12:30',
    }));
    const last = slots[slots.length - 1].date;
    const cancelled = r.chance(0.03);
    const status = cancelled ? 'cancelled' : last < TODAY ? 'done' : first < TODAY ? 'launched' : 'planned';
    const count = i === 0 ? 60 : r.int(5, 60); // session 0: 60 participants, 4 slots, edited by the bench
    const city = r.pick(CITIES);
    const id = `${first}-${kind}-${city}-${String(i + 1).padStart(5, '0')}`;
    const facs = [...new Set([r.pick(facilitators), r.pick(facilitators)])];
    const lines = [
      `type: session`,
      `title: ${y(`${kind === 'workshop' ? 'Atelier' : kind === 'training-day' ? 'Journée de formation' : 'Webinaire'} ${i + 1} : ${city}`)}`,
      `programme: ${mission ? mission.programme : r.pick(programmes)}`,
    ];
    if (mission) lines.push(`mission: ${mission.id}`);
    lines.push(
      `offer: ${mission ? (r.chance(0.8) ? 'intra' : 'integrated') : 'inter'}`,
      `kind: ${kind}`,
      `status: ${status}`,
      `slots:`,
    );
    for (const s of slots) lines.push(`  - date: ${s.date}`, `    start: "${s.start}"`, `    end: "${s.end}"`);
    if (WEBINAR.has(kind))
      lines.push(
        `online:`,
        `  url: https://visio.example.org/${id}`,
        `  phone: "+33 1 23 45 67 89"`,
        `  access_code: "${r.int(100, 999)} ${r.int(100, 999)}"`,
      );
    else lines.push(`place: ${y(r.pick(PLACES))}`);
    lines.push(`facilitators: ${flow(facs)}`, `capacity: ${min(60, count + r.int(0, 10))}`, `participants:`);
    for (let p = 0; p < count; p++) {
      const fn = FIRST[r.int(0, FIRST.length - 1)];
      const ln = LAST[r.int(0, LAST.length - 1)];
      const org = mission ? ORGS[clients.indexOf(mission.client) % ORGS.length] : r.pick(ORGS);
      // Most register weeks before; some join late, within the 14 days the rules allow.
      const added = r.chance(0.9) ? addDays(first, -r.int(1, 60)) : addDays(first, r.int(0, 14));
      const attendance = slots.map((s) =>
        cancelled || s.date >= TODAY ? null : r.chance(0.85) ? 'present' : r.pick(['absent', 'excused']),
      );
      lines.push(
        `  - first_name: ${y(fn)}`,
        `    last_name: ${y(ln)}`,
        `    email: ${ascii(fn)}.${ascii(ln)}.${p + 1}@${ascii(org).slice(0, 16)}.example`,
        `    organisation: ${y(org)}`,
        `    function: ${y(r.pick(FUNCTIONS))}`,
        `    added_on: ${added}`,
        `    attendance: ${flow(attendance)}`,
      );
    }
    put('sessions', id, lines, r.chance(0.5) ? NOTE : '');
    if (mission) mission.sessions.push({ id, kind, first, last, status, facs });
  }

  // Quotes: one accepted quote per mission, the rest in every other status.
  const quoteIds = [];
  for (let i = 0; i < nQuotes; i++) {
    const mission = missions[i];
    const status = mission ? 'accepted' : r.pick(['draft', 'validated', 'sent', 'refused', 'expired', 'accepted']);
    const client = mission ? mission.client : r.pick(clients);
    const date = mission ? addDays(mission.start, -r.int(20, 60)) : addDays('2025-01-06', r.int(0, 800));
    const number = `D-${date.slice(0, 4)}-${String(i + 1).padStart(5, '0')}`;
    const id = `d-${date.slice(0, 4)}-${String(i + 1).padStart(5, '0')}-${client.slice(0, 9)}`;
    const lines = [
      `type: quote`,
      `number: ${number}`,
      `client: ${client}`,
      `programme: ${mission ? mission.programme : r.pick(programmes)}`,
      `date: ${date}`,
      `valid_until: ${addDays(date, 30)}`,
      `status: ${status}`,
    ];
    if (status !== 'draft') lines.push(`approvals: [communs-apprenants, la-tisserande]`);
    if (status === 'accepted')
      lines.push(
        `accepted:`,
        `  on: ${addDays(date, r.int(1, 30))}`,
        `  purchase_order: BC-${String(i + 1).padStart(5, '0')}`,
      );
    lines.push(`lines:`);
    const nLines = r.int(1, 4);
    for (let l = 0; l < nLines; l++) {
      lines.push(
        `  - label: ${y(['Ateliers en présentiel (binôme d’animation)', 'Webinaires d’accueil et de clôture', 'Licences parcours en ligne', 'Facilitation de la réunion hebdomadaire'][l])}`,
        `    quantity: ${r.int(1, 20)}`,
        `    unit: ${['day', 'flat', 'participant', 'hour'][l]}`,
      );
      if (l === 0) lines.push(`    people: 2`);
      lines.push(`    unit_price: ${r.int(10, 70) * 10}`, `    vat_rate: 0.2`);
      if (l === 3) lines.push(`    recurrence: week`);
    }
    lines.push(`discount: ${r.pick([0, 0, 100, 200])}`);
    put('quotes', id, lines, `Devis préparé après un premier échange avec le client. ${NOTE}\n\n${NOTE}`);
    quoteIds.push(id);
    if (mission) mission.quote = id;
  }

  // Missions: ordered counts cover what is planned; retributions one per month after the sessions end.
  for (const m of missions) {
    const live = m.sessions.filter((s) => s.status !== 'cancelled');
    const ordered = new Map();
    for (const s of live) ordered.set(s.kind, (ordered.get(s.kind) ?? 0) + 1);
    if (ordered.size === 0) ordered.set('workshop', 1);
    const done = live.filter((s) => s.status === 'done').sort((a, b) => (a.last < b.last ? -1 : 1));
    const closing = live.length > 0 && done.length === live.length && r.chance(0.7);
    const byMonth = new Map();
    // An open mission may still owe its most recent session; a closed one has paid them all.
    for (const s of closing ? done : done.slice(0, Math.max(0, done.length - r.int(0, 1)))) {
      const month = s.last.slice(0, 7);
      (byMonth.get(month) ?? byMonth.set(month, []).get(month)).push(s);
    }
    const facs = [...new Set(m.sessions.flatMap((s) => s.facs))];
    const lines = [`type: mission`, `title: ${y(`Mission ${m.id}`)}`, `client: ${m.client}`];
    if (m.quote) lines.push(`quote: ${m.quote}`);
    lines.push(
      `coordinator: ${r.pick(coordinators)}`,
      `facilitators: ${flow(facs.length ? facs : [facilitators[0]])}`,
      `ordered:`,
    );
    for (const [kind, count] of ordered)
      lines.push(
        `  - kind: ${kind}`,
        `    count: ${count + r.int(0, 1)}`,
        `    facilitators_per_session: ${kind === 'workshop' ? 2 : 1}`,
      );
    lines.push(`status: ${closing ? 'closed' : 'open'}`);
    let lastRequest = '';
    if (byMonth.size) lines.push(`retributions:`);
    for (const [, group] of byMonth) {
      const latest = group.reduce((d, s) => max(d, s.last), '');
      lastRequest = min(lastDayOfMonth(latest), addDays(TODAY, -1)); // same month as the sessions, never in the future
      lines.push(
        `  - requested_on: ${lastRequest}`,
        `    sessions: ${flow(group.map((s) => s.id))}`,
        `    amount: ${group.length * 650}`,
      );
    }
    if (closing)
      lines.push(
        `closed_on: ${min(
          addDays(
            max(
              lastRequest,
              live.reduce((d, s) => max(d, s.last), ''),
            ),
            r.int(1, 20),
          ),
          TODAY,
        )}`,
      );
    put('missions', m.id, lines, `Mission suivie par la coordination. ${NOTE}\n\n${NOTE}\n\n${NOTE}`);
  }
  return { files, sixty: [...files.keys()].find((p) => p.startsWith('sessions/')) };
}

const CONFIG = `organisation: Coopérative Banc d'Essai
locale: fr
timezone: Europe/Paris
currency: EUR
vat_rate: 0.2
output: generated
sender: "Coopérative Banc d'Essai <contact@banc-essai.example>"
registration_number: "11 75 00000 75"
`;

/** Writes the workspace into dir (replacing it); returns a small manifest, also saved as dir/bench.json. */
export function writeWorkspace(n, dir, seed = 20261123) {
  const { files, sixty } = generate(n, seed);
  rmSync(dir, { recursive: true, force: true });
  for (const folder of new Set([...files.keys()].map((p) => path.dirname(p))))
    mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, 'atelier.yaml'), CONFIG);
  let bytes = 0;
  for (const [rel, text] of files) {
    writeFileSync(path.join(dir, rel), text);
    bytes += Buffer.byteLength(text);
  }
  const manifest = { version: GENERATOR_VERSION, n, seed, files: files.size, bytes, sixty };
  writeFileSync(path.join(dir, 'bench.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [n, dir, seed] = process.argv.slice(2);
  if (!n || !dir) {
    console.error('usage: node bench/generate.mjs N DIR [SEED]');
    process.exit(2);
  }
  console.log(JSON.stringify(writeWorkspace(Number(n), dir, seed ? Number(seed) : undefined)));
}
