/** The extension's settings, read through one typed wrapper. */
import * as vscode from 'vscode';
import type { Locale } from '../core';

export interface Settings {
  validationEnabled: boolean;
  /** undefined: the workspace's own locale (atelier.yaml). */
  locale: Locale | undefined;
  /** The revision the live review compares with; "" = the branch's upstream, else HEAD. */
  reviewBase: string;
  /** `atelier.hover.blame`: hovering a front-matter line says who last changed it. */
  blameInHover: boolean;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('atelier');
  const locale = c.get<string>('locale', 'workspace');
  return {
    validationEnabled: c.get<boolean>('validation.enabled', true),
    locale: locale === 'fr' || locale === 'en' ? locale : undefined,
    reviewBase: c.get<string>('review.base', ''),
    blameInHover: c.get<boolean>('hover.blame', true),
  };
}

export function onSettingsChange(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('atelier') && listener());
}
