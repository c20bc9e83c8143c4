/**
 * The desktop entry (`main`): the Node extension host of VS Code (and of code-server, Codespaces).
 * A folder on the local disk is read as the CLI reads it: Node's file system, worker threads on
 * both cores, the same content cache (keyed by the build); other schemes go through VS Code's API.
 * Git runs here: the live review and the blame hover.
 */
import type * as vscode from 'vscode';
import { nodeAdapters } from '../node/loadWorkspace';
import { writeRemovedList } from '../node/removedValues';
import { activateAtelier, type AtelierApi } from './activate';
import { nodeDocumentService } from './documents/nodeDocumentService';
import type { ExtensionHost } from './host';
import { BlameHover } from './review/blameHover';
import { LiveReview } from './review/liveReview';
import { vscodeWorkspaceFiles } from './vscodeFiles';

export type { AtelierApi } from './activate';

const desktop: ExtensionHost = {
  kind: 'desktop',
  // The cache is written after the first diagnostics are out, not before.
  adaptersFor: async (uri) =>
    uri.scheme === 'file'
      ? nodeAdapters(uri.fsPath, { writeInBackground: true })
      : { files: vscodeWorkspaceFiles(uri) },
  documents: nodeDocumentService,
  writeRemovedList: (dir, today, content) => writeRemovedList(dir.fsPath, today, content),
  git: (roots, publisher, log) => ({ review: new LiveReview(roots, publisher, log), blame: new BlameHover(roots) }),
};

export function activate(context: vscode.ExtensionContext): AtelierApi {
  return activateAtelier(context, desktop);
}

export function deactivate(): void {}
