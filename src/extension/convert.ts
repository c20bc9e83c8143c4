/** Core diagnostics to VS Code diagnostics: the one place where positions change convention. */
import * as vscode from 'vscode';
import type { Diagnostic } from '../core';

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
  const range = new vscode.Range(d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1);
  const out = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
  out.source = 'Atelier';
  out.code = { value: d.code, target: docs };
  return out;
}
