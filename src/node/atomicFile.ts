/** Files written whole or not at all: a temporary file beside the target, flushed, then renamed over it. */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

/** Writes a hidden temp file beside `name` in `dir`, flushed to disk; removed again if anything fails. */
export async function writeTemp(dir: string, name: string, bytes: Uint8Array | string): Promise<string> {
  const temp = path.join(dir, `.${name}.${process.pid}-${randomBytes(4).toString('hex')}.atelier-tmp`);
  // `wx`: created here, never an existing file or a link planted under that name.
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
  await handle.close();
  return temp;
}

/** Replaces `file` with `bytes`: under its name the file is the old one or the new one, never half of either. */
export async function replaceFile(file: string, bytes: Uint8Array | string): Promise<void> {
  const temp = await writeTemp(path.dirname(file), path.basename(file), bytes);
  try {
    await fs.rename(temp, file);
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
}
