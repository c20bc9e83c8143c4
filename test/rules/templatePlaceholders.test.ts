import { baseFile, expectDiagnostics } from '../helpers/workspace';

const template = (subject: string, body: string) =>
  `---\ntype: email-template\nname: Bienvenue\naudience: participants\nsubject: ${subject}\n---\n${body}`;
const session = baseFile('sessions/session-a.md');

describe('email template placeholders', () => {
  it('accepts every documented placeholder, sections and relative names', async () => {
    const body = [
      '{{ recipient.first_name }} {{ recipient.last_name }} {{ recipient.email }} {{ recipient.organisation }} {{ recipient.function }}',
      '{{ session.title }} {{ session.date }} {{ session.dates }} {{ session.first_date }} {{ session.last_date }} {{ session.slots }}',
      '{{ session.place }} {{ session.online.url }} {{ session.online.phone }} {{ session.online.access_code }} {{ session.access_until }}',
      '{{ programme.title }} {{ programme.modules }} {{ client.name }} {{ mission.id }} {{ facilitators }} {{ organisation }}',
      '{{#session.online}}{{ url }}{{/session.online}}{{#session.place}}{{ . }}{{/session.place}}{{^session.place}}-{{/session.place}}{{! a comment }}{{{ session.title }}}',
      '',
    ].join('\n');
    await expectDiagnostics({ 'templates/welcome.md': template('"Bienvenue {{ recipient.first_name }}"', body) });
  });

  it('flags {{ . }} over a group: a group has no text of its own (email used to crash on it)', async () => {
    await expectDiagnostics({
      'templates/welcome.md': template(
        'Lien',
        '{{#session.online}}[⟦template.unknown-placeholder|{{.}}⟧]{{/session.online}} {{#session}}⟦template.unknown-placeholder|{{ . }}⟧{{/session}}\n',
      ),
    });
  });

  it('points at an unknown placeholder in the quoted subject, inside the front matter', async () => {
    await expectDiagnostics({
      'templates/welcome.md': template(
        '"Bienvenue ⟦template.unknown-placeholder|{{ recipient.prenom }}⟧ !"',
        'Bonjour\n',
      ),
    });
  });

  it('points at it in a plain subject, and in the body', async () => {
    await expectDiagnostics({
      'templates/welcome.md': template(
        'Le ⟦template.unknown-placeholder|{{session.titre}}⟧',
        'Bonjour {{ recipient.first_name }},\n\nle ⟦template.unknown-placeholder|{{ session.dattes }}⟧ à ⟦template.unknown-placeholder|{{ lieu }}⟧.\n',
      ),
    });
  });

  it('flags partials and unknown names inside sections', async () => {
    await expectDiagnostics({
      'templates/welcome.md': template(
        '"Bienvenue"',
        'A ⟦template.unknown-placeholder|{{> signature }}⟧\n{{#session}}{{ title }} ⟦template.unknown-placeholder|{{ nope }}⟧{{/session}}\n⟦template.unknown-placeholder|{{#inconnu}}⟧x{{/inconnu}}\n',
      ),
    });
  });

  it('points at the whole subject when escapes make its source differ from its value', async () => {
    await expectDiagnostics({
      'templates/welcome.md': template(
        '⟦template.unknown-placeholder|"{{ recipient.first_name }} \\x7B\\x7B nope }}"⟧',
        'Bonjour\n',
      ),
    });
  });

  it('reports a tag never closed, and a section never closed, at their opening', async () => {
    await expectDiagnostics({
      'templates/welcome.md': template(
        '"Bienvenue"',
        'Bonjour {{ recipient.first_name }}, ⟦template.syntax|{{⟧ session.title\n',
      ),
    });
    await expectDiagnostics({
      'templates/welcome.md': template('"Bienvenue"', 'Bonjour ⟦template.syntax|{{⟧#session.online}} lien\n'),
    });
  });
});

describe('participant groups', () => {
  it("accepts a group named by one of the session's facilitators", async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace(
        '    attendance: [present, absent]',
        '    attendance: [present, absent]\n    group: fac-a',
      ),
    });
  });

  it('flags a group that is not a facilitator of the session', async () => {
    await expectDiagnostics({
      'sessions/session-a.md': session.replace(
        '    attendance: [present, absent]',
        '    attendance: [present, absent]\n    group: ⟦rule.participant-group|coord-a⟧',
      ),
    });
  });
});
