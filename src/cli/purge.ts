/** `atelier purge [--dry-run]`: rule 8, applied to the sessions past their retention period. */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { purgePlan, replaceTextFile } from '../core/commands/purge';
import { applyEdits } from '../core/edit/textEdit';
import { purgeWords } from '../core/i18n/purge';
import { usageWords } from '../core/i18n/cli';
import { cacheDir } from '../node/cache';
import type { CliIo } from './cli';
import type { CommandInput } from './documents/input';
import { UsageError } from './usage';

export async function purgeCommand(input: CommandInput, dryRun: boolean, io: CliIo): Promise<number> {
  if (input.positional.length) throw new UsageError(usageWords.unknownCommand(`purge ${input.positional[0]}`));
  const { workspace, dir } = await input.open();
  const w = purgeWords(workspace.locale);
  const plan = purgePlan(workspace, workspace.today);
  if (!plan.length) {
    io.stdout(`${w.nothing}\n`);
    return 0;
  }
  const lines = plan.map((c) => w.line(c.path, w.stage[c.stage], c.due, c.participants, c.fields.join(', ')));
  io.stdout(`${dryRun ? w.wouldPurge(plan.length) : w.purged(plan.length)}\n${lines.join('\n')}\n`);
  if (dryRun) return 0;
  for (const change of plan) {
    const file = path.join(dir, ...change.path.split('/'));
    const text = await fs.readFile(file, 'utf8');
    // A temporary file beside it, then a rename: the record is never left half-written.
    const temp = `${file}.${process.pid}.atelier-tmp`;
    await fs.writeFile(temp, applyEdits(text, [change.edit]), { flag: 'wx' });
    await fs.rename(temp, file);
  }
  const list = await writeRemovedList(dir, workspace.today, replaceTextFile(plan.flatMap((c) => c.removed)));
  io.stderr(`atelier: ${w.history(list)}\n`);
  return 0;
}

/** The removed values, for a history rewrite: outside the repository, readable by the user only. */
async function writeRemovedList(dir: string, today: string, content: string): Promise<string> {
  const tag = createHash('sha1').update(path.resolve(dir)).digest('hex').slice(0, 8);
  const folder = path.join(cacheDir(), 'purge');
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, `${today}-${tag}-removed-values.txt`);
  await fs.writeFile(file, content, { mode: 0o600 });
  return file;
}
