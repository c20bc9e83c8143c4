/** The reminders of domain.md's "Before and after" and "Yearly": each due, not yet due, and done. */
import * as assert from 'assert';
import { actionCommandLine, computeTodos, type TodoKind } from '../../src/core/figures/todos';
import { baseFile, openWorkspace, readFixture, type FileMap } from '../helpers/workspace';

const SESSION = 'sessions/session-a.md';

function template(id: string, audience: string, extra = ''): FileMap {
  return {
    [`templates/${id}.md`]: `---\ntype: email-template\nname: ${id}\naudience: ${audience}\n${extra}subject: "Sujet"\n---\nBonjour.\n`,
  };
}

/** The base fixture, session-a moved to `date` (one slot) and a front-matter tail added. */
function withSession(date: string, tail = '', files: FileMap = readFixture('base')): FileMap {
  const text = baseFile(SESSION)
    .replace(/slots:[\s\S]*?(?=place:)/, `slots:\n  - date: ${date}\n    start: "09:30"\n    end: "12:30"\n`)
    .replace(/\n---\n/, `\n${tail}---\n`);
  return { ...files, [SESSION]: text };
}

async function todosOf(files: FileMap, today: string, kind: TodoKind) {
  const ws = await openWorkspace(files, today);
  return computeTodos(ws).filter((t) => t.kind === kind);
}

