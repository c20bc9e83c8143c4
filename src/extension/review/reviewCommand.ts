/**
 * "Atelier: Review changes": the changed records since the base, each with what changed and what
 * the review finds, in a QuickPick; picking one opens the file at that place.
 */
import * as vscode from 'vscode';
import { corePosition } from '../ranges';
import { type ChangeKind, type Diagnostic, localize, notesText, typeName } from '../../core';
import type { LiveReview, RootReview } from './liveReview';

/** One changed record (or a file the change did not touch but a finding is in), as listed. */
export interface ReviewedFile {
  /** Workspace-relative path (the old one for a deleted file). */
  path: string;
  uri: vscode.Uri;
  id: string;
  type?: string;
  /** "Session 2026-04-09-…", in the workspace language. */
  label: string;
  /** undefined: a file the change did not touch (a reference to a renamed id). */
  change?: ChangeKind;
  summary: string;
  /** The base as the setting resolves it. */
  base: string;
  findings: Diagnostic[];
}

interface Item extends vscode.QuickPickItem {
  /** Where to open: 1-based line and column, as the core gives them. */
  target?: { uri: vscode.Uri; line: number; column: number };
}

const ICONS: Record<ChangeKind, string> = {
  added: '$(diff-added)',
  modified: '$(diff-modified)',
  deleted: '$(diff-removed)',
  renamed: '$(diff-renamed)',
};

/** Reviews now (the list is never stale), shows the pick without waiting for it, returns the list. */
export async function reviewChangesCommand(live: LiveReview): Promise<ReviewedFile[]> {
  await live.refresh();
  const reviews = live.current();
  const files = reviews.flatMap(listed);
  if (files.length === 0) {
    const message = reviews.length
      ? vscode.l10n.t('No changed records since {0}.', reviews.map((r) => r.base).join(', '))
      : vscode.l10n.t('Atelier reviews changes in a git repository with at least one commit.');
    void vscode.window.showInformationMessage(message);
    return files;
  }
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = vscode.l10n.t('Changes since {0}', [...new Set(files.map((f) => f.base))].join(', '));
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = files.flatMap(items);
  pick.onDidAccept(() => {
    const target = pick.selectedItems[0]?.target;
    pick.hide();
    if (target) void open(target);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  return files;
}

function listed(review: RootReview): ReviewedFile[] {
  const { root, base, result } = review;
  const locale = root.workspace.locale;
  const uriOf = (p: string) => vscode.Uri.joinPath(root.uri, ...p.split('/'));
  const findings = (p: string) => (result.diagnostics.get(p) ?? []).map((d) => localize(p, d, locale));
  const files: ReviewedFile[] = result.records.map((r) => ({
    path: r.path,
    uri: uriOf(r.path),
    id: r.id,
    type: r.type,
    label: `${typeName(locale, r.type)} ${r.id}`,
    change: r.change,
    summary: notesText(locale, r.notes, root.workspace.config.currency),
    base,
    findings: findings(r.path),
  }));
  const changed = new Set(files.map((f) => f.path));
  for (const p of result.diagnostics.keys())
    if (!changed.has(p))
      files.push({ path: p, uri: uriOf(p), id: p, label: p, summary: '', base, findings: findings(p) });
  return files;
}

function items(file: ReviewedFile): Item[] {
  const canOpen = file.change !== 'deleted';
  const at = (d: Diagnostic) => (canOpen ? { uri: file.uri, line: d.line, column: d.column } : undefined);
  const head: Item = {
    label: file.change ? `${ICONS[file.change]} ${file.label}` : `$(references) ${file.path}`,
    description: file.change ? file.path : undefined,
    detail: file.summary || undefined,
    target: canOpen
      ? {
          uri: file.uri,
          line: file.findings[0]?.line ?? 1,
          column: file.findings[0]?.column ?? 1,
        }
      : undefined,
  };
  const findings = file.findings.map((d): Item => ({
    label: `$(${d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info'}) ${d.code}`,
    description: vscode.l10n.t('line {0}', d.line),
    detail: d.message,
    target: at(d),
  }));
  return [head, ...findings];
}

async function open(target: { uri: vscode.Uri; line: number; column: number }): Promise<void> {
  const editor = await vscode.window.showTextDocument(target.uri);
  const pos = corePosition(target.line, target.column);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
}
