/** Generate sign-in sheet, Generate certificates: the document service on the session at hand. */
import * as vscode from 'vscode';
import { idOfPath } from '../../core';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import { commandUri } from '../commands/context';
import { report, runDocument, type DocumentOutcome } from './runDocument';

/** The session a command targets: tree item, Uri, the active editor, or a quick pick. */
export async function pickSession(
  roots: AtelierRoots,
  arg: unknown,
): Promise<{ root: AtelierRoot; id: string } | undefined> {
  const uri = commandUri(arg);
  const at = uri && roots.locate(uri);
  if (at && at.root.workspace.file(at.rel)?.type === 'session') return { root: at.root, id: idOfPath(at.rel) };
  const items = roots.all().flatMap((root) =>
    root.workspace
      .records()
      .filter((r) => r.type === 'session')
      .map((r) => ({ label: String(r.facts?.title ?? r.id), description: r.id, root, id: r.id })),
  );
  const pick = await vscode.window.showQuickPick(
    items.sort((a, b) => (a.id < b.id ? 1 : -1)),
    { title: vscode.l10n.t('Which session?') },
  );
  return pick && { root: pick.root, id: pick.id };
}

/** Makes a session document of the session at hand and reports what it wrote. */
async function generate(
  roots: AtelierRoots,
  log: vscode.LogOutputChannel,
  arg: unknown,
  document: 'signin-sheet' | 'certificates',
  what: string,
): Promise<DocumentOutcome | undefined> {
  const s = await pickSession(roots, arg);
  if (!s) return undefined;
  const outcome = await runDocument(roots, s.root, log, { document, sessionId: s.id }, (service, ctx) =>
    document === 'signin-sheet'
      ? service.signinSheet(ctx, { sessionId: s.id, format: 'pdf' })
      : service.certificates(ctx, { sessionId: s.id }),
  );
  report(outcome, what);
  return outcome;
}

export const generateSigninSheet = (roots: AtelierRoots, log: vscode.LogOutputChannel, arg?: unknown) =>
  generate(roots, log, arg, 'signin-sheet', vscode.l10n.t('Sign-in sheet'));

export const generateCertificates = (roots: AtelierRoots, log: vscode.LogOutputChannel, arg?: unknown) =>
  generate(roots, log, arg, 'certificates', vscode.l10n.t('Attendance certificates'));
