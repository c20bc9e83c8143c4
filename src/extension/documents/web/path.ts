/**
 * Node's `path` (POSIX) for the document service in the browser bundle: the generators join and
 * split the workspace's paths, which there are the paths of its URIs (always `/`-separated).
 */
export const sep = '/';

export function normalize(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export const isAbsolute = (p: string) => p.startsWith('/');
export const join = (...parts: string[]) => normalize(parts.filter(Boolean).join('/'));

export function resolve(...parts: string[]): string {
  let at = '';
  for (const p of parts) at = isAbsolute(p) ? p : at ? `${at}/${p}` : p;
  return normalize(isAbsolute(at) ? at : `/${at}`);
}

export function dirname(p: string): string {
  const n = normalize(p);
  const i = n.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : n.slice(0, i);
}

export function basename(p: string, ext?: string): string {
  const base = normalize(p).split('/').pop() ?? '';
  return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
}

export function extname(p: string): string {
  const base = basename(p);
  const i = base.lastIndexOf('.');
  return i > 0 ? base.slice(i) : '';
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export const posix = { sep, normalize, isAbsolute, join, resolve, dirname, basename, extname, relative };
export default posix;
