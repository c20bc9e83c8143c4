/** `atelier`: the command line, as a function of its arguments and streams (tested in-process). */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Workspace } from '../core/workspace';
import { computeDashboard } from '../core/dashboard/dashboard';
import { filteredStats, statsReport } from '../core/dashboard/report';
import type { DashboardFilters } from '../core/dashboard/model';
import { date as calendarDate } from '../core/records';
import { systemClock } from '../core/host';
import { loadWorkspace } from '../node/loadWorkspace';
import { validationMemo, type ValidationReport } from '../node/validationMemo';
import { formatStatsJson, formatStatsText, TEXT_LIMITS } from './stats';
import type { CommandInput } from './documents/input';
import { formatGithub, formatJson, formatText } from './format';
import { mergeReview } from '../core/review';
import { GitError } from '../node/history';
import { reviewWorkspace } from '../node/review';
import { stagedWorkspaceFiles } from '../node/stagedFiles';
import { terminalSafe } from './terminal';
import { UsageError } from './usage';
import { cliWords, usageWords } from '../core/i18n/cli';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

// The usage and its errors are in English: they come before the workspace, hence its language, is known.
const USAGE = usageWords.usage;

interface Options {
  command?: string;
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUED = new Set([
  '--workspace',
  '--format',
  '--base',
  '--out',
  '--session',
  '--facilitator',
  '--today',
  '--from',
  '--to',
  '--programme',
  '--client',
  '--reason',
  '--mission',
  '--kind',
]);

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { positional: [], flags: new Map() };
  // After `--`, every argument is an argument, never an option: an id may begin with "-".
  let optionsEnd = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!optionsEnd && arg === '--') {
      optionsEnd = true;
      continue;
    }
    if (optionsEnd) {
      if (!opts.command) opts.command = arg;
      else opts.positional.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUED.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      // `--base --format github`: the next option is not this one's value (write `--base=-x` for that).
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--')))
        throw new UsageError(usageWords.needsValue(name));
      opts.flags.set(name, value);
    } else if (
      arg === '--no-cache' ||
      arg === '--staged' ||
      arg === '--dry-run' ||
      arg === '--force' ||
      arg === '--duplicate' ||
      arg === '--draft' ||
      arg === '-h' ||
      arg === '--help'
    ) {
      opts.flags.set(arg === '-h' ? '--help' : arg, true);
    } else if (arg.startsWith('-')) {
      throw new UsageError(usageWords.unknownOption(arg));
    } else if (!opts.command) {
      opts.command = arg;
    } else {
      opts.positional.push(arg);
    }
  }
  return opts;
}

