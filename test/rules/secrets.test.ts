import { baseFile, expectDiagnostics } from '../helpers/workspace';

describe('credentials in records', () => {
  it('warns on a password line in the body, the whole line', async () => {
    await expectDiagnostics({
      'templates/welcome.md':
        baseFile('templates/welcome.md') + '\n⟦secret.suspected|Mot de passe du compte partagé : Soleil2026!⟧\n',
    });
  });

  it('warns on a token or mdp in the front matter', async () => {
    await expectDiagnostics({
      'sessions/session-b.md': baseFile('sessions/session-b.md').replace(
        '  url: https://visio.test.example/atelier-2',
        '  url: https://visio.test.example/atelier-2\n  ⟦secret.suspected|⟦schema.unknown|mdp⟧: "azerty"⟧',
      ),
    });
  });

  it('warns when the credential word comes after other words on the line', async () => {
    await expectDiagnostics({
      'templates/welcome.md':
        baseFile('templates/welcome.md') +
        '\n⟦secret.suspected|Compte partagé : mot de passe : Soleil2026!⟧\n⟦secret.suspected|- Accès Zoom — mdp : 4821⟧\n',
    });
  });

  it('stays quiet on ordinary words about passwords', async () => {
    await expectDiagnostics({
      'templates/welcome.md':
        baseFile('templates/welcome.md') +
        '\nVous recevrez un lien pour choisir votre mot de passe.\nToken: {{ recipient.email }}\n',
    });
  });
});