describe('reminders the field needs', () => {
  describe('the yearly personal-details mail to the directory', () => {
    const files = { ...readFixture('base'), ...template('annuel', 'directory') };

    it('is due from 1 October (two weeks to send it), not before, and offers the email command', async () => {
      assert.deepStrictEqual(await todosOf(files, '2026-09-20', 'directory-check'), []);
      const [todo, ...more] = await todosOf(files, '2026-10-01', 'directory-check');
      assert.strictEqual(more.length, 0);
      assert.deepStrictEqual([todo.id, todo.path, todo.due], ['annuel', 'templates/annuel.md', '2026-10-15']);
      assert.strictEqual(actionCommandLine(todo.action), 'atelier email annuel');
      // Still listed, overdue, when it was not sent by the 15th.
      assert.deepStrictEqual(
        (await todosOf(files, '2026-11-20', 'directory-check')).map((t) => t.due),
        ['2026-10-15'],
      );
    });

    it('takes its day from atelier.yaml `directory_check`', async () => {
      const moved = { ...files, 'atelier.yaml': `${files['atelier.yaml']}directory_check: "09-01"\n` };
      assert.deepStrictEqual(
        (await todosOf(moved, '2026-09-02', 'directory-check')).map((t) => t.due),
        ['2026-09-15'],
      );
    });

    it('is done once the template was sent this year (its `sent` list), and comes back next year', async () => {
      const sent = {
        ...files,
        ...template('annuel', 'directory', 'sent:\n  - template: annuel\n    on: 2026-10-03\n'),
      };
      assert.deepStrictEqual(await todosOf(sent, '2026-10-20', 'directory-check'), []);
      assert.strictEqual((await todosOf(sent, '2027-10-02', 'directory-check')).length, 1);
    });

    it('a dismissal holds for the year it was made in', async () => {
      const dismissed = {
        ...files,
        ...template('annuel', 'directory', 'dismissed:\n  - todo: directory-check\n    on: 2026-10-02\n'),
      };
      assert.deepStrictEqual(await todosOf(dismissed, '2026-10-20', 'directory-check'), []);
      assert.strictEqual((await todosOf(dismissed, '2027-10-02', 'directory-check')).length, 1);
    });
  });

  describe('the convocation and positioning test', () => {
    const files = { ...withSession('2026-05-12'), ...template('convocation-test-positionnement', 'participants') };

    it('is due for participants added since no convocation was sent, from the first addition', async () => {
      const [todo] = await todosOf(files, '2026-04-01', 'convocation');
      assert.deepStrictEqual([todo.id, todo.due, todo.detail], ['session-a', '2026-03-01', 'Atelier 1 (2)']);
      assert.strictEqual(
        actionCommandLine(todo.action),
        'atelier email convocation-test-positionnement --session session-a',
      );
    });

    it('is not due once the session is over, nor when no participant was added since the last one sent', async () => {
      assert.deepStrictEqual(await todosOf(files, '2026-05-13', 'convocation'), []);
      const sent = withSession(
        '2026-05-12',
        'sent:\n  - template: convocation-test-positionnement\n    on: 2026-03-25\n',
        files,
      );
      assert.deepStrictEqual(await todosOf(sent, '2026-04-01', 'convocation'), []);
    });

    it('is due again for participants added after the last convocation: only them', async () => {
      const sent = withSession(
        '2026-05-12',
        'sent:\n  - template: convocation-test-positionnement\n    on: 2026-03-10\n',
        files,
      );
      const [todo] = await todosOf(sent, '2026-04-01', 'convocation');
      assert.deepStrictEqual([todo.due, todo.detail], ['2026-03-20', 'Atelier 1 (1)']);
    });

    it('a dismissal holds for the participants added up to its day, not for those added after', async () => {
      const dismissed = (on: string) =>
        withSession(
          '2026-05-12',
          `dismissed:\n  - todo: convocation\n    on: ${on}\n    reason: par téléphone\n`,
          files,
        );
      assert.deepStrictEqual(await todosOf(dismissed('2026-03-21'), '2026-04-01', 'convocation'), []);
      assert.deepStrictEqual(
        (await todosOf(dismissed('2026-03-10'), '2026-04-01', 'convocation')).map((t) => t.id),
        ['session-a'],
      );
    });
  });

  describe('the satisfaction questionnaire and the certificates', () => {
    const files = {
      ...withSession('2026-03-12'),
      ...template('satisfaction', 'participants', 'reminders: [satisfaction-survey]\n'),
    };

    it('are due the day after the session ends, not before, each with its action', async () => {
      assert.deepStrictEqual(await todosOf(files, '2026-03-12', 'satisfaction-survey'), []);
      assert.deepStrictEqual(await todosOf(files, '2026-03-12', 'certificates'), []);
      const [survey] = await todosOf(files, '2026-03-13', 'satisfaction-survey');
      const [certificates] = await todosOf(files, '2026-03-13', 'certificates');
      assert.deepStrictEqual([survey.id, survey.due], ['session-a', '2026-03-13']);
      assert.strictEqual(actionCommandLine(survey.action), 'atelier email satisfaction --session session-a');
      assert.deepStrictEqual([certificates.id, certificates.due], ['session-a', '2026-03-13']);
      assert.strictEqual(actionCommandLine(certificates.action), 'atelier certificates session-a');
    });

    it('the questionnaire is done once its template was sent for the session; certificates once dismissed', async () => {
      const done = withSession(
        '2026-03-12',
        'sent:\n  - template: satisfaction\n    on: 2026-03-14\ndismissed:\n  - todo: certificates\n    on: 2026-03-14\n    reason: remises en main propre\n',
        files,
      );
      assert.deepStrictEqual(await todosOf(done, '2026-03-20', 'satisfaction-survey'), []);
      assert.deepStrictEqual(await todosOf(done, '2026-03-20', 'certificates'), []);
    });

    it('a template that carries the certificate (`reminders: [certificates]`) makes both done when sent', async () => {
      const both = withSession('2026-03-12', 'sent:\n  - template: satisfaction\n    on: 2026-03-14\n', {
        ...files,
        ...template('satisfaction', 'participants', 'reminders: [satisfaction-survey, certificates]\n'),
      });
      assert.deepStrictEqual(await todosOf(both, '2026-03-20', 'certificates'), []);
    });
  });

  describe('the closing webinar', () => {
    /** mission-a orders a closing webinar; session-a (its only session: session-b left out) on `date`. */
    const files = (date: string, extra: FileMap = {}) => {
      const base = withSession(date);
      delete base['sessions/session-b.md'];
      return {
        ...base,
        'missions/mission-a.md': baseFile('missions/mission-a.md').replace(
          '    count: 2\n',
          '    count: 2\n  - kind: closing-webinar\n    count: 1\n',
        ),
        ...extra,
      };
    };

    it('is due two weeks before the mission’s last session when none is planned, and offers a new session', async () => {
      assert.deepStrictEqual(await todosOf(files('2026-06-30'), '2026-06-01', 'closing-webinar'), []);
      const [todo] = await todosOf(files('2026-06-30'), '2026-06-10', 'closing-webinar');
      assert.deepStrictEqual([todo.id, todo.due], ['mission-a', '2026-06-16']);
      assert.deepStrictEqual(todo.action, { command: 'new-session', mission: 'mission-a' });
    });

    it('is done once a closing-webinar session of the mission exists', async () => {
      const closing = baseFile(SESSION)
        .replace('kind: workshop', 'kind: closing-webinar')
        .replace(/date: 2026-03-12/g, 'date: 2026-07-10');
      const planned = files('2026-06-30', { 'sessions/cloture.md': closing });
      assert.deepStrictEqual(await todosOf(planned, '2026-06-20', 'closing-webinar'), []);
    });

    it('is not asked of a mission that ordered none and whose programme has none', async () => {
      const none = withSession('2026-06-30');
      delete none['sessions/session-b.md'];
      assert.deepStrictEqual(await todosOf(none, '2026-06-20', 'closing-webinar'), []);
    });
  });
});