function flag(opts: Options, name: string): string | undefined {
  const v = opts.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** Runs the CLI; returns the exit status (0 ok, 1 the data has errors, 2 bad usage or unreadable workspace). */
export async function cli(argv: readonly string[], terminal: CliIo): Promise<number> {
  // Whatever a record or a file name holds, no control character reaches the terminal (terminal.ts).
  const io: CliIo = {
    stdout: (t) => terminal.stdout(terminalSafe(t)),
    stderr: (t) => terminal.stderr(terminalSafe(t)),
    cwd: terminal.cwd,
  };
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    io.stderr(`atelier: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  // Asked for (`--help`, or a command with it): the answer, on stdout. No command at all: a usage error.
  if (opts.flags.has('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  if (!opts.command) {
    io.stderr(USAGE);
    return 2;
  }
  try {
    switch (opts.command) {
      case 'validate':
        return await validate(opts, io);
      case 'stats':
        return await stats(opts, io);
      // Loaded on demand: the PDF and mail libraries would slow every `validate` down.
      case 'signin-sheet':
        return await (await import('./documents/signinSheet')).signinSheetCommand(commandInput(opts, io), io);
      case 'certificates':
        return await (await import('./documents/certificates')).certificatesCommand(commandInput(opts, io), io);
      case 'email':
        return await (await import('./documents/email')).emailCommand(commandInput(opts, io), io);
      case 'quote':
        return await (await import('./documents/quote')).quoteCommand(commandInput(opts, io), io);
      case 'convention':
        return await (await import('./documents/convention')).conventionCommand(commandInput(opts, io), io);
      case 'programme':
        return await (await import('./documents/programme')).programmeCommand(commandInput(opts, io), io);
      case 'diff':
        return await (
          await import('./diff')
        ).diffCommand({ ...commandInput(opts, io), staged: opts.flags.has('--staged') }, io);
      case 'purge':
        return await (await import('./purge')).purgeCommand(commandInput(opts, io), opts.flags.has('--dry-run'), io);
      case 'todo':
        return await (await import('./todo')).todoCommand(commandInput(opts, io), io);
      case 'attendance':
        return await (await import('./documents/attendance')).attendanceCommand(commandInput(opts, io), io);
      case 'hook':
        return await (await import('./hook')).hookCommand(opts.positional, flag(opts, '--workspace'), io);
      default:
        io.stderr(`atelier: ${usageWords.unknownCommand(opts.command)}\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // The command was understood: its message is enough (the whole usage would bury it).
      io.stderr(`atelier: ${e.message}\n`);
      return 2;
    }
    if (e instanceof GitError) {
      io.stderr(`atelier: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** The command line as the document commands read it (src/cli/documents). */
function commandInput(opts: Options, io: CliIo): CommandInput {
  return {
    positional: opts.positional,
    flag: (name) => flag(opts, name),
    has: (name) => opts.flags.has(name),
    open: () => openWorkspace(opts, io),
  };
}

/** The folder and the day a command works on; a usage error when either is not one. */
async function target(opts: Options, io: CliIo): Promise<{ dir: string; today: string | undefined }> {
  const dir = path.resolve(io.cwd, flag(opts, '--workspace') ?? '.');
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(usageWords.workspaceNotFound(dir));
  const today = flag(opts, '--today');
  if (today !== undefined && !calendarDate(today)) throw new UsageError(usageWords.todayNotADate(today));
  return { dir, today };
}

/** Opens a workspace folder; a usage error when it is not one. */
async function openWorkspace(
  opts: Options,
  io: CliIo,
  at?: { dir: string; today: string | undefined },
): Promise<{ workspace: Workspace; dir: string }> {
  const { dir, today } = at ?? (await target(opts, io));
  const files = opts.flags.has('--staged') ? await stagedWorkspaceFiles(dir) : undefined;
  const workspace = await loadWorkspace(dir, { today, cache: !opts.flags.has('--no-cache'), files });
  if (!workspace.hasConfig) throw new UsageError(usageWords.notAWorkspace(dir));
  return { workspace, dir };
}

async function stats(opts: Options, io: CliIo): Promise<number> {
  const format = flag(opts, '--format') ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(usageWords.unknownFormat(format, ['text', 'json']));
  const filters: DashboardFilters = {
    from: flag(opts, '--from'),
    to: flag(opts, '--to'),
    programme: flag(opts, '--programme'),
    client: flag(opts, '--client'),
  };
  for (const name of ['--from', '--to'] as const)
    if (flag(opts, name) !== undefined && !calendarDate(flag(opts, name)))
      throw new UsageError(usageWords.notADate(name));
  if (filters.from && filters.to && filters.from > filters.to)
    throw new UsageError(usageWords.emptyPeriod(filters.from, filters.to));
  const { workspace } = await openWorkspace(opts, io);
  const model = computeDashboard(workspace, filters, TEXT_LIMITS);
  // A filter on an id the workspace does not have would silently show nothing.
  const words = cliWords(workspace.locale);
  for (const key of ['programme', 'client'] as const) {
    if (filters[key] && model.filters[key] !== filters[key])
      throw new UsageError(words.noRecordWithId(key, filters[key]));
  }
  io.stdout(
    format === 'json'
      ? formatStatsJson(statsReport(workspace, filters))
      : formatStatsText(filteredStats(workspace, model.filters), model),
  );
  // Figures come from records that parse: say when some have errors, so no number is taken on trust.
  const broken = new Set(
    workspace
      .diagnostics()
      .filter((d) => d.severity === 'error')
      .map((d) => d.file),
  );
  if (broken.size) {
    io.stderr(`atelier: ${words.brokenFiles(broken.size)}\n`);
  }
  return 0;
}

async function validate(opts: Options, io: CliIo): Promise<number> {
  const format = flag(opts, '--format') ?? 'text';
  if (!['text', 'json', 'github'].includes(format))
    throw new UsageError(usageWords.unknownFormat(format, ['text', 'json', 'github']));
  if (opts.positional.length) throw new UsageError(usageWords.validateNoArgument(opts.positional[0]));
  const base = flag(opts, '--base');
  const report = await validationReport(opts, io, base);
  if (format === 'json') io.stdout(formatJson(report));
  else if (format === 'github') io.stdout(formatGithub(report, report.dir, io.cwd));
  else io.stdout(formatText(report, report.locale));
  return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/**
 * The report of a validation. An unchanged folder gets the one its last run made (src/node/validationMemo.ts),
 * unless the run reads other inputs (`--base`, `--staged`) or is told not to remember (`--no-cache`).
 */
async function validationReport(
  opts: Options,
  io: CliIo,
  base: string | undefined,
): Promise<ValidationReport & { dir: string }> {
  const at = await target(opts, io);
  const remembers = base === undefined && !opts.flags.has('--staged') && !opts.flags.has('--no-cache');
  // One day for the memo's key and the rules alike, even when the run crosses midnight.
  const today = at.today ?? (remembers ? systemClock().today() : undefined);
  const memo = remembers ? await validationMemo(at.dir, today!) : undefined;
  if (memo?.recalled) return { ...memo.recalled, dir: at.dir };
  const { workspace, dir } = await openWorkspace(opts, io, { dir: at.dir, today });
  let diagnostics = workspace.diagnostics();
  if (base !== undefined) {
    const review = await reviewWorkspace(workspace, dir, { base, staged: opts.flags.has('--staged') });
    diagnostics = mergeReview(diagnostics, review.result, workspace.locale);
  }
  const report = {
    files: workspace.fileCount,
    records: workspace.records().length,
    diagnostics,
    locale: workspace.locale,
  };
  await memo?.remember(report);
  return { ...report, dir };
}
