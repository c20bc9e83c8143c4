/** The values a purge removed, listed for a history rewrite (`git filter-repo --replace-text`): shared by the CLI and VS Code. */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { cacheDir } from './cache';

/** Writes the list outside the repository, readable by the user only, and returns its path. */
export async function writeRemovedList(dir: string, today: string, content: string): Promise<string> {
  const tag = createHash('sha1').update(path.resolve(dir)).digest('hex').slice(0, 8);
  const folder = path.join(cacheDir(), 'purge');
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, `${today}-${tag}-removed-values.txt`);
  await fs.writeFile(file, content, { mode: 0o600 });
  return file;
}
