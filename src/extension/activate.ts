/**
 * The activation both entry points share (extension.ts on the desktop, browser.ts in vscode.dev and
 * github.dev): the composition root. Everything it knows comes from the core; what differs between
 * the two extension hosts comes in an `ExtensionHost`.
 */
import * as vscode from 'vscode';
import { idOfPath } from '../core';
import { AtelierRoots } from './atelierRoots';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { Explanations } from './explanations';
import { CodeActionProvider, registerFillNewRecord } from './providers/codeActions';
import { CompletionProvider } from './providers/completion';
import { RECORD_SELECTOR } from './providers/documents';
import { NavigationProvider, renameEdit } from './providers/navigation';
import { isOwnRename } from './providers/ownRenames';
import { StatusBar } from './statusBar';
import type { LiveReview } from './review/liveReview';
import type { ExtensionHost } from './host';
import { useDocumentService } from './documents/documentService';
import { Dashboards } from './dashboard/dashboards';
import { registerCommands } from './commands/table';
import { MissionsTree } from './trees/missionsTree';
import { QuotesTree } from './trees/quotesTree';
import { SessionsTree } from './trees/sessionsTree';
import { TodoTree } from './trees/todoTree';

/** What `activate` returns: tests and other extensions await readiness instead of sleeping. */
export interface AtelierApi {
  /** Resolves once every Atelier workspace is indexed and its diagnostics published. */
  ready: Promise<void>;
  roots: AtelierRoots;
  /** ms from activation: to its return, to the first diagnostics published, to every root published. */
  timings: { activateMs: number; firstDiagnosticsMs: number; readyMs: number };
  /** The tree views' data, so tests can read what a user sees. */
  trees: Record<'sessions' | 'quotes' | 'missions' | 'todo', vscode.TreeDataProvider<unknown>>;
  /** The dashboard panel, so tests can read the model it shows. */
  dashboards: Dashboards;
  /** The live git review, so tests can ask for a review now; absent in the browser (no git there). */
  review?: LiveReview;
  /** Which extension host runs the extension: `web` in vscode.dev and github.dev. */
  host: ExtensionHost['kind'];
}

export function activateAtelier(context: vscode.ExtensionContext, host: ExtensionHost): AtelierApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Atelier', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('atelier');
  const explanations = new Explanations(context.extensionUri);
  const publisher = new DiagnosticsPublisher(diagnostics, explanations);
  const roots = new AtelierRoots(publisher, log, (uri) => host.adaptersFor(uri));
  const status = new StatusBar(roots);
  useDocumentService(() => host.documents(roots));
  const git = host.git?.(roots, publisher, log);
  const review = git?.review;
  context.subscriptions.push(log, diagnostics, explanations, publisher, roots, status);
  if (git) context.subscriptions.push(git.review, git.blame);
  // Menus and the command palette show the git review only where git runs (never in the browser).
  void vscode.commands.executeCommand('setContext', 'atelier.git', !!git);
  // What reads the local disk beyond the workspace (a connection report) is hidden in the browser.
  void vscode.commands.executeCommand('setContext', 'atelier.desktop', host.kind === 'desktop');

  // Indexing runs after activation returns, so activation itself stays instant.
  // The welcome views follow whether an Atelier workspace is open, also once one is initialized.
  let hasWorkspace: boolean | undefined;
  const updateContext = () => {
    if (hasWorkspace === roots.all().length > 0) return;
    hasWorkspace = roots.all().length > 0;
    void vscode.commands.executeCommand('setContext', 'atelier.hasWorkspace', hasWorkspace);
  };
  context.subscriptions.push(roots.onDidChange(updateContext));
  const ready = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => status.track(roots.load()))
    .then(updateContext)
    .then(() => review?.schedule());
  ready.catch((e: unknown) => log.error(`indexing failed: ${e instanceof Error ? e.stack : String(e)}`));

  const trees = {
    sessions: new SessionsTree(roots),
    quotes: new QuotesTree(roots),
    missions: new MissionsTree(roots),
    todo: new TodoTree(roots),
  };
  for (const [name, tree] of Object.entries(trees)) {
    context.subscriptions.push(
      tree,
      vscode.window.createTreeView(`atelier.${name}`, { treeDataProvider: tree, showCollapseAll: name !== 'todo' }),
    );
  }

  // Registered during activation: VS Code restores a dashboard left open before a reload through it.
  const dashboards = new Dashboards(roots, context.extensionUri, log);
  context.subscriptions.push(dashboards, vscode.window.registerWebviewPanelSerializer('atelier.dashboard', dashboards));

  const navigation = new NavigationProvider(roots);
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      RECORD_SELECTOR,
      new CompletionProvider(roots),
      ...CompletionProvider.triggers,
    ),
    // VS Code shows the hover of the provider registered last first: the blame line goes below the field's help.
    ...(git ? [vscode.languages.registerHoverProvider(RECORD_SELECTOR, git.blame)] : []),
    vscode.languages.registerHoverProvider(RECORD_SELECTOR, navigation),
    vscode.languages.registerDefinitionProvider(RECORD_SELECTOR, navigation),
    vscode.languages.registerReferenceProvider(RECORD_SELECTOR, navigation),
    vscode.languages.registerRenameProvider(RECORD_SELECTOR, navigation),
    vscode.languages.registerCodeActionsProvider(RECORD_SELECTOR, new CodeActionProvider(roots, publisher), {
      providedCodeActionKinds: CodeActionProvider.kinds,
    }),
    registerFillNewRecord(),
    // Renaming a record's file in the Explorer updates every reference to it, in the same (previewable) edit.
    vscode.workspace.onWillRenameFiles((e) => {
      const edit = new vscode.WorkspaceEdit();
      for (const { oldUri, newUri } of e.files) {
        if (isOwnRename(oldUri, newUri)) continue;
        const from = roots.locate(oldUri);
        const to = roots.locate(newUri);
        if (!from || !to || from.root !== to.root || !from.rel.endsWith('.md')) continue;
        const refs = renameEdit(from.root, idOfPath(from.rel), idOfPath(to.rel), { renameFile: false });
        for (const [uri, edits] of refs?.entries() ?? [])
          for (const te of edits) edit.replace(uri, te.range, te.newText);
      }
      if (edit.size) e.waitUntil(Promise.resolve(edit));
    }),
  );
  context.subscriptions.push(
    ...registerCommands({
      roots,
      log,
      review,
      status,
      dashboards,
      extensionUri: context.extensionUri,
      writeRemovedList: host.writeRemovedList,
    }),
  );
  const timings = { activateMs: 0, firstDiagnosticsMs: 0, readyMs: 0 };
  void ready.then(() => {
    timings.readyMs = performance.now() - started;
    timings.firstDiagnosticsMs = roots.firstPublishedAt ? roots.firstPublishedAt - started : timings.readyMs;
  });
  timings.activateMs = performance.now() - started;
  return { ready, roots, trees, timings, dashboards, review, host: host.kind };
}
