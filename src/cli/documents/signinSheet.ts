/** `atelier signin-sheet SESSION_ID [--format pdf|html] [--out FILE] [--facilitator ID] [--duplicate]`. */
import { signinSheet } from '../../node/documents';
import type { CliIo } from '../cli';
import { UsageError } from '../usage';
import { type CommandInput, exitStatus, serviceContext, singleId } from './input';

export async function signinSheetCommand(input: CommandInput, io: CliIo): Promise<number> {
  const format = input.flag('--format') ?? 'pdf';
  if (format !== 'pdf' && format !== 'html') throw new UsageError(`unknown format "${format}" (pdf or html)`);
  const sessionId = singleId(input, 'session id');
  const ctx = await serviceContext(input, io);
  const result = await signinSheet(ctx, {
    sessionId,
    format,
    out: input.flag('--out'),
    facilitator: input.flag('--facilitator'),
    duplicate: input.has('--duplicate'),
  });
  return exitStatus(result, io);
}
