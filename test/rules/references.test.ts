import { baseFile, expectDiagnostics } from '../helpers/workspace';

const session = baseFile('sessions/session-b.md');

describe('rule 11: references resolve', () => {
  it('flags a reference to no record, on the value', async () => {
    await expectDiagnostics({
      'sessions/session-b.md': session.replace(
        'facilitators: [coord-a]',
        'facilitators: [coord-a, ⟦ref.missing|nobody⟧]',
      ),
    });
  });

  it('flags a reference to a record of the wrong type', async () => {
    await expectDiagnostics({
      'sessions/session-b.md': session.replace('mission: mission-a', 'mission: ⟦ref.type|client-a⟧'),
    });
  });

  it('warns when a facilitator lacks the facilitator role', async () => {
    await expectDiagnostics({
      'sessions/session-b.md': session.replace('facilitators: [coord-a]', 'facilitators: [⟦ref.role|contact-a⟧]'),
    });
  });

  it('reports the referrers when the referenced record is deleted, and clears when it comes back', async () => {
    await expectDiagnostics({
      'clients/client-a.md': null,
      'quotes/quote-a.md': baseFile('quotes/quote-a.md').replace('client: client-a', 'client: ⟦ref.missing|client-a⟧'),
      'missions/mission-a.md': baseFile('missions/mission-a.md').replace(
        'client: client-a',
        'client: ⟦ref.missing|client-a⟧',
      ),
    });
  });
});
