/** Many file versions from git in one process: `git cat-file --batch`, one `rev:path` per line. */
import { runGit } from './git';

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string | undefined {
  try {
    const text = decoder.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined; // not UTF-8: the rules treat it as unreadable, as the validator does
  }
}

/** The text of each `rev:path` (undefined when missing or not UTF-8), in order. */
export async function readBlobs(cwd: string, specs: readonly string[]): Promise<(string | undefined)[]> {
  if (specs.length === 0) return [];
  // A path with a line break cannot be asked for on one line; such files are not records anyway.
  const asked = specs.map((s) => (/[\r\n]/.test(s) ? 'atelier-no-such-object' : s));
  const r = await runGit(cwd, ['cat-file', '--batch'], asked.join('\n') + '\n');
  const out: (string | undefined)[] = [];
  const buf = r.stdout;
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const eol = buf.indexOf(0x0a, at);
    if (eol < 0) {
      out.push(undefined);
      continue;
    }
    const header = buf.toString('utf8', at, eol);
    at = eol + 1;
    // "<oid> blob <size>" then the bytes and a line break; anything else ("missing", "ambiguous") has no body.
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      out.push(undefined);
      continue;
    }
    const size = Number(m[2]);
    out.push(m[1] === 'blob' ? decode(buf.subarray(at, at + size)) : undefined);
    at += size + 1;
  }
  return out;
}
