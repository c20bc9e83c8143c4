/** Runs an `atelier` CLI command in-process (dist/cli-api.js, loaded on first use) and collects its output. */
import * as path from 'path';
import * as vscode from 'vscode';
import type { CliIo } from '../../cli/api';

type Cli = (argv: readonly string[], io: CliIo) => Promise<number>;

let loaded: Cli | undefined;

function cliFunction(): Cli {
  // A separate bundle keeps the PDF and mail libraries out of activation.
  loaded ??= (require(path.join(__dirname, 'cli-api.js')) as { cli: Cli }).cli;
  return loaded;
}

export interface CliResult {
  status: number;
  /** Files the command wrote (it prints one path a line). */
  written: vscode.Uri[];
  messages: string;
}

export async function runCli(root: vscode.Uri, args: string[], log: vscode.LogOutputChannel): Promise<CliResult> {
  // Documents are made from the files on disk: save the editors first so they match what the user sees.
  await vscode.workspace.saveAll(false);
  let out = '';
  let err = '';
  const status = await cliFunction()([...args, '--workspace', root.fsPath], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: root.fsPath,
  });
  if (err.trim()) log.info(`atelier ${args.join(' ')}:\n${err.trim()}`);
  const written = out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((p) => vscode.Uri.file(path.resolve(root.fsPath, p)));
  return { status, written, messages: err.trim() };
}

/** Tells the user what was written (or why not), with a button to reveal it. */
export function report(result: CliResult, what: string): void {
  if (result.status !== 0 || !result.written.length) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('{0}: nothing written. {1}', what, result.messages.split('\n').slice(0, 3).join(' ')),
    );
    return;
  }
  const reveal = vscode.l10n.t('Reveal');
  // Not awaited: the command is done when the files are written, whatever the user does with the message.
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t(
        '{0}: {1} file(s) written in {2}',
        what,
        result.written.length,
        vscode.workspace.asRelativePath(vscode.Uri.joinPath(result.written[0], '..')),
      ),
      reveal,
    )
    .then((pick) => pick === reveal && vscode.commands.executeCommand('revealInExplorer', result.written[0]));
}
