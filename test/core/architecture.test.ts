/** The core never imports vscode (nor Node built-ins): the CLI, tests and a browser share it. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isDiagnosticCode, messageCodes, message } from '../../src/core/i18n/messages';

const CORE = path.join(__dirname, '..', '..', 'src', 'core');

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

describe('architecture', () => {
  it('src/core imports neither vscode nor Node built-ins', () => {
    const offenders = sources(CORE).filter((f) =>
      /from ['"](vscode|fs|path|os|child_process|worker_threads|crypto|node:[\w/]+)['"]|require\(['"]vscode['"]\)/.test(
        fs.readFileSync(f, 'utf8'),
      ),
    );
    assert.deepStrictEqual(
      offenders.map((f) => path.relative(CORE, f)),
      [],
    );
  });

  it('every diagnostic code has a French and an English message', () => {
    for (const code of messageCodes) {
      const fr = message('fr', code, {});
      const en = message('en', code, {});
      assert.ok(fr && en && fr !== en, code);
      assert.ok(!fr.startsWith(code), `no French message for ${code}`);
    }
  });

  // `code` is a DiagnosticCode, so tsc already refuses an unknown one; this also catches a code
  // written where the type does not reach (a cast, a string built at run time).
  it('every code the rules emit has a message', () => {
    const emitted = new Set<string>();
    for (const f of sources(CORE))
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/code: '([\w.-]+)'/g)) emitted.add(m[1]);
    for (const f of sources(CORE))
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/fail\('([\w.-]+)'/g)) emitted.add(m[1]);
    const missing = [...emitted].filter((c) => !isDiagnosticCode(c));
    assert.deepStrictEqual(missing, []);
  });
});
