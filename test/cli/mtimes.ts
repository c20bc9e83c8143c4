/**
 * What the warm-run tests need to pin what a run may trust: files aged with fs.utimesSync, and an edit
 * that keeps the file's size (only its mtime can tell it apart).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Run } from './run';

export const CLIENT = path.join('clients', 'scop-les-rouages.md');

/** Whole seconds, so that a mtime set back is exactly the one recorded. */
export const seconds = (ms: number): number => Math.floor(ms / 1000);

/** Every file of the folder modified at `at` (seconds): an hour ago by default, old enough to be trusted. */
export function age(dir: string, at = seconds(Date.now()) - 3600): number {
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), at, at);
  }
  return at;
}

/** Replaces the client's channel by an invalid one of the same length: the size does not change. */
export function editSameSize(dir: string): void {
  const file = path.join(dir, CLIENT);
  const text = fs.readFileSync(file, 'utf8');
  const edited = text.replace(/^channel: marketplace$/m, 'channel: zzzzzzzzzzz');
  assert.notStrictEqual(edited, text);
  assert.strictEqual(Buffer.byteLength(edited), Buffer.byteLength(text));
  fs.writeFileSync(file, edited);
}

/** The codes of a `--format json` report, in order. */
export const codes = (run: Run): string[] => JSON.parse(run.stdout).diagnostics.map((d: { code: string }) => d.code);
