import { baseFile, expectDiagnostics } from '../helpers/workspace';

const mission = baseFile('missions/mission-a.md');

describe('rule 6: retributions', () => {
  it('cannot be requested before the session ends', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': mission.replace(
        'requested_on: 2026-03-31\n    sessions: [session-a]',
        'requested_on: 2026-03-10\n    sessions: [⟦rule.retribution-early|session-a⟧]',
      ),
    });
  });

  it('may be requested on the day the session ends', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': mission.replace('requested_on: 2026-03-31', 'requested_on: 2026-03-12'),
    });
  });

  it('at most one request per calendar month', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': mission.replace(
        '    sessions: [session-a]\n',
        '    sessions: [session-a]\n  - requested_on: ⟦rule.retribution-monthly|2026-03-20⟧\n    sessions: [session-a]\n',
      ),
    });
  });

  it('requests in consecutive months are fine', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': mission.replace(
        '    sessions: [session-a]\n',
        '    sessions: [session-a]\n  - requested_on: 2026-04-01\n    sessions: [session-a]\n',
      ),
    });
  });

  it('warns when a request pays a session of another mission', async () => {
    const session = baseFile('sessions/session-b.md').replace('mission: mission-a\n', '');
    await expectDiagnostics({
      'sessions/session-b.md': session,
      'missions/mission-a.md': mission
        .replace('sessions: [session-a]', 'sessions: [session-a, ⟦rule.retribution-foreign|session-b⟧]')
        .replace('requested_on: 2026-03-31', 'requested_on: 2026-12-31'),
    });
  });
});
