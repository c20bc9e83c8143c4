import * as assert from 'assert';
import { definitionAt, hoverAt, referencesTo, renameRecord } from '../../src/core/language/navigation';
import { baseFile, openWorkspace, readFixture } from '../helpers/workspace';

const at = (marked: string) => ({ text: marked.replace('‸', ''), offset: marked.indexOf('‸') });

describe('hover, definition, references, rename', () => {
  it('hover on a key shows its schema title and description', async () => {
    const ws = await openWorkspace(readFixture('base'));
    const { text, offset } = at(baseFile('sessions/session-a.md').replace('capacity: 3', 'capa‸city: 3'));
    const h = hoverAt(ws, text, offset)!;
    assert.match(h.markdown, /\*\*Capacity\*\*\n\nMost participants/);
    assert.strictEqual(text.slice(h.start, h.end), 'capacity');
  });

  it('hover on a reference summarises the record it points to', async () => {
    const ws = await openWorkspace(readFixture('base'));
    const { text, offset } = at(
      baseFile('sessions/session-b.md').replace('facilitators: [coord-a]', 'facilitators: [coo‸rd-a]'),
    );
    assert.match(
      hoverAt(ws, text, offset)!.markdown,
      /\*\*Camille Martin\*\* — Person[\s\S]*coordinator, facilitator[\s\S]*people\/coord-a\.md/,
    );
  });

  it('hover speaks the language of diagnostics: French titles, descriptions and type names', async () => {
    const files = readFixture('base');
    files['atelier.yaml'] = String(files['atelier.yaml']).replace('locale: en', 'locale: fr');
    const ws = await openWorkspace(files);
    const hover = (file: string, from: string, to: string) => {
      const { text, offset } = at(baseFile(file).replace(from, to));
      return hoverAt(ws, text, offset)!.markdown;
    };
    assert.match(
      hover('sessions/session-a.md', 'capacity: 3', 'capa‸city: 3'),
      /^\*\*Capacité\*\*\n\nNombre maximal de participant·es/,
    );
    assert.match(
      hover('sessions/session-a.md', '    start: "09:30"', '    st‸art: "09:30"'),
      /^\*\*Début\*\*\n\nHeure de début/,
    );
    assert.match(
      hover('sessions/session-b.md', 'facilitators: [coord-a]', 'facilitators: [coo‸rd-a]'),
      /\*\*Camille Martin\*\* — Personne\n\nRôles/,
    );
    assert.match(hover('missions/mission-a.md', 'sessions: [session-a]', 'sessions: [session‸-a]'), / — Session\n/);
    // The editor's setting (atelier.locale) wins over atelier.yaml, as for diagnostics.
    ws.localeOverride = 'en';
    assert.match(
      hover('sessions/session-b.md', 'facilitators: [coord-a]', 'facilitators: [coo‸rd-a]'),
      / — Person\n\nRoles/,
    );
    const en = await openWorkspace(readFixture('base'));
    en.localeOverride = 'fr';
    const { text, offset } = at(baseFile('sessions/session-a.md').replace('capacity: 3', 'capa‸city: 3'));
    assert.match(hoverAt(en, text, offset)!.markdown, /^\*\*Capacité\*\*/);
  });

  it('hover on a quote shows its computed totals', async () => {
    const ws = await openWorkspace(readFixture('base'));
    const { text, offset } = at(baseFile('quotes/quote-a.md').replace('lines:', 'li‸nes:'));
    assert.match(
      hoverAt(ws, text, offset)!.markdown.replace(/\u00a0|\u202f/g, ' '),
      /One-off \| €1,400.00 \| €280.00 \| €1,680.00/,
    );
  });

  it('go to definition on a reference', async () => {
    const ws = await openWorkspace(readFixture('base'));
    const { text, offset } = at(
      baseFile('missions/mission-a.md').replace('sessions: [session-a]', 'sessions: [session‸-a]'),
    );
    assert.strictEqual(definitionAt(ws, text, offset)?.path, 'sessions/session-a.md');
  });

  it('find all references of a record, at their exact places', async () => {
    const ws = await openWorkspace(readFixture('base'));
    assert.deepStrictEqual(
      referencesTo(ws, 'fac-a').map((l) => `${l.path}:${l.line}:${l.column}-${l.endColumn}`),
      ['missions/mission-a.md:6:16-21', 'sessions/session-a.md:17:16-21'],
    );
  });

  it('rename gives the new file name and every reference to change; refuses a taken id', async () => {
    const ws = await openWorkspace(readFixture('base'));
    const r = renameRecord(ws, 'mission-a', 'mission-terre-vivante')!;
    assert.deepStrictEqual(
      [r.from, r.to, r.references.length],
      ['missions/mission-a.md', 'missions/mission-terre-vivante.md', 2],
    );
    assert.strictEqual(renameRecord(ws, 'mission-a', 'session-a'), undefined);
    assert.strictEqual(renameRecord(ws, 'mission-a', 'a/b'), undefined);
  });
});
