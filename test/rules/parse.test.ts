import * as assert from 'assert';
import { fixedClock } from '../../src/core/host';
import { Workspace } from '../../src/core/workspace';
import { analyzeRecordFile } from '../../src/core/analyze';
import { defaultConfig } from '../../src/core/config';
import {
  baseFile,
  expectDiagnostics,
  memoryFiles,
  openWorkspace,
  readFixture,
  TODAY,
  unmark,
} from '../helpers/workspace';

const session = baseFile('sessions/session-a.md');

describe('reading files: bad input never crashes and is reported where it is', () => {
  it('a YAML syntax error is reported at its line, and the other files are still validated', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace('capacity: 3', '⟦yaml.syntax|capacity: [3⟧'),
      'sessions/session-b.md': baseFile('sessions/session-b.md').replace(
        'facilitators: [coord-a]',
        'facilitators: [⟦ref.missing|ghost⟧]',
      ),
    });
  });

  it('a duplicated key is named', async () => {
    const [d] = await expectDiagnostics({
      'sessions/session-a.md': session.replace('capacity: 3', 'capacity: 3\n⟦yaml.duplicate-key|capacity: 4⟧'),
    });
    assert.match(d.message, /"capacity"/);
  });

  it('merge-conflict markers are one clear error at the first marker', async () => {
    const conflicted = session.replace(
      'capacity: 3\n',
      '⟦git.conflict|<<<<<<< HEAD⟧\ncapacity: 3\n=======\ncapacity: 4\n>>>>>>> feature\n',
    );
    const [d] = await expectDiagnostics({ 'sessions/session-a.md': conflicted });
    assert.match(d.message, /<<<<<<<.*>>>>>>>/);
  });

  it('a record in conflict keeps its id: references to it are not reported missing', async () => {
    await expectDiagnostics({
      'programmes/prog.md': baseFile('programmes/prog.md').replace(
        'hours: 9\n',
        '⟦git.conflict|<<<<<<< ours⟧\nhours: 9\n=======\nhours: 21\n>>>>>>> theirs\n',
      ),
    });
  });

  it('an unclosed front matter is an error on line 1', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session
        .replace('---\ntype', '⟦frontmatter.unclosed|---⟧\ntype')
        .replace(/---\nNotes libres.\n$/, 'Notes libres.\n'),
    });
  });

  it('a Markdown file without front matter type is not a record and gets no diagnostic', async () => {
    await expectDiagnostics({
      'notes/meeting.md': '---\ntitle: Notes de réunion\ntags: [a, b]\n---\n# Réunion\n',
      'notes/plain.md': '# Juste du texte\n\n- une liste\n',
    });
  });

  it('an unknown type is an error on its value', async () => {
    await expectDiagnostics({ 'notes/x.md': '---\ntype: ⟦record.type-unknown|invoice⟧\nnumber: F-1\n---\n' });
  });

  it('a UTF-8 BOM, CRLF line endings and a non-ASCII file name keep exact positions', async () => {
    const crlf = '\uFEFF' + session.replace('kind: workshop', 'kind: ⟦schema.enum|atelier⟧').replace(/\n/g, '\r\n');
    await expectDiagnostics({ 'sessions/séance-été-ørsted.md': crlf.replace('mission: mission-a\r\n', '') });
  });

  it('a file that is not UTF-8 is reported, not skipped', async () => {
    const files = readFixture('base');
    files['sessions/latin1.md'] = Uint8Array.from([
      0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a,
    ]);
    const ws = await openWorkspace(files);
    assert.deepStrictEqual(
      ws.diagnostics().map((d) => [d.file, d.line, d.code]),
      [['sessions/latin1.md', 1, 'file.encoding']],
    );
  });

  it('a folder that cannot be listed is reported, not skipped', async () => {
    const files = readFixture('base');
    const host = { ...memoryFiles(files), unreadableFolders: () => [{ path: 'sessions/private', reason: 'EACCES' }] };
    const ws = new Workspace({ files: host, clock: fixedClock('2026-11-23') });
    await ws.load();
    const [d] = ws.diagnostics();
    assert.deepStrictEqual([d.file, d.line, d.code, d.severity], ['sessions/private', 1, 'folder.unreadable', 'error']);
    assert.match(d.message, /EACCES/);
  });

  it('nested YAML aliases ("billion laughs") are refused at the alias that expands too far, and little data is kept', async () => {
    const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    // The 10th level would hold 9^10 values; the 5th (9^5 · 4 values) already repeats more than the limit.
    levels[4] = `⟦yaml.alias-expansion|${levels[4]}⟧`;
    const laughs = session.replace('capacity: 3\n', `capacity: 3\n${levels.join('\n')}\n`);
    const [d] = await expectDiagnostics({ 'sessions/session-a.md': laughs });
    assert.match(d.message, /aliases/);
    const analysis = analyzeRecordFile(
      'sessions/session-a.md',
      unmark('sessions/session-a.md', laughs).text,
      defaultConfig,
      TODAY,
    );
    assert.ok(JSON.stringify(analysis).length < 2000, 'nothing expanded is kept (the cache stores this)');
  });

  it('an alias inside its own anchor (a cycle) is refused, in a record and in atelier.yaml', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace(
        'capacity: 3\n',
        'capacity: 3\nloop: &l\n⟦yaml.alias-expansion|  - *l⟧\n',
      ),
      'atelier.yaml': baseFile('atelier.yaml') + 'loop: &l\n⟦yaml.alias-expansion|  - [*l, *l]⟧\n',
    });
  });

  it('a few aliases that repeat little are read as usual', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace(
        'capacity: 3\n',
        'capacity: 3\n⟦schema.unknown|defaults⟧: &d { organisation: Terre Vivante }\n⟦schema.unknown|again⟧: *d\n',
      ),
    });
  });

  it('the output folder and dot-folders are not scanned', async () => {
    await expectDiagnostics({
      'generated/broken.md': '---\ntype: nope\n---\n',
      '.github/x.md': '---\ntype: nope\n---\n',
    });
  });
});
