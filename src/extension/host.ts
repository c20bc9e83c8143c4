/**
 * What differs between the desktop extension host (Node: worker threads, git, the content cache,
 * dist/documents.js) and the browser's web worker host (vscode.dev, github.dev: none of those).
 * Each entry point (extension.ts, browser.ts) gives one to the shared activation.
 */
import type * as vscode from 'vscode';
import type { WorkspaceOptions } from '../core';
import type { AtelierRoots } from './atelierRoots';
import type { DiagnosticsPublisher } from './diagnosticsPublisher';
import type { DocumentService } from './documents/documentService';
import type { LiveReview } from './review/liveReview';

/** The git features: they need a local clone and a git binary. */
export interface GitFeatures {
  review: LiveReview;
  blame: vscode.HoverProvider & vscode.Disposable;
}

export interface ExtensionHost {
  /** `web`: the web worker extension host of vscode.dev and github.dev. */
  kind: 'desktop' | 'web';
  /** How the files of the Atelier workspace at `uri` are read and analysed. */
  adaptersFor(uri: vscode.Uri): Promise<Pick<WorkspaceOptions, 'files' | 'analyzer'>>;
  /** Makes the document service, at the first document asked for. */
  documents(roots: AtelierRoots): DocumentService;
  /**
   * Writes the values a purge removed outside the repository (for a history rewrite) and returns
   * where; absent in the browser, which has no place outside the workspace to put it.
   */
  writeRemovedList?(dir: vscode.Uri, today: string, content: string): Promise<string>;
  /** The live git review and the blame hover, where git runs; absent in the browser. */
  git?(roots: AtelierRoots, publisher: DiagnosticsPublisher, log: vscode.LogOutputChannel): GitFeatures;
}
