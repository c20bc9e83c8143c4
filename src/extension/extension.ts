/** The VS Code extension: the composition root. Everything it knows comes from the core. */
import * as vscode from 'vscode';
import { AtelierRoots } from './atelierRoots';
import { StatusBar } from './statusBar';

/** What `activate` returns: tests and other extensions await readiness instead of sleeping. */
export interface AtelierApi {
  /** Resolves once every Atelier workspace is indexed and its diagnostics published. */
  ready: Promise<void>;
  roots: AtelierRoots;
}

export function activate(context: vscode.ExtensionContext): AtelierApi {
  const log = vscode.window.createOutputChannel('Atelier', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('atelier');
  const roots = new AtelierRoots(diagnostics, log);
  const status = new StatusBar(roots);
  context.subscriptions.push(log, diagnostics, roots, status);

  // Indexing runs after activation returns, so activation itself stays instant.
  const ready = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => status.track(roots.load()));
  ready.catch((e: unknown) => log.error(`indexing failed: ${e instanceof Error ? e.stack : String(e)}`));

  context.subscriptions.push(
    vscode.commands.registerCommand('atelier.validateWorkspace', async () => {
      await status.track(roots.load());
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
  );
  return { ready, roots };
}

export function deactivate(): void {}
