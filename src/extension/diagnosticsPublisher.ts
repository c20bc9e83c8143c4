/**
 * Publishes each file's diagnostics to the Problems panel: the core's own (schemas and rules), then
 * what each registered contributor adds (the live git review). Contributors register here; none
 * reaches into another.
 */
import * as vscode from 'vscode';
import type { Diagnostic, Workspace } from '../core';
import { toVscodeDiagnostic } from './convert';
import type { Explanations } from './explanations';

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
  /** What was published for each file, the core's diagnostic beside VS Code's: quick fixes start from it. */
  private readonly published = new Map<string, { shown: vscode.Diagnostic; core: Diagnostic }[]>();
  private enabled = true;

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly explanations: Explanations,
  ) {}

  register(contributor: DiagnosticContributor): vscode.Disposable {
    this.contributors.push(contributor);
    return new vscode.Disposable(() => {
      const at = this.contributors.indexOf(contributor);
      if (at >= 0) this.contributors.splice(at, 1);
    });
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
      const core = this.enabled ? this.diagnosticsOf(root, rel) : [];
      const found = core.map((d) => toVscodeDiagnostic(d, root.workspace.locale, this.explanations));
      if (found.length)
        this.published.set(
          uri.toString(),
          core.map((d, i) => ({ shown: found[i], core: d })),
        );
      else this.published.delete(uri.toString());
      if (found.length || this.collection.has(uri)) entries.push([uri, found]);
    }
    this.collection.set(entries);
  }

  /**
   * The core diagnostic published as this one (VS Code hands code actions a copy of what was
   * published: same range, code and message), with its data path for the quick fixes.
   */
  coreOf(uri: vscode.Uri, shown: vscode.Diagnostic): Diagnostic | undefined {
    const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
    return this.published
      .get(uri.toString())
      ?.find(
        (p) => p.shown.range.isEqual(shown.range) && code(p.shown) === code(shown) && p.shown.message === shown.message,
      )?.core;
  }

  /** A file is gone: its diagnostics too. */
  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.published.delete(uri.toString());
  }

  clear(): void {
    this.collection.clear();
    this.published.clear();
  }

  private diagnosticsOf(root: PublishedRoot, rel: string): Diagnostic[] {
    return this.contributors.reduce((found, c) => c.contribute(root, rel, found), root.workspace.diagnosticsOf(rel));
  }

  dispose(): void {
    this.contributors.length = 0;
  }
}
