import { baseFile, expectDiagnostics } from '../helpers/workspace';

const mission = baseFile('missions/mission-a.md');
const sessionB = baseFile('sessions/session-b.md');

describe('rule 5: planned sessions do not exceed the order', () => {
  it('warns on the ordered count when one more session is planned', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': mission.replace('count: 2', 'count: ⟦rule.mission-overplanned|1⟧'),
    });
  });

  it('does not count cancelled sessions', async () => {
    await expectDiagnostics({
      // Its one session planned, the mission has 6 of the programme's 9 hours.
      'missions/mission-a.md': mission
        .replace('count: 2', 'count: 1')
        .replace('quote: quote-a', '⟦rule.hours-mismatch|quote⟧: quote-a'),
      'sessions/session-b.md': sessionB.replace('status: planned', 'status: cancelled'),
    });
  });

  it('warns on a session of a kind the mission did not order', async () => {
    await expectDiagnostics({
      'sessions/session-b.md': sessionB.replace('kind: workshop', 'kind: ⟦rule.mission-unordered|closing-webinar⟧'),
    });
  });

  it('revalidates the mission when a session moves out of it', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': mission
        .replace('count: 2', 'count: 1')
        .replace('quote: quote-a', '⟦rule.hours-mismatch|quote⟧: quote-a'),
      'sessions/session-b.md': sessionB.replace('mission: mission-a\n', ''),
    });
  });
});
