/** Generate sign-in sheet, Generate certificates (of a session or a mission): the document service on the record at hand. */
import * as vscode from 'vscode';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import { resolveTarget } from '../commands/context';
import { report, runDocument, type DocumentOutcome } from './runDocument';

/** The session a document command targets: the row or file it was invoked on, the active editor, or a quick pick. */
export async function pickSession(
  roots: AtelierRoots,
  arg: unknown,
): Promise<{ root: AtelierRoot; id: string } | undefined> {
  const ref = await resolveTarget(roots, arg, ['session']);
  return ref && { root: ref.root, id: ref.id };
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

/**
 * Generate sign-in sheet. A cancelled session gets none (the message says why); a past one's sheet
 * is refused with an offer to print a duplicate, marked as issued after the session.
 */
export async function generateSigninSheet(
  roots: AtelierRoots,
  log: vscode.LogOutputChannel,
  arg?: unknown,
  duplicate = false,
): Promise<DocumentOutcome | undefined> {
  const s = await pickSession(roots, arg);
  if (!s) return undefined;
  const make = (asDuplicate: boolean) =>
    runDocument(roots, s.root, log, { document: 'signin-sheet', sessionId: s.id }, (service, ctx) =>
      service.signinSheet(ctx, { sessionId: s.id, format: 'pdf', duplicate: asDuplicate }),
    );
  const what = vscode.l10n.t('Sign-in sheet');
  const outcome = await make(duplicate);
  if (outcome.refusal?.kind === 'state' && outcome.refusal.offer === 'duplicate') {
    const offer = vscode.l10n.t('Print a duplicate');
    // Not awaited: the command is done when it has said no; the duplicate is made if the user asks (tests pass `duplicate`).
    void vscode.window.showWarningMessage(outcome.messages, offer).then(async (pick) => {
      if (pick === offer) report(await make(true), what);
    });
    return outcome;
  }
  report(outcome, what);
  return outcome;
}

export const generateCertificates = (roots: AtelierRoots, log: vscode.LogOutputChannel, arg?: unknown) =>
  generate(roots, log, arg, 'certificates', vscode.l10n.t('Certificates of completion'));

/** The certificats de réalisation of a mission: every session of it a participant attended, added up. */
export async function generateMissionCertificates(
  roots: AtelierRoots,
  log: vscode.LogOutputChannel,
  arg?: unknown,
): Promise<DocumentOutcome | undefined> {
  const ref = await resolveTarget(roots, arg, ['mission']);
  if (!ref) return undefined;
  const outcome = await runDocument(
    roots,
    ref.root,
    log,
    { document: 'certificates', missionId: ref.id },
    (service, ctx) => service.certificates(ctx, { missionId: ref.id }),
  );
  report(outcome, vscode.l10n.t('Certificates of completion'));
  return outcome;
}

/**
 * Import connection report…: a participant report (Zoom, Teams, BigBlueButton CSV) picked from disk
 * becomes the session's attendance; the result is logged in full and summed up in a message.
 */
export async function importConnectionReport(
  roots: AtelierRoots,
  log: vscode.LogOutputChannel,
  arg?: unknown,
  reportFile?: vscode.Uri,
): Promise<DocumentOutcome | undefined> {
  const s = await pickSession(roots, arg);
  if (!s) return undefined;
  // A caller (a script, a test) may name the report; a person picks it.
  const picked =
    reportFile instanceof vscode.Uri
      ? [reportFile]
      : await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: vscode.l10n.t('Import'),
          title: vscode.l10n.t('Connection report of {0} (Zoom, Teams or BigBlueButton CSV)', s.id),
          filters: { [vscode.l10n.t('Participant reports')]: ['csv', 'tsv', 'txt'] },
        });
  const file = picked?.[0];
  if (!file) return undefined;
  let summary: string[] = [];
  const outcome = await runDocument(
    roots,
    s.root,
    log,
    { document: 'attendance', sessionId: s.id },
    async (service, ctx) => {
      const result = await service.importAttendance(ctx, { sessionId: s.id, report: file.fsPath });
      if (result.status === 'written') summary = result.summary;
      return result;
    },
  );
  const what = vscode.l10n.t('Connection report');
  if (outcome.status !== 0) {
    report(outcome, what);
    return outcome;
  }
  log.info(summary.join('\n'));
  const details = vscode.l10n.t('Details');
  const relevé = vscode.l10n.t('Connection log (PDF)');
  // The report's service and what was written, then the details in the log.
  void vscode.window
    .showInformationMessage(`${what}: ${[summary[0], summary[summary.length - 1]].join(' ')}`, details, relevé)
    .then(async (pick) => {
      if (pick === details) log.show(true);
      if (pick === relevé) {
        const made = await runDocument(
          roots,
          s.root,
          log,
          { document: 'attendance', sessionId: s.id },
          (service, ctx) => service.connectionLog(ctx, { sessionId: s.id }),
        );
        report(made, relevé);
      }
    });
  return outcome;
}
