import { baseFile, expectDiagnostics } from '../helpers/workspace';

const mission = baseFile('missions/mission-a.md');
const closed = (m: string) => m.replace('status: open', 'status: closed\nclosed_on: 2026-04-30');
// Without session-b, the closed mission has 6 of the 9 hours its quote's programme sold.
const fewerHours = (m: string) => m.replace('quote: quote-a', '⟦rule.hours-mismatch|quote⟧: quote-a');

describe('rule 7: closing a mission', () => {
  it('a closed mission needs closed_on (on the parent: the first key)', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': fewerHours(mission)
        .replace('type: mission', '⟦schema.required|type⟧: mission')
        .replace('status: open', 'status: closed'),
      'sessions/session-b.md': null,
    });
  });

  it('cannot close while a session ends after closed_on', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': closed(mission).replace('status: closed', 'status: ⟦rule.mission-close-pending|closed⟧'),
    });
  });

  it('cannot close while a session has no retribution request', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': closed(mission)
        .replace('status: closed', 'status: ⟦rule.mission-close-unpaid|closed⟧')
        .replace('sessions: [session-a]', 'sessions: [session-a]\n    amount: 300'),
      'sessions/session-b.md': baseFile('sessions/session-b.md')
        .replace('mission: mission-a', 'mission: mission-a\n')
        .replace('2026-12-03', '2026-04-02')
        .replace('status: planned', 'status: done'),
    });
  });

  it('closes when every session is past and paid', async () => {
    await expectDiagnostics({ 'missions/mission-a.md': fewerHours(closed(mission)), 'sessions/session-b.md': null });
  });
});
