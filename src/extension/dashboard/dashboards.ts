/** The dashboard command, its single panel, and its restoration after a reload (serializer). */
import * as vscode from 'vscode';
import { DASHBOARD_VIEW_TYPE, type DashboardViewState } from '../../webview/dashboard/protocol';
import type { AtelierRoots } from '../atelierRoots';
import { DashboardPanel, webviewOptions } from './dashboardPanel';

export class Dashboards implements vscode.Disposable, vscode.WebviewPanelSerializer<DashboardViewState> {
  /** The open panel, if any (one is enough: it follows every change). */
  current: DashboardPanel | undefined;

  constructor(
    private readonly roots: AtelierRoots,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** "Atelier: Open dashboard": shows the panel, creating it if needed. */
  open(): DashboardPanel {
    if (this.current) {
      this.current.panel.reveal();
      return this.current;
    }
    const panel = vscode.window.createWebviewPanel(
      DASHBOARD_VIEW_TYPE,
      vscode.l10n.t('Atelier dashboard'),
      vscode.ViewColumn.Active,
      webviewOptions(this.extensionUri),
    );
    return this.adopt(panel);
  }

  /** VS Code restores a panel that was open before a reload, with the state the page saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: DashboardViewState | undefined): Promise<void> {
    this.current?.panel.dispose();
    this.adopt(panel, state);
  }

  private adopt(panel: vscode.WebviewPanel, state?: DashboardViewState): DashboardPanel {
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'atelier.svg');
    const current = new DashboardPanel(panel, this.roots, this.extensionUri, this.log, state?.filters);
    this.current = current;
    panel.onDidDispose(() => this.current === current && (this.current = undefined));
    return current;
  }

  dispose(): void {
    this.current?.panel.dispose();
  }
}
