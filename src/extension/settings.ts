/** The extension's settings, read through one typed wrapper. */
import * as vscode from 'vscode';
import type { Locale } from '../core';

export interface Settings {
  validationEnabled: boolean;
  /** undefined: the workspace's own locale (atelier.yaml). */
  locale: Locale | undefined;
  /** The revision the live review compares with; "" = the branch's upstream, else HEAD. */
  reviewBase: string;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('atelier');
  const locale = c.get<string>('locale', 'workspace');
  return {
    validationEnabled: c.get<boolean>('validation.enabled', true),
    locale: locale === 'fr' || locale === 'en' ? locale : undefined,
    reviewBase: c.get<string>('review.base', ''),
  };
}

export function onSettingsChange(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('atelier') && listener());
}
