import { baseFile, expectDiagnostics } from '../helpers/workspace';

const session = baseFile('sessions/session-a.md');

describe('rule 2: participants join at most 14 days after the start', () => {
  it('flags a participant added 15 days after the first slot, on added_on', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace('added_on: 2026-03-20', 'added_on: ⟦rule.late-participant|2026-03-27⟧'),
    });
  });

  it('accepts a participant added on the 14th day', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace('added_on: 2026-03-20', 'added_on: 2026-03-26'),
    });
  });
});
