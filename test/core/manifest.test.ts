/** package.json contributions, the commands the extension registers, and the translations agree. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const source = (dir: string): string =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? source(path.join(dir, e.name)) : fs.readFileSync(path.join(dir, e.name), 'utf8')))
    .join('\n');
const extensionSource = source(path.join(ROOT, 'src', 'extension'));

describe('extension manifest', () => {
  const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
  // Commands are registered from one table (src/extension/commands/table.ts), one `'id': handler` a line.
  const table = fs.readFileSync(path.join(ROOT, 'src', 'extension', 'commands', 'table.ts'), 'utf8');
  const registered = [
    ...[...table.matchAll(/^\s*'(atelier\.\w+)':/gm)].map((m) => m[1]),
    ...[...extensionSource.matchAll(/registerCommand\('([\w.]+)'/g)].map((m) => m[1]),
  ];

  it('every contributed command is registered, and every registered command is contributed', () => {
    assert.deepStrictEqual([...contributed].sort(), [...registered].sort());
  });

  it('every view the code creates is contributed', () => {
    const views = Object.values(pkg.contributes.views)
      .flat()
      .map((v) => (v as { id: string }).id);
    for (const name of ['sessions', 'quotes', 'missions', 'todo']) assert.ok(views.includes(`atelier.${name}`), name);
  });

  it('every %key% of package.json has an English and a French text', () => {
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const fr = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.fr.json'), 'utf8'));
    const keys = [...JSON.stringify(pkg).matchAll(/%([\w.]+)%/g)].map((m) => m[1]);
    for (const k of keys) assert.ok(en[k] && fr[k], `missing translation for ${k}`);
  });

  it('every l10n.t string of the extension has a French translation', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.fr.json'), 'utf8'));
    const strings = [...extensionSource.matchAll(/(?:l10n\.t|\bt)\('((?:[^'\\]|\\.)*)'/g)].map((m) =>
      m[1].replace(/\\'/g, "'"),
    );
    const missing = strings.filter((s) => !(s in bundle));
    assert.deepStrictEqual(missing, []);
  });

  it('supports untrusted workspaces and activates on atelier.yaml', () => {
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/atelier.yaml'));
    assert.ok(pkg.engines.vscode && !pkg.dependencies.vscode);
  });
});
