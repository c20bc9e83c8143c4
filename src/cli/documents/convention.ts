/** `atelier convention QUOTE_ID [--out FILE] [--force]`: the convention de formation of an accepted quote. */
import { convention } from '../../node/documents';
import type { CliIo } from '../cli';
import { type CommandInput, exitStatus, serviceContext, singleId } from './input';

export async function conventionCommand(input: CommandInput, io: CliIo): Promise<number> {
  const quoteId = singleId(input, 'quote id');
  const ctx = await serviceContext(input, io);
  return exitStatus(await convention(ctx, { quoteId, out: input.flag('--out'), force: input.has('--force') }), io);
}
