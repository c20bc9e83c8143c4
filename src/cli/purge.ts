/** `atelier purge [--dry-run]`: rule 8, applied to the sessions past their retention period. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { purgePlan, replaceTextFile, type PurgeChange } from '../core/commands/purge';
import { applyEdits } from '../core/edit/textEdit';
import { purgeWords } from '../core/i18n/purge';
import { usageWords } from '../core/i18n/cli';
import { replaceFile } from '../node/atomicFile';
import { writeRemovedList } from '../node/removedValues';
import type { CliIo } from './cli';
import type { CommandInput } from './documents/input';
import { UsageError } from './usage';

export async function purgeCommand(input: CommandInput, dryRun: boolean, io: CliIo): Promise<number> {
  if (input.positional.length) throw new UsageError(usageWords.unknownCommand(`purge ${input.positional[0]}`));
  const { workspace, dir } = await input.open();
  const w = purgeWords(workspace.locale);
  const { changes: plan, unreadable } = purgePlan(workspace, workspace.today);
  for (const p of unreadable) io.stderr(`atelier: ${w.unreadable(p)}\n`);
  if (!plan.length) {
    io.stdout(`${w.nothing}\n`);
    return unreadable.length ? 1 : 0;
  }
  const lines = plan.map((c) => w.line(c.path, w.stage[c.stage], c.due, c.participants, c.fields.join(', ')));
  io.stdout(`${dryRun ? w.wouldPurge(plan.length) : w.purged(plan.length)}\n${lines.join('\n')}\n`);
  if (dryRun) return unreadable.length ? 1 : 0;
  const done: PurgeChange[] = [];
  for (const change of plan) {
    const file = path.join(dir, ...change.path.split('/'));
    try {
      const text = await fs.readFile(file, 'utf8');
      // The edit was made for the text the workspace read: a file changed since is left alone.
      if (text !== workspace.textOf(change.path)) {
        io.stderr(`atelier: ${w.changedMeanwhile(change.path)}\n`);
        continue;
      }
      await replaceFile(file, applyEdits(text, [change.edit]));
      done.push(change);
    } catch (e) {
      io.stderr(`atelier: ${w.notWritten(change.path, (e as NodeJS.ErrnoException).code ?? String(e))}\n`);
    }
  }
  if (done.length) {
    const list = await writeRemovedList(dir, workspace.today, replaceTextFile(done.flatMap((c) => c.removed)));
    io.stderr(`atelier: ${w.history(list)}\n`);
  }
  return done.length === plan.length && !unreadable.length ? 0 : 1;
}
