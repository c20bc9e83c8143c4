/**
 * The Atelier workspaces open in VS Code: each folder holding an atelier.yaml, kept indexed
 * through the core and followed as files and editors change.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE, systemClock, Workspace } from '../core';
import type { DiagnosticsPublisher } from './diagnosticsPublisher';
import type { ExtensionHost } from './host';
import { onSettingsChange, readSettings } from './settings';

export interface AtelierRoot {
  uri: vscode.Uri;
  workspace: Workspace;
}

const EDIT_DEBOUNCE_MS = 150;

export class AtelierRoots implements vscode.Disposable {
  private roots: AtelierRoot[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after diagnostics were republished (tree views and tests listen). */
  readonly onDidChange = this.changed.event;
  private settings = readSettings();

  constructor(
    private readonly publisher: DiagnosticsPublisher,
    private readonly log: vscode.LogOutputChannel,
    /** How a root's files are read and analysed (Node's file system and workers, or VS Code's API). */
    private readonly adaptersFor: ExtensionHost['adaptersFor'],
  ) {
    publisher.setEnabled(this.settings.validationEnabled);
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleEdit(e.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => void this.fromDisk(doc.uri)),
      vscode.workspace.onDidRenameFiles((e) => void this.renamed(e.files)),
    );
    // Settings are applied when they change, then every file is published again in their light.
    this.disposables.push(
      onSettingsChange(() => {
        this.settings = readSettings();
        publisher.setEnabled(this.settings.validationEnabled);
        for (const root of this.roots) {
          root.workspace.localeOverride = this.settings.locale;
          this.publishAll(root);
        }
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/{*.md,atelier.yaml}');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => void this.fromDisk(u)),
      watcher.onDidChange((u) => void this.fromDisk(u)),
      watcher.onDidDelete((u) => this.deleted(u)),
    );
  }

  /** Where the last full load went, in ms from its start (the benchmarks print it). */
  lastLoad = { findRootsMs: 0, indexMs: 0, publishMs: 0 };
  /** When the last full load first published diagnostics (performance.now()), for the benchmarks. */
  firstPublishedAt = 0;

  /**
   * Finds the roots and indexes them all; resolves when diagnostics are published. An atelier.yaml
   * at the top of a workspace folder (the usual case) is indexed at once, while the search for the
   * others runs: in the browser that search alone can take half a second. (Publishing the roots at
   * the top before that search ends was tried: under load, the UI then moved on before VS Code's
   * file watcher reported a file created right after a window reload.)
   */
  async load(): Promise<void> {
    const t = performance.now();
    const loading = new Map<string, Promise<AtelierRoot>>();
    const begin = (config: vscode.Uri): Promise<AtelierRoot> => {
      const key = config.toString();
      if (!loading.has(key)) loading.set(key, this.loadRoot(vscode.Uri.joinPath(config, '..')));
      return loading.get(key)!;
    };
    const search = vscode.workspace.findFiles(`**/${CONFIG_FILE}`, '**/node_modules/**');
    await Promise.all(
      (vscode.workspace.workspaceFolders ?? []).map(async (f) => {
        const config = vscode.Uri.joinPath(f.uri, CONFIG_FILE);
        const found = await vscode.workspace.fs.stat(config).then(
          () => true,
          () => false,
        );
        if (found) void begin(config).catch(() => undefined);
      }),
    );
    const configs = await search;
    const findRootsMs = performance.now() - t;
    // The roots are those the search found (one started early and not found is left aside).
    const roots = await Promise.all(configs.map(begin));
    const indexMs = performance.now() - t;
    await this.publishRoots(roots);
    this.lastLoad = { findRootsMs, indexMs, publishMs: performance.now() - t - indexMs };
  }

  /** These roots are the ones now: every diagnostic is published again from them. */
  private async publishRoots(roots: AtelierRoot[]): Promise<void> {
    this.roots = roots;
    this.publisher.clear();
    for (const r of roots) {
      // Editors may hold unsaved text that differs from the disk.
      for (const doc of vscode.workspace.textDocuments)
        if (doc.isDirty && this.locate(doc.uri)?.root === r) await this.applyText(doc.uri, doc.getText(), false);
      this.publishAll(r);
    }
    this.firstPublishedAt ||= performance.now();
    this.changed.fire();
  }

  /** A root's workspace, indexed (not yet published). */
  private async loadRoot(uri: vscode.Uri): Promise<AtelierRoot> {
    const started = Date.now();
    const workspace = this.withSettings(
      new Workspace({
        ...(await this.adaptersFor(uri)),
        clock: systemClock(),
        logger: { info: (m) => this.log.info(m), warn: (m) => this.log.warn(m) },
      }),
    );
    await workspace.load();
    this.log.info(`${uri.fsPath}: ${workspace.records().length} records indexed in ${Date.now() - started} ms`);
    return { uri, workspace };
  }

  all(): readonly AtelierRoot[] {
    return this.roots;
  }

  /** The root a file belongs to (the deepest one) and its path relative to it. */
  locate(uri: vscode.Uri): { root: AtelierRoot; rel: string } | undefined {
    let best: { root: AtelierRoot; rel: string } | undefined;
    for (const root of this.roots) {
      const base = root.uri.path.endsWith('/') ? root.uri.path : `${root.uri.path}/`;
      if (
        uri.scheme === root.uri.scheme &&
        uri.path.startsWith(base) &&
        (!best || base.length > best.root.uri.path.length)
      )
        best = { root, rel: uri.path.slice(base.length) };
    }
    return best;
  }

  private scheduleEdit(doc: vscode.TextDocument): void {
    if (!this.locate(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.applyText(doc.uri, doc.getText(), true);
      }, EDIT_DEBOUNCE_MS),
    );
  }

  /** Applies the edits still waiting for their debounce now: a command that reads records sees what the editors show. */
  async settle(): Promise<void> {
    const pending = [...this.timers.keys()];
    for (const key of pending) {
      clearTimeout(this.timers.get(key));
      this.timers.delete(key);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (doc) await this.applyText(doc.uri, doc.getText(), true);
    }
  }

  private async applyText(uri: vscode.Uri, text: string | undefined, publish: boolean): Promise<void> {
    const at = this.locate(uri);
    if (!at) return;
    const affected = await at.root.workspace.update(at.rel, text);
    if (publish) this.publish(at.root, affected);
  }

  /** A file changed on disk (or its editor closed): use the disk text unless an editor has unsaved changes. */
  private async fromDisk(uri: vscode.Uri): Promise<void> {
    if (uri.path.endsWith(`/${CONFIG_FILE}`) && !this.locate(uri)) return this.load(); // a new Atelier root
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    await this.applyText(uri, open?.isDirty ? open.getText() : undefined, true);
  }

  private deleted(uri: vscode.Uri): void {
    const at = this.locate(uri);
    if (!at) return;
    this.publisher.forget(uri);
    this.publish(at.root, at.root.workspace.remove(at.rel));
  }

  private async renamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const from = this.locate(oldUri);
      const to = this.locate(newUri);
      if (!from || !to || from.root !== to.root) continue;
      this.publisher.forget(oldUri);
      this.publish(to.root, await to.root.workspace.rename(from.rel, to.rel));
    }
  }

  /** Republishes the diagnostics of these files (workspace-relative paths). */
  publish(root: AtelierRoot, paths: Iterable<string>): void {
    this.publisher.publish(root, paths);
    this.changed.fire();
  }

  private withSettings(workspace: Workspace): Workspace {
    workspace.localeOverride = this.settings.locale;
    return workspace;
  }

  private publishAll(root: AtelierRoot): void {
    this.publish(root, [CONFIG_FILE, ...root.workspace.paths()]);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
