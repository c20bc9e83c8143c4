/** The browser bundle's build check: a Node built-in anywhere in the browser entry's imports fails the build. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../helpers/temp';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'browser-bundle');

type BuildBrowserEntry = (entry: string, outfile: string) => Promise<unknown>;

async function builder(): Promise<BuildBrowserEntry> {
  const mod = (await import(path.join(ROOT, 'scripts', 'browserBundle.mjs'))) as {
    buildBrowserEntry: BuildBrowserEntry;
  };
  return mod.buildBrowserEntry;
}

/** The build's error text, or undefined when it built. */
async function buildError(entry: string, out: string): Promise<string | undefined> {
  const build = await builder();
  try {
    await build(entry, out);
    return undefined;
  } catch (e) {
    const errors = (e as { errors?: { text: string }[] }).errors;
    return errors?.map((x) => x.text).join('\n') ?? String(e);
  }
}

describe('the browser bundle (dist/browser.js) has no Node in it', function () {
  this.timeout(120_000);

  it('fails the build on a deliberate import of node:fs, naming it and the file', async () => {
    const dir = tempDir('atelier-browser-bundle-');
    const error = await buildError(path.join(FIXTURES, 'readsDisk.ts'), path.join(dir, 'out.js'));
    assert.ok(error, 'the bundle was built');
    assert.match(error, /node:fs is a Node built-in: the browser bundle runs in a web worker/);
    assert.match(error, /readsDisk\.ts/);
    assert.equal(fs.existsSync(path.join(dir, 'out.js')), false);
  });

  it('fails the build on child_process imported two files down', async () => {
    const error = await buildError(
      path.join(FIXTURES, 'runsGit.ts'),
      path.join(tempDir('atelier-browser-bundle-'), 'out.js'),
    );
    assert.match(error ?? '', /child_process is a Node built-in/);
    assert.match(error ?? '', /runsGitHelper\.ts/);
  });

  it('builds a clean entry: the core and vscode only', async () => {
    const out = path.join(tempDir('atelier-browser-bundle-'), 'out.js');
    assert.equal(await buildError(path.join(FIXTURES, 'clean.ts'), out), undefined);
    assert.ok(fs.statSync(out).size > 0);
  });

  it("the extension's browser entry builds, and requires nothing at run time but vscode", async () => {
    const out = path.join(tempDir('atelier-browser-bundle-'), 'browser.js');
    assert.equal(await buildError(path.join(ROOT, 'src', 'extension', 'browser.ts'), out), undefined);
    const required = new Set([...fs.readFileSync(out, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
    // ajv keeps `require("ajv/dist/runtime/…")` as text inside the code it generates (never called as such).
    const real = [...required].filter((r) => !r.startsWith('ajv/dist/') && !r.startsWith('ajv-formats/dist/'));
    assert.deepEqual(real, ['vscode']);
  });
});
