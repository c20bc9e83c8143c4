import { baseFile, expectDiagnostics } from '../helpers/workspace';

const session = baseFile('sessions/session-a.md');

describe('rule 1: capacity', () => {
  it('flags more participants than the capacity, on the capacity', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace('capacity: 3', 'capacity: ⟦rule.capacity|1⟧'),
    });
  });

  it('accepts a session exactly at capacity', async () => {
    await expectDiagnostics({ 'sessions/session-a.md': session.replace('capacity: 3', 'capacity: 2') });
  });

  it('caps the public inter offer at 60 participants whatever the capacity', async () => {
    const many = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `  - first_name: P${i}\n    last_name: L${i}\n    email: p${i}@test.example\n`,
      ).join('');
    const inter = (n: number, marked: boolean) =>
      `---\ntype: session\ntitle: Inter\noffer: inter\nkind: workshop\nstatus: planned\nslots:\n  - date: 2027-01-10\n    start: "09:00"\n    end: "12:00"\ncapacity: 100\n${marked ? '⟦rule.inter-max|participants⟧' : 'participants'}:\n${many(n)}---\n`;
    await expectDiagnostics({ 'sessions/inter.md': inter(61, true) });
    await expectDiagnostics({ 'sessions/inter.md': inter(60, false) });
  });

  it('warns when a session holds more than its programme accepts', async () => {
    await expectDiagnostics({
      'programmes/prog.md': baseFile('programmes/prog.md').replace('max_participants: 12', 'max_participants: 1'),
      'sessions/session-a.md': session.replace('participants:', '⟦rule.programme-max|participants⟧:'),
    });
  });
});
