import { baseFile, expectDiagnostics } from '../helpers/workspace';

const session = baseFile('sessions/session-a.md');
const future = baseFile('sessions/session-b.md');

describe('attendance', () => {
  it('needs one entry per slot', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace(
        'attendance: [present, absent]',
        'attendance: ⟦rule.attendance-count|[present]⟧',
      ),
    });
  });

  it('cannot be recorded for a slot still to come', async () => {
    const withParticipant = future
      .replace('---\n', '---\n')
      .replace(
        /---\n$/,
        'participants:\n  - first_name: Anne\n    last_name: Durand\n    email: anne@test.example\n    attendance: [⟦rule.attendance-future|present⟧]\n---\n',
      );
    await expectDiagnostics({ 'sessions/session-b.md': withParticipant });
  });

  it('accepts null for a slot still to come', async () => {
    await expectDiagnostics({
      'sessions/session-b.md': future.replace(
        /---\n$/,
        'participants:\n  - first_name: Anne\n    last_name: Durand\n    email: anne@test.example\n    attendance: [null]\n---\n',
      ),
    });
  });

  it('a session marked done has no slot to come', async () => {
    await expectDiagnostics({
      'sessions/session-b.md': future.replace('status: planned', 'status: ⟦rule.session-status|done⟧'),
    });
  });
});
