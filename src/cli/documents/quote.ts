/** `atelier quote QUOTE_ID [--format pdf|html] [--out FILE] [--force]`: the devis. */
import { quote } from '../../node/documents';
import type { CliIo } from '../cli';
import { UsageError } from '../usage';
import { type CommandInput, exitStatus, serviceContext, singleId } from './input';

export async function quoteCommand(input: CommandInput, io: CliIo): Promise<number> {
  const format = input.flag('--format') ?? 'pdf';
  if (format !== 'pdf' && format !== 'html') throw new UsageError(`unknown format "${format}" (pdf or html)`);
  const quoteId = singleId(input, 'quote id');
  const ctx = await serviceContext(input, io);
  return exitStatus(await quote(ctx, { quoteId, format, out: input.flag('--out'), force: input.has('--force') }), io);
}
