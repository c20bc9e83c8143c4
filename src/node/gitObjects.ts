/** Many file versions from git in one process: `git cat-file --batch`, one `rev:path` per line. */
import { lonelyCrAsLf } from '../core/parse/decode';
import { runGit } from './git';

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string | undefined {
  try {
    const text = decoder.decode(bytes);
    return lonelyCrAsLf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined; // not UTF-8: the rules treat it as unreadable, as the validator does
  }
}

/** The text of each `rev:path` (undefined when missing or not UTF-8), in order. */
export async function readBlobs(cwd: string, specs: readonly string[]): Promise<(string | undefined)[]> {
  if (specs.length === 0) return [];
  // A path with a line break cannot be asked for on a line: then the list is NUL-separated (-z).
  const nul = specs.some((s) => /[\r\n]/.test(s));
  const r = await runGit(
    cwd,
    ['cat-file', '--batch', ...(nul ? ['-z'] : [])],
    specs.join(nul ? '\0' : '\n') + (nul ? '\0' : '\n'),
  );
  const out: (string | undefined)[] = [];
  const buf = r.stdout;
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    // "<oid> blob <size>" then the bytes and a line break; anything else is "<spec> missing" (or
    // "ambiguous"), whose spec may itself hold line breaks: skip past it before looking for the end.
    const head = /^[0-9a-f]{40,64} \w+ \d+\n/.test(buf.toString('latin1', at, at + 90));
    const eol = buf.indexOf(0x0a, head ? at : at + Buffer.byteLength(specs[i]));
    if (eol < 0) {
      out.push(undefined);
      continue;
    }
    const header = buf.toString('utf8', at, eol);
    at = eol + 1;
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
