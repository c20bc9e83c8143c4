import { baseFile, expectDiagnostics } from '../helpers/workspace';

const session = baseFile('sessions/session-a.md');

describe('a participant registered twice', () => {
  it('is a warning on the second email, whatever its case', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace(
        'email: lea.nguyen@test.example',
        'email: ⟦rule.participant-duplicate|Anne.Durand@test.example⟧',
      ),
    });
  });
});
