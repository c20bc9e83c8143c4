/** Core diagnostics to VS Code diagnostics (positions through ranges.ts). */
import * as vscode from 'vscode';
import type { Diagnostic, Locale } from '../core';
import type { Explanations } from './explanations';
import { coreRange } from './ranges';

const SEVERITY: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A VS Code diagnostic whose code links to its explanation in the language of the message. */
export function toVscodeDiagnostic(d: Diagnostic, locale: Locale, explanations: Explanations): vscode.Diagnostic {
  const out = new vscode.Diagnostic(coreRange(d), d.message, SEVERITY[d.severity]);
  out.source = 'Atelier';
  out.code = { value: d.code, target: explanations.target(d.code, locale) };
  return out;
}
