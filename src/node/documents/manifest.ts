/**
 * What a run wrote in a folder (`.atelier-manifest.json`: each file's name and SHA-256), so that a
 * later run deletes only files Atelier itself wrote and nobody changed since: never a user's own
 * `01-….eml` or `attestation-….pdf` that merely looks like one.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

export const MANIFEST_FILE = '.atelier-manifest.json';

/** Name → SHA-256 (hex) of the files written. */
export type Manifest = Map<string, string>;

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest of `dir`; empty when there is none or it is not one (a link, damaged, hand-made). */
export async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, MANIFEST_FILE);
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat?.isFile() || stat.size > 1024 * 1024) return new Map();
  try {
    const data: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
    const files = (data as { files?: unknown }).files;
    if (!files || typeof files !== 'object') return new Map();
    return new Map(
      Object.entries(files).filter(
        ([name, hash]) => path.basename(name) === name && !name.startsWith('.') && /^[0-9a-f]{64}$/.test(String(hash)),
      ),
    );
  } catch {
    return new Map();
  }
}

/** The manifest's own text: one file at a time, stable order. */
export function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries([...manifest].sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ atelier: 1, files }, null, 2)}\n`;
}

/** The files of the manifest still as written: a regular file (no link) whose bytes have the recorded hash. */
export async function unchangedSince(dir: string, manifest: Manifest, name: string): Promise<boolean> {
  const file = path.join(dir, name);
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat?.isFile()) return false;
  return sha256(await fs.readFile(file)) === manifest.get(name);
}
