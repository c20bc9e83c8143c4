/** `atelier email TEMPLATE_ID --session SESSION_ID [--out DIR]`: one .eml per recipient. */
import { emails } from '../../node/documents';
import type { CliIo } from '../cli';
import { UsageError } from '../usage';
import { type CommandInput, exitStatus, serviceContext, singleId } from './input';

export async function emailCommand(input: CommandInput, io: CliIo): Promise<number> {
  const templateId = singleId(input, 'template id');
  const sessionId = input.flag('--session');
  if (!sessionId) throw new UsageError('email needs --session SESSION_ID');
  const ctx = await serviceContext(input, io);
  return exitStatus(await emails(ctx, { templateId, sessionId, out: input.flag('--out') }), io);
}
