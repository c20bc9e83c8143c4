/** What the New … and Initialize workspace commands decide, without VS Code. */
import * as assert from 'assert';
import {
  DEFAULT_CAPACITY,
  defaultSlots,
  FOLDER,
  initialConfig,
  newClient,
  newMission,
  newPerson,
  newQuote,
  newRecordPath,
  newSession,
  nextQuoteNumber,
  recordFile,
  WORKSPACE_FOLDERS,
  type NewRecord,
} from '../../src/core/commands/newRecords';
import { isEmail } from '../../src/core/schema/formats';
import { personRoles, quoteStatuses, recordSchemas, salesChannels, sessionKinds } from '../../src/core/schema/schemas';
import { openWorkspace, type FileMap } from '../helpers/workspace';

const TODAY = '2026-11-23';

/** The files of a workspace made by Initialize workspace, plus records made by the commands. */
function workspaceWith(records: NewRecord[], locale: 'fr' | 'en' = 'fr'): FileMap {
  const files: FileMap = { 'atelier.yaml': initialConfig('  Coopérative « Exemple » : Lyon  ', locale) };
  for (const r of records) files[newRecordPath(r.type, r.id, () => false)] = recordFile(r.data);
  return files;
}

describe('new records (core of the New … commands)', () => {
  it('numbers quotes D-YYYY-NNN: one more than the highest of the year, gaps kept, other years and schemes ignored', () => {
    assert.strictEqual(nextQuoteNumber([], TODAY), 'D-2026-001');
    assert.strictEqual(nextQuoteNumber(['D-2026-001', 'D-2026-004', 'D-2026-002'], TODAY), 'D-2026-005');
    assert.strictEqual(nextQuoteNumber(['D-2025-041', 'D-2027-003', 'D-2026-009'], TODAY), 'D-2026-010');
    assert.strictEqual(nextQuoteNumber(['D-2025-041'], TODAY), 'D-2026-001');
    assert.strictEqual(nextQuoteNumber(['DEVIS-77', 'X-2026-500', undefined, 12, ' D-2026-011 '], TODAY), 'D-2026-012');
    assert.strictEqual(nextQuoteNumber(['D-2026-999'], TODAY), 'D-2026-1000');
  });

  it('gives each session kind its default slots on the chosen day', () => {
    const day = '2026-03-12';
    const hours = Object.fromEntries(
      sessionKinds.map((k) => [k, defaultSlots(k, day).map((s) => `${s.date} ${s.start}-${s.end}`)]),
    );
    assert.deepStrictEqual(hours, {
      workshop: ['2026-03-12 09:30-12:30'],
      'training-day': ['2026-03-12 09:30-12:30', '2026-03-12 14:00-17:00'],
      'welcome-webinar': ['2026-03-12 12:30-13:30'],
      'follow-up-webinar': ['2026-03-12 12:30-13:30'],
      'closing-webinar': ['2026-03-12 12:30-13:30'],
    });
  });

  it('makes a planned session with its id, default capacity and no participants', () => {
    const s = newSession({
      title: ' Atelier Lyon ',
      kind: 'workshop',
      day: '2026-03-12',
      programme: 'p',
      mission: undefined,
      facilitators: ['f'],
    });
    assert.strictEqual(s.id, '2026-03-12-atelier-lyon');
    assert.deepStrictEqual(s.data, {
      type: 'session',
      title: 'Atelier Lyon',
      programme: 'p',
      kind: 'workshop',
      status: 'planned',
      slots: [{ date: '2026-03-12', start: '09:30', end: '12:30' }],
      facilitators: ['f'],
      capacity: DEFAULT_CAPACITY,
      participants: [],
    });
    assert.strictEqual(DEFAULT_CAPACITY, 12);
  });

  it('ids of quotes, missions, clients and people', () => {
    const q = newQuote({ number: 'D-2026-003', client: 'asso', today: TODAY, lineLabel: 'Journée' });
    assert.strictEqual(q.id, 'd-2026-003-asso');
    assert.strictEqual(newMission({ client: 'asso', coordinator: 'c', today: TODAY }).id, '2026-asso');
    assert.strictEqual(newClient({ name: 'Asso Terre Vivante', channel: 'direct' }).id, 'asso-terre-vivante');
    assert.strictEqual(
      newPerson({ first_name: 'Inès', last_name: 'Haddad', email: ' ines@example.org ', roles: [] }).id,
      'ines-haddad',
    );
  });

  it('an initialized workspace and the records the commands make load with no diagnostic', async () => {
    const ws = await openWorkspace(
      workspaceWith([
        newClient({ name: 'Asso', channel: salesChannels[0] }),
        newPerson({ first_name: 'Camille', last_name: 'Martin', email: 'camille@example.org', roles: ['coordinator'] }),
        newPerson({ first_name: 'Samir', last_name: 'Vidal', email: 'samir@example.org', roles: ['facilitator'] }),
        newQuote({ number: nextQuoteNumber([], TODAY), client: 'asso', today: TODAY, lineLabel: 'Journée' }),
        newMission({ client: 'asso', quote: 'd-2026-001-asso', coordinator: 'camille-martin', today: TODAY }),
        newSession({
          title: 'Atelier',
          kind: 'workshop',
          day: '2026-12-01',
          mission: '2026-asso',
          facilitators: ['samir-vidal'],
        }),
      ]),
      TODAY,
    );
    // Only the legal identity a new workspace has yet to give (one warning on atelier.yaml).
    assert.deepStrictEqual(
      ws.diagnostics().map((d) => `${d.file} ${d.code}`),
      ['atelier.yaml config.legal-missing'],
    );
    assert.strictEqual(ws.config.organisation, 'Coopérative « Exemple » : Lyon');
    assert.strictEqual(ws.config.locale, 'fr');
    assert.strictEqual(ws.records().length, 6);
  });

  it('writes the initial atelier.yaml from the default settings', () => {
    assert.strictEqual(
      initialConfig('Coop', 'en'),
      'organisation: "Coop"\nlocale: en\ntimezone: Europe/Paris\ncurrency: EUR\nvat_rate: 0.2\noutput: generated\n',
    );
  });

  it('creates the conventional folders, templates apart', () => {
    assert.deepStrictEqual(WORKSPACE_FOLDERS, ['programmes', 'clients', 'people', 'quotes', 'missions', 'sessions']);
    assert.strictEqual(FOLDER['email-template'], 'templates');
  });

  it('offers the kinds, channels, roles and statuses the schemas allow', () => {
    type Node = { enum?: unknown[]; items?: Node; properties?: Record<string, Node> };
    const props = (t: keyof typeof recordSchemas) => (recordSchemas[t] as Node).properties!;
    assert.deepStrictEqual(sessionKinds, props('session').kind.enum);
    assert.deepStrictEqual(sessionKinds, props('mission').ordered.items!.properties!.kind.enum);
    assert.deepStrictEqual(salesChannels, props('client').channel.enum);
    assert.deepStrictEqual(personRoles, props('person').roles.items!.enum);
    assert.deepStrictEqual(quoteStatuses, props('quote').status.enum);
    assert.deepStrictEqual(salesChannels, ['catalogue', 'marketplace', 'direct', 'partner']);
  });

  it('checks emails as the schemas do', () => {
    for (const ok of ['anne.durand@example.org', 'a+b@sub.example.fr', 'ZOE@EXAMPLE.ORG']) assert.ok(isEmail(ok), ok);
    for (const bad of ['anne', 'anne@', '@example.org', 'anne@example', 'a b@example.org', '<a@example.org>'])
      assert.ok(!isEmail(bad), bad);
  });
});
