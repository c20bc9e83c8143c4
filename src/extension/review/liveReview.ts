/**
 * The git review kept live while editing: the change against `atelier.review.base` is reviewed
 * again once edits settle, on saves and when HEAD or the index move, and its findings are merged
 * into the published diagnostics. Outside git (or before the first commit) it finds nothing, quietly.
 */
import * as vscode from 'vscode';
import { type Diagnostic, mergeReview, type ReviewResult } from '../../core';
import { GitError } from '../../node/history';
import { reviewWorkspace } from '../../node/review';
import { editorBase } from '../../node/reviewBase';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import { onSettingsChange, readSettings } from '../settings';
import type { DiagnosticContributor, DiagnosticsPublisher, PublishedRoot } from '../diagnosticsPublisher';
import { GitWatchers } from './gitWatchers';

/** Edits settle for this long before git is asked: never a git run per keystroke. */
const SETTLE_MS = 500;

export interface RootReview {
  root: AtelierRoot;
  /** The base as resolved from the setting (a branch name, HEAD…). */
  base: string;
  result: ReviewResult;
}

export class LiveReview implements vscode.Disposable, DiagnosticContributor {
  /** By root folder URI: roots are rebuilt on every full reload. */
  private readonly reviews = new Map<string, RootReview>();
  /** The last reason each root has no review, so the log says it once, not on every edit. */
  private readonly quiet = new Map<string, string>();
  private readonly watchers: GitWatchers;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly roots: AtelierRoots,
    publisher: DiagnosticsPublisher,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.watchers = new GitWatchers(() => this.schedule());
    const ours = (doc: vscode.TextDocument) => !!roots.locate(doc.uri);
    this.disposables.push(
      this.watchers,
      vscode.workspace.onDidChangeTextDocument(
        (e) => ours(e.document) && e.contentChanges.length > 0 && this.schedule(),
      ),
      vscode.workspace.onDidSaveTextDocument((doc) => ours(doc) && this.schedule()),
      onSettingsChange(() => this.schedule()),
      publisher.register(this),
    );
  }

  /** Reviews again once things have been quiet for a moment. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), SETTLE_MS);
  }

  /** Reviews every root now, after any review under way; resolves once diagnostics are published. */
  refresh(): Promise<void> {
    clearTimeout(this.timer);
    // One review at a time: git calls never overlap, the latest text always gets its turn.
    this.queue = this.queue
      .then(() => this.reviewAll())
      .catch((e: unknown) => this.log.error(`git review failed: ${e instanceof Error ? e.stack : String(e)}`));
    return this.queue;
  }

  /** The current reviews, one per root inside git. */
  current(): RootReview[] {
    return this.roots.all().flatMap((root) => {
      const r = this.reviews.get(root.uri.toString());
      return r ? [{ ...r, root }] : [];
    });
  }

  private async reviewAll(): Promise<void> {
    const settings = readSettings();
    for (const root of this.roots.all()) await this.reviewRoot(root, settings.reviewBase);
  }

  private async reviewRoot(root: AtelierRoot, setting: string): Promise<void> {
    const key = root.uri.toString();
    const dir = root.uri.fsPath;
    const before = this.reviews.get(key);
    let next: RootReview | undefined;
    await this.watchers.watch(root.uri);
    try {
      const base = await editorBase(dir, setting);
      const { texts, dirty } = this.buffers(root);
      const review = await reviewWorkspace(root.workspace, dir, {
        base,
        currentText: (p) => texts.get(p) ?? root.workspace.textOf(p),
        dirtyPaths: dirty,
      });
      next = { root, base, result: review.result };
      this.quiet.delete(key);
    } catch (e) {
      if (!(e instanceof GitError)) throw e;
      if (this.quiet.get(key) !== e.message) this.log.info(`${dir}: no git review: ${e.message}`);
      this.quiet.set(key, e.message);
    }
    if (next) this.reviews.set(key, next);
    else this.reviews.delete(key);
    // Files that had findings and files that have them now: the others are unchanged.
    const paths = new Set([...(before?.result.diagnostics.keys() ?? []), ...(next?.result.diagnostics.keys() ?? [])]);
    if (paths.size) this.roots.publish(root, paths);
  }

  /** The editors' texts in this root, and which of them are unsaved. */
  private buffers(root: AtelierRoot): { texts: Map<string, string>; dirty: string[] } {
    const texts = new Map<string, string>();
    const dirty: string[] = [];
    for (const doc of vscode.workspace.textDocuments) {
      const at = this.roots.locate(doc.uri);
      if (at?.root !== root) continue;
      texts.set(at.rel, doc.getText());
      if (doc.isDirty) dirty.push(at.rel);
    }
    return { texts, dirty };
  }

  /** A file's diagnostics with the review's findings on it merged in. */
  contribute(root: PublishedRoot, rel: string, own: Diagnostic[]): Diagnostic[] {
    const review = this.reviews.get(root.uri.toString());
    const found = review?.result.diagnostics.get(rel);
    if (!review || !found) return own;
    const locale = root.workspace.locale;
    return mergeReview(own, { records: [], diagnostics: new Map([[rel, found]]) }, locale);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
