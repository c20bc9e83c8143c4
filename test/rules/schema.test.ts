import * as assert from 'assert';
import { baseFile, expectDiagnostics } from '../helpers/workspace';

const session = baseFile('sessions/session-a.md');

describe('schema: fields and values', () => {
  it('a missing required field is reported on its parent key', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace(
        '  - first_name: Anne\n    last_name: Durand\n',
        '  - ⟦schema.required|first_name⟧: Anne\n',
      ),
    });
  });

  it('a missing top-level field is reported on the first key', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session
        .replace('type: session', '⟦schema.required|type⟧: session')
        .replace('title: Atelier 1\n', ''),
    });
  });

  it('an unknown field is a warning on its key', async () => {
    const [d] = await expectDiagnostics({
      'sessions/session-a.md': session.replace('capacity: 3', 'capacity: 3\n⟦schema.unknown|capacite⟧: 4'),
    });
    assert.strictEqual(d.severity, 'warning');
  });

  it('an enum value not allowed is reported on the value', async () => {
    const [d] = await expectDiagnostics({
      'sessions/session-a.md': session.replace('kind: workshop', 'kind: ⟦schema.enum|worksop⟧'),
    });
    assert.match(d.message, /workshop, training-day/);
  });

  it('a wrong type is reported on the value', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace('capacity: 3', 'capacity: ⟦schema.type|"trois"⟧'),
    });
  });

  it('a malformed date, time and email are reported on their values', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session
        .replace(
          'date: 2026-03-12\n    start: "09:30"',
          'date: ⟦schema.format|2026-02-30⟧\n    start: ⟦schema.pattern|"9h30"⟧',
        )
        .replace('email: anne.durand@test.example', 'email: ⟦schema.format|anne.durand(at)test.example⟧'),
    });
  });

  it('at least one slot', async () => {
    await expectDiagnostics({
      'sessions/session-b.md': baseFile('sessions/session-b.md').replace(
        /slots:\n( {2}.*\n)+/,
        'slots: ⟦schema.minItems|[]⟧\n',
      ),
    });
  });

  it('atelier.yaml is validated too', async () => {
    await expectDiagnostics({
      'atelier.yaml': baseFile('atelier.yaml').replace('locale: en', 'locale: ⟦schema.enum|de⟧'),
    });
  });
});
