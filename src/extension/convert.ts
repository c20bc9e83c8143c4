/** Core diagnostics to VS Code diagnostics (positions through ranges.ts). */
import * as vscode from 'vscode';
import type { Diagnostic } from '../core';
import { coreRange } from './ranges';

const SEVERITY: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Where each code is explained: the table "What is checked" of the README shipped with the extension. */
let docs = vscode.Uri.parse('https://github.com/atelier-coop/atelier#what-is-checked');

export function setDiagnosticDocs(extensionUri: vscode.Uri): void {
  docs = vscode.Uri.joinPath(extensionUri, 'README.md').with({ fragment: 'what-is-checked' });
}

export function toVscodeDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const out = new vscode.Diagnostic(coreRange(d), d.message, SEVERITY[d.severity]);
  out.source = 'Atelier';
  out.code = { value: d.code, target: docs };
  return out;
}
