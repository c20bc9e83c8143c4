/** `atelier certificates SESSION_ID [--out DIR]`: one PDF per participant present at least once. */
import { certificates } from '../../node/documents';
import type { CliIo } from '../cli';
import { type CommandInput, exitStatus, serviceContext, singleId } from './input';

export async function certificatesCommand(input: CommandInput, io: CliIo): Promise<number> {
  const sessionId = singleId(input, 'session id');
  const ctx = await serviceContext(input, io);
  return exitStatus(await certificates(ctx, { sessionId, out: input.flag('--out') }), io);
}
