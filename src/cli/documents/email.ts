/**
 * `atelier email TEMPLATE_ID [--session SESSION_ID] [--out DIR] [--force]`: one .eml per recipient.
 * `--session` is needed but for a template with `audience: directory`; `--force` writes a template
 * whose `when` or the session's cancellation says it makes no sense now.
 */
import { emails } from '../../node/documents';
import type { CliIo } from '../cli';
import { type CommandInput, exitStatus, serviceContext, singleId } from './input';

export async function emailCommand(input: CommandInput, io: CliIo): Promise<number> {
  const templateId = singleId(input, 'template id');
  const sessionId = input.flag('--session');
  const ctx = await serviceContext(input, io);
  return exitStatus(
    await emails(ctx, { templateId, sessionId, out: input.flag('--out'), force: input.has('--force') }),
    io,
  );
}
