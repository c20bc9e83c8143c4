import { baseFile, expectDiagnostics } from '../helpers/workspace';

const session = baseFile('sessions/session-a.md');

describe('slots end after they start', () => {
  it('flags an end before the start, on the end value', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace('end: "17:00"', 'end: ⟦rule.slot-order|"13:00"⟧'),
    });
  });

  it('flags a slot that ends when it starts', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace('end: "17:00"', 'end: ⟦rule.slot-order|"14:00"⟧'),
    });
  });
});
