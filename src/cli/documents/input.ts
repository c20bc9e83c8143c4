/** What the document commands share: their command line, and printing what the document service did. */
import type { Workspace } from '../../core/workspace';
import type { DocumentContext, DocumentResult, Refusal } from '../../node/documents';
import { shownPath } from '../../node/documents';
import type { CliIo } from '../cli';
import { oneLine } from '../terminal';
import { UsageError } from '../usage';

/** The parsed command line, as the document commands need it. */
export interface CommandInput {
  positional: readonly string[];
  flag(name: string): string | undefined;
  /** Whether a switch without value (--force) was given. */
  has(name: string): boolean;
  open(): Promise<{ workspace: Workspace; dir: string }>;
}

/** The one positional argument of a command (the record id). */
export function singleId(input: CommandInput, what: string): string {
  if (input.positional.length !== 1)
    throw new UsageError(
      input.positional.length ? `expected one ${what}, got ${input.positional.length} arguments` : `missing ${what}`,
    );
  return input.positional[0];
}

/**
 * Opens the workspace for the service, printing as the service goes: each written path on stdout
 * (relative to the current folder when inside it), each warning on stderr.
 */
export async function serviceContext(input: CommandInput, io: CliIo): Promise<DocumentContext> {
  const { workspace, dir } = await input.open();
  return {
    workspace,
    dir,
    cwd: io.cwd,
    onProgress: (e) =>
      e.kind === 'written'
        ? io.stdout(`${oneLine(shownPath(io.cwd, e.path))}\n`)
        : io.stderr(`atelier: ${oneLine(e.message)}\n`),
  };
}

/** The exit status of a service result, its refusal printed on stderr (written files and warnings were printed as they came). */
export function exitStatus(result: DocumentResult, io: CliIo): number {
  if (result.status === 'written') return 0;
  printRefusal(result.refusal, io);
  return result.refusal.kind === 'usage' || result.refusal.kind === 'output' ? 2 : 1;
}

function printRefusal(refusal: Refusal, io: CliIo): void {
  if (refusal.kind !== 'errors' || !refusal.records.length) {
    // A message of several lines (who lacks which slot) keeps its lines, each made safe on its own.
    const [first, ...rest] = refusal.message.split('\n');
    io.stderr(`atelier: ${oneLine(first)}\n${rest.map((line) => `${oneLine(line)}\n`).join('')}`);
    return;
  }
  for (const r of refusal.records) {
    for (const d of r.errors)
      io.stderr(`${oneLine(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${oneLine(d.message)}\n`);
    io.stderr(`atelier: ${oneLine(r.message)}\n`);
  }
}
