/** The status bar item: indexing progress, then the count of errors and warnings. */
import * as vscode from 'vscode';
import type { AtelierRoots } from './atelierRoots';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('atelier.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly roots: AtelierRoots) {
    this.item.name = 'Atelier';
    this.item.command = 'workbench.actions.view.problems';
    this.subscription = roots.onDidChange(() => this.showCounts());
  }

  /** Shows progress while `work` runs. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.item.text = '$(sync~spin) Atelier';
    this.item.tooltip = vscode.l10n.t('Atelier: indexing records…');
    this.item.show();
    try {
      return await work;
    } finally {
      this.showCounts();
    }
  }

  private showCounts(): void {
    let records = 0;
    let errors = 0;
    let warnings = 0;
    for (const r of this.roots.all()) {
      records += r.workspace.records().length;
      for (const d of r.workspace.diagnostics()) {
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
      }
    }
    if (!this.roots.all().length) return this.item.hide();
    this.item.text = `$(error) ${errors} $(warning) ${warnings} Atelier`;
    this.item.tooltip = vscode.l10n.t('Atelier: {0} records, {1} errors, {2} warnings', records, errors, warnings);
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
