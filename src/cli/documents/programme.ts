/** `atelier programme PROGRAMME_ID [--out FILE]`: the programme sheet. */
import { programmeSheet } from '../../node/documents';
import type { CliIo } from '../cli';
import { type CommandInput, exitStatus, serviceContext, singleId } from './input';

export async function programmeCommand(input: CommandInput, io: CliIo): Promise<number> {
  const programmeId = singleId(input, 'programme id');
  const ctx = await serviceContext(input, io);
  return exitStatus(await programmeSheet(ctx, { programmeId, out: input.flag('--out') }), io);
}
