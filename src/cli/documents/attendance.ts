/**
 * `atelier attendance import SESSION_ID REPORT.csv [--dry-run]`: attendance from a video-call
 * participant report; `atelier attendance report SESSION_ID [--out FILE]`: the relevé de connexions.
 */
import { usageWords } from '../../core/i18n/cli';
import { connectionLog, importAttendance } from '../../node/documents';
import type { CliIo } from '../cli';
import { oneLine } from '../terminal';
import { UsageError } from '../usage';
import { type CommandInput, exitStatus, serviceContext } from './input';

export async function attendanceCommand(input: CommandInput, io: CliIo): Promise<number> {
  const [action, sessionId, report, ...rest] = input.positional;
  if (action === 'import' && sessionId && report && !rest.length) {
    if (input.flag('--out') !== undefined) throw new UsageError(usageWords.attendanceUsage);
    const ctx = await serviceContext(input, io);
    const result = await importAttendance(ctx, { sessionId, report, dryRun: input.has('--dry-run') });
    if (result.status === 'refused') return exitStatus(result, io);
    io.stdout(result.summary.map((l) => `${l.split('\n').map(oneLine).join('\n')}\n`).join(''));
    return 0;
  }
  if (action === 'report' && sessionId && report === undefined) {
    const ctx = await serviceContext(input, io);
    return exitStatus(await connectionLog(ctx, { sessionId, out: input.flag('--out') }), io);
  }
  throw new UsageError(usageWords.attendanceUsage);
}
