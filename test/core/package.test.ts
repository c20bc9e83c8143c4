/** The .vsix a marketplace accepts: `vsce package` with no flags, and what it ships. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { listFiles, PackageManager } from '@vscode/vsce';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('the extension package', () => {
  let shipped: Set<string>;
  before(async function () {
    this.timeout(30_000); // vsce reads the whole folder
    shipped = new Set(await listFiles({ cwd: ROOT, packageManager: PackageManager.None }));
  });

  it('has what the Marketplace asks for, and `npm run package` is plain `vsce package`', () => {
    for (const key of ['repository', 'bugs', 'homepage', 'icon', 'galleryBanner', 'keywords', 'license'])
      assert.ok(pkg[key], `package.json has no ${key}`);
    assert.strictEqual(pkg.scripts.package, 'vsce package');
    // dist/extension.js is self-contained: vsce must not run `npm list` nor ship node_modules.
    assert.strictEqual(pkg.vsce?.dependencies, false);
  });

  it('ships the README, CHANGELOG, LICENSE and a 128×128 PNG icon', () => {
    for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE', pkg.icon]) assert.ok(shipped.has(file), file);
    const png = fs.readFileSync(path.join(ROOT, pkg.icon));
    assert.strictEqual(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.match(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), new RegExp(`^${pkg.license} License`));
  });

  it('every image of the README is a file the package ships', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length > 0);
    assert.deepStrictEqual(
      images.filter((src) => !shipped.has(src)),
      [],
    );
  });
});

describe('first run', () => {
  const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
  const welcome: { view: string; contents: string; when: string }[] = pkg.contributes.viewsWelcome;
  const views: string[] = pkg.contributes.views.atelier.map((v: { id: string }) => v.id);

  it('every view, empty, says what to do next with a button, with or without a workspace', () => {
    for (const view of views)
      for (const state of ['atelier.hasWorkspace', '!atelier.hasWorkspace']) {
        const shown = welcome.filter((w) => w.view === view && w.when.split(' && ').includes(state));
        assert.ok(shown.length > 0, `${view} has no welcome when ${state}`);
      }
    for (const [view, command] of [
      ['atelier.sessions', 'atelier.newSession'],
      ['atelier.quotes', 'atelier.newQuote'],
      ['atelier.missions', 'atelier.newMission'],
    ]) {
      const text = welcome
        .filter((w) => w.view === view && w.when === 'atelier.hasWorkspace')
        .map((w) => en[w.contents.slice(1, -1)])
        .join('\n');
      assert.ok(text.includes(`(command:${command})`), `${view}: ${text}`);
    }
  });
});
