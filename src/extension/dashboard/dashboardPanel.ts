/**
 * One dashboard panel: serves the webview page (strict CSP, assets from dist/webview only), answers
 * its messages, and sends a fresh model when records change (debounced, and only while visible).
 */
import * as vscode from 'vscode';
import { computeDashboard, type DashboardFilters, type DashboardModel, dashboardPage, makeNonce } from '../../core';
import { isViewToHost, type HostToView, type ViewToHost } from '../../webview/dashboard/protocol';
import type { AtelierRoots } from '../atelierRoots';
import { openInEditor } from './openFile';

const UPDATE_DEBOUNCE_MS = 300;

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')] };
}

export class DashboardPanel implements vscode.Disposable {
  private filters: DashboardFilters;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stale = false;
  /** A model computed while the page loads, sent as soon as the page is ready (first paint sooner). */
  private prepared: { filters: string; model: DashboardModel } | undefined;
  /** The last model sent, and when the page first drew one (ms after it started loading). */
  model: DashboardModel | undefined;
  paintedMs: number | undefined;
  private readonly posted = new vscode.EventEmitter<DashboardModel>();
  /** Fires with each model sent to the webview (tests read what the page shows). */
  readonly onDidPost = this.posted.event;
  private readonly painted = new vscode.EventEmitter<number>();
  /** Fires when the webview has drawn a model, with the milliseconds since its script started. */
  readonly onDidPaint = this.painted.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly roots: AtelierRoots,
    extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    filters: DashboardFilters = {},
  ) {
    this.filters = filters;
    const webview = panel.webview;
    webview.options = webviewOptions(extensionUri);
    const asset = (name: string) =>
      webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name)).toString();
    webview.html = dashboardPage({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: asset('dashboard.js'),
      styleUri: asset('dashboard.css'),
      lang: vscode.env.language,
    });
    this.disposables.push(
      this.posted,
      this.painted,
      webview.onDidReceiveMessage((m: unknown) =>
        isViewToHost(m)
          ? this.receive(m)
          : this.log.warn(`dashboard: ignored message ${JSON.stringify(m)?.slice(0, 200)}`),
      ),
      roots.onDidChange(() => ((this.prepared = undefined), this.schedule())),
      panel.onDidChangeViewState(() => panel.visible && this.stale && this.post()),
      panel.onDidDispose(() => this.dispose()),
    );
    // The webview loads in its own process: compute meanwhile, once this call has returned.
    setTimeout(() => {
      const model = this.compute();
      if (model) this.prepared = { filters: JSON.stringify(this.filters), model };
    }, 0);
  }

  /** Handles a message from the webview (public so integration tests can act as the page). */
  async receive(m: ViewToHost): Promise<void> {
    switch (m.type) {
      case 'ready':
      case 'filters': {
        this.filters = m.filters;
        const ready = this.prepared?.filters === JSON.stringify(m.filters) ? this.prepared.model : undefined;
        this.prepared = undefined;
        this.post(ready);
        break;
      }
      case 'open':
        await openInEditor(this.roots, m.path, m.line, m.column);
        break;
      case 'painted':
        this.log.info(`dashboard painted in ${m.ms} ms`);
        this.paintedMs = m.ms;
        this.painted.fire(m.ms);
        break;
    }
  }

  /** Records changed: send a new model once edits settle; a hidden panel waits until it is shown. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.panel.visible ? this.post() : (this.stale = true)), UPDATE_DEBOUNCE_MS);
  }

  private compute(): DashboardModel | undefined {
    const root = this.roots.all()[0];
    if (!root) return undefined; // not indexed yet: onDidChange brings the model when it is
    const started = Date.now();
    const model = computeDashboard(root.workspace, this.filters);
    this.log.info(`dashboard model computed in ${Date.now() - started} ms`);
    return model;
  }

  private post(model = this.compute()): void {
    this.stale = false;
    if (!model) return;
    const message: HostToView = { type: 'model', model };
    void this.panel.webview.postMessage(message);
    this.model = model;
    this.posted.fire(model);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
