/**
 * The acceptance check: on a copy of the sample workspace with one fault of each kind
 * planted, each is reported at the right place with the right code, exit 1, nothing else flagged.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { unmark, type Mark } from '../helpers/workspace';
import { atelier, copyToTemp, SAMPLE } from './run';

interface Plant {
  file: string;
  /** Text to find (a string or a pattern) and its replacement, with ⟦code|…⟧ marks. */
  find: string | RegExp;
  replace: string;
}

const PLANTS: Plant[] = [
  {
    file: 'sessions/2026-05-21-atelier-lyon-3.md',
    find: 'type: session\ntitle: "Se réunir autrement — atelier 3 : faire vivre la gouvernance"\n',
    replace: '⟦schema.required|type⟧: session\n',
  },
  { file: 'sessions/2026-03-12-atelier-lyon.md', find: 'kind: workshop', replace: 'kind: ⟦schema.enum|atelier⟧' },
  {
    file: 'sessions/2026-04-09-atelier-lyon-2.md',
    find: /\ncapacity: (\d+)/,
    replace: '\ncapacity: $1\n⟦schema.unknown|capacite⟧: 12',
  },
  {
    file: 'programmes/outils-numeriques-ethiques.md',
    find: /^hours: .*$/m,
    replace: 'hours: ⟦schema.type|douze heures⟧',
  },
  { file: 'programmes/se-reunir-autrement.md', find: /^format: (.*)$/m, replace: '⟦yaml.syntax|format: [$1⟧' },
  {
    file: 'people/theo-lefebvre.md',
    find: /^(email: .*)$/m,
    replace: '⟦git.conflict|<<<<<<< HEAD⟧\n$1\n=======\nemail: theo@autre.example\n>>>>>>> branche-de-samir',
  },
  {
    file: 'sessions/2026-12-03-atelier-vallee-verte.md',
    find: 'facilitators: [ana-ribeiro]',
    replace: 'facilitators: [ana-ribeiro, ⟦ref.missing|anna-ribeiro⟧]',
  },
  {
    file: 'sessions/2026-10-01-se-reunir-autrement-paris.md',
    find: 'capacity: 15',
    replace: 'capacity: ⟦rule.capacity|2⟧',
  },
  {
    file: 'sessions/2026-10-01-se-reunir-autrement-paris.md',
    find: 'added_on: 2026-08-31',
    replace: 'added_on: ⟦rule.late-participant|2026-10-30⟧',
  },
  {
    file: 'missions/2026-rouages-consentement.md',
    find: '    count: 3',
    replace: '    count: ⟦rule.mission-overplanned|2⟧',
  },
  {
    // Atelier 3 above is no record without its type: the closed mission plans fewer hours than its quote sold.
    file: 'missions/2026-terre-vivante.md',
    find: 'quote: d-2026-003-terre-vivante',
    replace: '⟦rule.hours-mismatch|quote⟧: d-2026-003-terre-vivante',
  },
  {
    file: 'missions/2026-terre-vivante.md',
    find: '  - requested_on: 2026-04-15\n    sessions: [2026-04-09-atelier-lyon-2]',
    replace:
      '  - requested_on: ⟦rule.retribution-monthly|2026-03-25⟧\n    sessions: [⟦rule.retribution-early|2026-04-09-atelier-lyon-2⟧]',
  },
  {
    file: 'quotes/d-2026-034-vallee-verte.md',
    find: 'discount: 0',
    replace: 'discount: 0\n⟦rule.derived-total|total_ttc⟧: 9999',
  },
  {
    file: 'quotes/d-2026-034-vallee-verte.md',
    find: 'accepted:\n  on: 2026-10-02\n  signed_by: Yann Le Goff',
    replace: '⟦rule.quote-proof|accepted⟧:\n  on: 2026-10-02',
  },
  {
    file: 'sessions/2026-11-17-formation-rouages-j2.md',
    find: '    end: "17:00"',
    replace: '    end: ⟦rule.slot-order|"11:00"⟧',
  },
  {
    file: 'sessions/2026-03-12-atelier-lyon.md',
    find: 'attendance: [present, present]',
    replace: 'attendance: ⟦rule.attendance-count|[present]⟧',
  },
  {
    file: 'templates/creation-compte.md',
    find: /$/,
    replace: '\n⟦secret.suspected|Mot de passe provisoire : Bienvenue2026⟧\n',
  },
];

/** Files added whole. */
const ADDED: Record<string, string> = {
  'archive/asso-terre-vivante.md': '---\n⟦id.duplicate|type⟧: client\nname: Ancienne fiche\n---\n',
  'notes/facture.md': '---\ntype: ⟦record.type-unknown|invoice⟧\nnumber: F-2026-001\n---\n',
};
/** The duplicate id is reported on both files: the original's first key. */
const ALSO: Plant[] = [
  { file: 'clients/asso-terre-vivante.md', find: /^type: client/m, replace: '⟦id.duplicate|type⟧: client' },
];

describe('planted faults on a copy of the sample workspace', () => {
  it('reports each fault at its line and column with its code, exit 1, and nothing else', async () => {
    const dir = copyToTemp(SAMPLE);
    const marked = new Map<string, string>();
    for (const p of [...PLANTS, ...ALSO]) {
      const before = marked.get(p.file) ?? fs.readFileSync(path.join(dir, p.file), 'utf8');
      assert.ok(
        typeof p.find === 'string' ? before.includes(p.find) : p.find.test(before),
        `plant not found in ${p.file}: ${p.find}`,
      );
      const after = before.replace(p.find, p.replace);
      marked.set(p.file, after);
    }
    for (const [file, text] of Object.entries(ADDED)) marked.set(file, text);
    const expected: Mark[] = [];
    for (const [file, text] of marked) {
      const u = unmark(file, text);
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), u.text);
      expected.push(...u.marks);
    }
    const r = await atelier(['validate', '--workspace', dir, '--format', 'json', '--today', '2026-11-23']);
    assert.strictEqual(r.status, 1, r.stderr);
    const got = JSON.parse(r.stdout).diagnostics as Mark[];
    const key = (d: Mark) => `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code}`;
    assert.deepStrictEqual(got.map(key).sort(), expected.map(key).sort());
    const codes = new Set(got.map((d) => d.code));
    assert.ok(codes.size >= 18, `${codes.size} distinct codes`);
  });
});
