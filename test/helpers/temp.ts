/**
 * Temp folders of the tests (workspace copies, git repositories, the CLI's cache), removed when the
 * run ends: asynchronously, in a root hook without a time limit, since deleting hundreds of copies of
 * the sample workspace can take long on a busy machine and is no reason to fail the run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const made = new Set<string>();

/** Removes the given temp folders (all at once, without blocking the event loop). */
export async function removeDirs(dirs: Iterable<string>): Promise<void> {
  const list = [...dirs];
  list.forEach((dir) => made.delete(dir));
  await Promise.all(list.map((dir) => fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 3 })));
}

/** Registers a folder to remove when the run ends. */
export function removeAtEnd(dir: string): string {
  made.add(dir);
  return dir;
}

/** A new empty folder in the system's temp directory, removed when the run ends. */
export function tempDir(prefix: string): string {
  return removeAtEnd(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** A fresh copy of a folder in a temp directory, removed when the run ends. */
export function copyToTemp(src: string): string {
  const dir = tempDir('atelier-ws-');
  fs.cpSync(src, dir, { recursive: true });
  return dir;
}

// A root hook (this module is loaded by test files): no time limit, the work is finite.
after(async function () {
  this.timeout(0);
  await removeDirs(made);
});
