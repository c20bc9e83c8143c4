/** The VS Code extension: the composition root. Everything it knows comes from the core. */
import * as vscode from 'vscode';
import { idOfPath } from '../core/analyze';
import { AtelierRoots } from './atelierRoots';
import { CodeActionProvider } from './providers/codeActions';
import { CompletionProvider } from './providers/completion';
import { RECORD_SELECTOR } from './providers/documents';
import { NavigationProvider, renameEdit } from './providers/navigation';
import { StatusBar } from './statusBar';
import { MissionsTree } from './trees/missionsTree';
import { QuotesTree } from './trees/quotesTree';
import { SessionsTree } from './trees/sessionsTree';
import { TodoTree } from './trees/todoTree';

/** What `activate` returns: tests and other extensions await readiness instead of sleeping. */
export interface AtelierApi {
  /** Resolves once every Atelier workspace is indexed and its diagnostics published. */
  ready: Promise<void>;
  roots: AtelierRoots;
  /** The tree views' data, so tests can read what a user sees. */
  trees: Record<'sessions' | 'quotes' | 'missions' | 'todo', vscode.TreeDataProvider<unknown>>;
}

export function activate(context: vscode.ExtensionContext): AtelierApi {
  const log = vscode.window.createOutputChannel('Atelier', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('atelier');
  const roots = new AtelierRoots(diagnostics, log);
  const status = new StatusBar(roots);
  context.subscriptions.push(log, diagnostics, roots, status);

  // Indexing runs after activation returns, so activation itself stays instant.
  const ready = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => status.track(roots.load()))
    .then(() => void vscode.commands.executeCommand('setContext', 'atelier.hasWorkspace', roots.all().length > 0));
  ready.catch((e: unknown) => log.error(`indexing failed: ${e instanceof Error ? e.stack : String(e)}`));

  const trees = { sessions: new SessionsTree(roots), quotes: new QuotesTree(roots), missions: new MissionsTree(roots), todo: new TodoTree(roots) };
  for (const [name, tree] of Object.entries(trees)) {
    context.subscriptions.push(tree, vscode.window.createTreeView(`atelier.${name}`, { treeDataProvider: tree, showCollapseAll: name !== 'todo' }));
  }

  const navigation = new NavigationProvider(roots);
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(RECORD_SELECTOR, new CompletionProvider(roots), ...CompletionProvider.triggers),
    vscode.languages.registerHoverProvider(RECORD_SELECTOR, navigation),
    vscode.languages.registerDefinitionProvider(RECORD_SELECTOR, navigation),
    vscode.languages.registerReferenceProvider(RECORD_SELECTOR, navigation),
    vscode.languages.registerRenameProvider(RECORD_SELECTOR, navigation),
    vscode.languages.registerCodeActionsProvider(RECORD_SELECTOR, new CodeActionProvider(roots), { providedCodeActionKinds: CodeActionProvider.kinds }),
    // Renaming a record's file in the Explorer updates every reference to it, in the same (previewable) edit.
    vscode.workspace.onWillRenameFiles((e) => {
      const edit = new vscode.WorkspaceEdit();
      for (const { oldUri, newUri } of e.files) {
        const from = roots.locate(oldUri);
        const to = roots.locate(newUri);
        if (!from || !to || from.root !== to.root || !from.rel.endsWith('.md')) continue;
        const refs = renameEdit(from.root, idOfPath(from.rel), idOfPath(to.rel), { renameFile: false });
        for (const [uri, edits] of refs?.entries() ?? []) for (const te of edits) edit.replace(uri, te.range, te.newText);
      }
      if (edit.size) e.waitUntil(Promise.resolve(edit));
    }),
    vscode.commands.registerCommand('atelier.validateWorkspace', async () => {
      await status.track(roots.load());
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
  );
  return { ready, roots, trees };
}

export function deactivate(): void {}
