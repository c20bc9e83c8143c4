/**
 * Every command of the extension, in one typed table: its id (as package.json declares it) and what
 * it does with the services activation built. `registerCommands` registers them all.
 */
import * as vscode from 'vscode';
import type { ExtensionHost } from '../host';
import { recordTypes } from '../../core';
import type { AtelierRoots } from '../atelierRoots';
import type { Dashboards } from '../dashboard/dashboards';
import {
  generateCertificates,
  generateMissionCertificates,
  generateSigninSheet,
  importConnectionReport,
} from '../documents/documentCommands';
import { composeEmailsCommand } from '../documents/emailPreview';
import { generateConvention, generateProgrammeSheet, generateQuote } from '../documents/salesCommands';
import { renameEdit } from '../providers/navigation';
import type { LiveReview } from '../review/liveReview';
import { reviewChangesCommand } from '../review/reviewCommand';
import type { StatusBar } from '../statusBar';
import { resolveTarget } from './context';
import { addParticipants, changeStatus, recordAttendance } from './editRecords';
import { purgePersonalData } from './purgeCommand';
import { dismissTodo, doTodo } from './todoCommands';
import {
  initWorkspace,
  newClient,
  newMission,
  newPerson,
  newQuote,
  newSession,
  type SessionPreset,
} from './newRecords';

/** What commands work with, made once by `activate`. */
export interface Services {
  roots: AtelierRoots;
  log: vscode.LogOutputChannel;
  /** Absent in the browser: git review needs a local clone. */
  review?: LiveReview;
  status: StatusBar;
  dashboards: Dashboards;
  extensionUri: vscode.Uri;
  /** Where a purge lists the values it removed (absent in the browser). */
  writeRemovedList?: ExtensionHost['writeRemovedList'];
}

/** Each command's handler; the arguments are those VS Code passes (a tree item, a URI) or tests give. */
type Handler = (s: Services, ...args: never[]) => unknown;

export const COMMANDS = {
  'atelier.openDashboard': (s) => s.dashboards.open(),
  'atelier.validateWorkspace': async (s) => {
    await s.status.track(s.roots.load());
    await s.review?.refresh();
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  },
  'atelier.reviewChanges': (s) =>
    s.review
      ? reviewChangesCommand(s.review)
      : vscode.window.showInformationMessage(
          vscode.l10n.t('Reviewing changes needs git and a local clone: open the repository in VS Code on a computer.'),
        ),
  'atelier.initWorkspace': (s) => initWorkspace(s.extensionUri),
  'atelier.newSession': (s, preset?: SessionPreset) => newSession(s.roots, preset),
  'atelier.newQuote': (s) => newQuote(s.roots),
  'atelier.newMission': (s) => newMission(s.roots),
  'atelier.newClient': (s, preset?: { name: string; channel: string }) => newClient(s.roots, preset),
  'atelier.newPerson': (s) => newPerson(s.roots),
  // After the target, menus pass their own arguments (the Explorer: every selected Uri; an editor tab:
  // its group): only values of the type a script or a test would give are taken as input.
  'atelier.addParticipants': (s, arg?: unknown, text?: unknown) => addParticipants(s.roots, arg, stringArg(text)),
  'atelier.recordAttendance': (s, arg?: unknown, slot?: unknown, present?: unknown) =>
    recordAttendance(
      s.roots,
      arg,
      typeof slot === 'number' ? slot : undefined,
      Array.isArray(present) && present.every((p) => typeof p === 'string') ? present : undefined,
    ),
  'atelier.changeStatus': (s, arg?: unknown, status?: unknown) => changeStatus(s.roots, arg, stringArg(status)),
  'atelier.renameRecord': (s, arg?: unknown, newId?: unknown) => renameRecordCommand(s.roots, arg, stringArg(newId)),
  'atelier.generateSigninSheet': (s, arg?: unknown, duplicate?: boolean) =>
    generateSigninSheet(s.roots, s.log, arg, duplicate),
  'atelier.generateCertificates': (s, arg?: unknown) => generateCertificates(s.roots, s.log, arg),
  'atelier.generateMissionCertificates': (s, arg?: unknown) => generateMissionCertificates(s.roots, s.log, arg),
  'atelier.importConnectionReport': (s, arg?: unknown, report?: vscode.Uri) =>
    importConnectionReport(s.roots, s.log, arg, report),
  'atelier.generateQuote': (s, arg?: unknown, force?: boolean) => generateQuote(s.roots, s.log, arg, force),
  'atelier.generateConvention': (s, arg?: unknown, force?: boolean) => generateConvention(s.roots, s.log, arg, force),
  'atelier.generateProgrammeSheet': (s, arg?: unknown) => generateProgrammeSheet(s.roots, s.log, arg),
  'atelier.composeEmails': (s, arg?: unknown, template?: unknown) =>
    composeEmailsCommand(s.roots, s.extensionUri, s.log, arg, stringArg(template)),
  'atelier.purgePersonalData': (s) => purgePersonalData(s.roots, s.writeRemovedList),
  'atelier.doTodo': (_s, row?: unknown) => doTodo(row),
  'atelier.dismissTodo': (s, row?: unknown, reason?: unknown) => dismissTodo(s.roots, row, stringArg(reason)),
} satisfies Record<string, Handler>;

export type CommandId = keyof typeof COMMANDS;

function stringArg(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

export function registerCommands(services: Services): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, run]) =>
    vscode.commands.registerCommand(id, (...args: never[]) => (run as Handler)(services, ...args)),
  );
}

/**
 * Rename record: asks for the new id, then shows the refactor preview of every file that changes.
 * `newId` may be given (scripts, tests): then the edit is applied without the preview.
 */
async function renameRecordCommand(roots: AtelierRoots, arg?: unknown, newId?: string): Promise<void> {
  const ref = await resolveTarget(roots, arg, recordTypes);
  if (!ref) return;
  const id = ref.id;
  const wanted =
    newId ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Rename record {0}', id), value: id }))?.trim();
  const edit = wanted && wanted !== id ? renameEdit(ref.root, id, wanted, { preview: newId === undefined }) : undefined;
  if (wanted && wanted !== id && !edit)
    return void vscode.window.showErrorMessage(
      vscode.l10n.t('"{0}" cannot be used: ids are file names, unique in the workspace.', wanted),
    );
  if (edit) await vscode.workspace.applyEdit(edit);
}
