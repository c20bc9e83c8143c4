/**
 * `atelier certificates (SESSION_ID | --mission MISSION_ID) [--draft] [--kind realisation|attestation] [--out DIR]`:
 * one PDF per participant present at least once.
 */
import { certificates } from '../../node/documents';
import type { CliIo } from '../cli';
import { type CommandInput, exitStatus, serviceContext } from './input';
import { UsageError } from '../usage';
import { usageWords } from '../../core/i18n/cli';

const KINDS = ['realisation', 'attestation'] as const;

export async function certificatesCommand(input: CommandInput, io: CliIo): Promise<number> {
  const missionId = input.flag('--mission');
  if (input.positional.length > 1) throw new UsageError(usageWords.certificatesOneSession(input.positional.length));
  const sessionId = input.positional[0];
  if (!sessionId === !missionId) throw new UsageError(usageWords.certificatesTarget);
  const kind = input.flag('--kind') ?? 'realisation';
  if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(usageWords.unknownKind(kind));
  const ctx = await serviceContext(input, io);
  return exitStatus(
    await certificates(ctx, {
      sessionId,
      missionId,
      kind: kind as (typeof KINDS)[number],
      draft: input.has('--draft'),
      out: input.flag('--out'),
    }),
    io,
  );
}
