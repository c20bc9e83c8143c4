/**
 * Publishes each file's diagnostics to the Problems panel: the core's own (schemas and rules), then
 * what each registered contributor adds (the live git review). Contributors register here; none
 * reaches into another.
 */
import * as vscode from 'vscode';
import type { Diagnostic, Workspace } from '../core';
import { toVscodeDiagnostic } from './convert';

/** A root as the publisher needs it: where it is, and its workspace. */
export interface PublishedRoot {
  uri: vscode.Uri;
  workspace: Workspace;
}

export interface DiagnosticContributor {
  /** The file's diagnostics with this contributor's findings merged in. */
  contribute(root: PublishedRoot, rel: string, diagnostics: Diagnostic[]): Diagnostic[];
}

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly contributors: DiagnosticContributor[] = [];
  private enabled = true;

  constructor(private readonly collection: vscode.DiagnosticCollection) {}

  register(contributor: DiagnosticContributor): vscode.Disposable {
    this.contributors.push(contributor);
    return new vscode.Disposable(() => this.contributors.splice(this.contributors.indexOf(contributor), 1));
  }

  /** `atelier.validation.enabled`: off publishes nothing (and clears what was published). */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }

  /** Republishes these files (workspace-relative paths) of a root. */
  publish(root: PublishedRoot, paths: Iterable<string>): void {
    // One message to VS Code for the whole batch (10,000 separate calls take seconds); a file with
    // nothing to report and nothing published before is left out.
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const rel of paths) {
      const uri = vscode.Uri.joinPath(root.uri, ...rel.split('/'));
      const found = this.enabled ? this.diagnosticsOf(root, rel).map(toVscodeDiagnostic) : [];
      if (found.length || this.collection.has(uri)) entries.push([uri, found]);
    }
    this.collection.set(entries);
  }

  /** A file is gone: its diagnostics too. */
  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  clear(): void {
    this.collection.clear();
  }

  private diagnosticsOf(root: PublishedRoot, rel: string): Diagnostic[] {
    return this.contributors.reduce((found, c) => c.contribute(root, rel, found), root.workspace.diagnosticsOf(rel));
  }

  dispose(): void {
    this.contributors.length = 0;
  }
}
