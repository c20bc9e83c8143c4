/**
 * The browser entry (`browser`): the web worker extension host of vscode.dev and github.dev, also
 * used by code-server for web-only extensions. No Node here (the build refuses a Node built-in in
 * this bundle): files through `vscode.workspace.fs` (any file system, virtual ones included),
 * analysis in-process in slices that yield to the event loop, documents made in the worker. Git
 * needs a local clone: the review and the blame hover are left out, and their menus hidden.
 */
import type * as vscode from 'vscode';
import { chunkedAnalyzer } from '../core';
import { activateAtelier, type AtelierApi } from './activate';
import { webDocumentService } from './documents/webDocuments';
import type { ExtensionHost } from './host';
import { vscodeWorkspaceFiles } from './vscodeFiles';

export type { AtelierApi } from './activate';

const web: ExtensionHost = {
  kind: 'web',
  adaptersFor: async (uri) => ({ files: vscodeWorkspaceFiles(uri), analyzer: chunkedAnalyzer() }),
  documents: webDocumentService,
};

export function activate(context: vscode.ExtensionContext): AtelierApi {
  return activateAtelier(context, web);
}

export function deactivate(): void {}
