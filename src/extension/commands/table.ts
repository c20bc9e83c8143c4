/**
 * Every command of the extension, in one typed table: its id (as package.json declares it) and what
 * it does with the services activation built. `registerCommands` registers them all.
 */
import * as vscode from 'vscode';
import { idOfPath } from '../../core';
import type { AtelierRoots } from '../atelierRoots';
import type { Dashboards } from '../dashboard/dashboards';
import { generateCertificates, generateSigninSheet } from '../documents/documentCommands';
import { composeEmailsCommand } from '../documents/emailPreview';
import { generateConvention, generateProgrammeSheet, generateQuote } from '../documents/salesCommands';
import { renameEdit } from '../providers/navigation';
import type { LiveReview } from '../review/liveReview';
import { reviewChangesCommand } from '../review/reviewCommand';
import type { StatusBar } from '../statusBar';
import { commandUri } from './context';
import { addParticipants, changeStatus, recordAttendance } from './editRecords';
import { initWorkspace, newClient, newMission, newPerson, newQuote, newSession } from './newRecords';

/** What commands work with, made once by `activate`. */
export interface Services {
  roots: AtelierRoots;
  log: vscode.LogOutputChannel;
  review: LiveReview;
  status: StatusBar;
  dashboards: Dashboards;
  extensionUri: vscode.Uri;
}

/** Each command's handler; the arguments are those VS Code passes (a tree item, a URI) or tests give. */
type Handler = (s: Services, ...args: never[]) => unknown;

export const COMMANDS = {
  'atelier.openDashboard': (s) => s.dashboards.open(),
  'atelier.validateWorkspace': async (s) => {
    await s.status.track(s.roots.load());
    await s.review.refresh();
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  },
  'atelier.reviewChanges': (s) => reviewChangesCommand(s.review),
  'atelier.initWorkspace': (s) => initWorkspace(s.extensionUri),
  'atelier.newSession': (s) => newSession(s.roots),
  'atelier.newQuote': (s) => newQuote(s.roots),
  'atelier.newMission': (s) => newMission(s.roots),
  'atelier.newClient': (s, preset?: { name: string; channel: string }) => newClient(s.roots, preset),
  'atelier.newPerson': (s) => newPerson(s.roots),
  'atelier.addParticipants': (s, arg?: unknown, text?: string) => addParticipants(s.roots, arg, text),
  'atelier.recordAttendance': (s, arg?: unknown, slot?: number, present?: string[]) =>
    recordAttendance(s.roots, arg, slot, present),
  'atelier.changeStatus': (s, arg?: unknown, status?: string) => changeStatus(s.roots, arg, status),
  'atelier.renameRecord': (s, arg?: unknown) => renameRecordCommand(s.roots, arg),
  'atelier.generateSigninSheet': (s, arg?: unknown) => generateSigninSheet(s.roots, s.log, arg),
  'atelier.generateCertificates': (s, arg?: unknown) => generateCertificates(s.roots, s.log, arg),
  'atelier.generateQuote': (s, arg?: unknown, force?: boolean) => generateQuote(s.roots, s.log, arg, force),
  'atelier.generateConvention': (s, arg?: unknown, force?: boolean) => generateConvention(s.roots, s.log, arg, force),
  'atelier.generateProgrammeSheet': (s, arg?: unknown) => generateProgrammeSheet(s.roots, s.log, arg),
  'atelier.composeEmails': (s, arg?: unknown, template?: string) =>
    composeEmailsCommand(s.roots, s.extensionUri, s.log, arg, template),
} satisfies Record<string, Handler>;

export type CommandId = keyof typeof COMMANDS;

export function registerCommands(services: Services): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, run]) =>
    vscode.commands.registerCommand(id, (...args: never[]) => (run as Handler)(services, ...args)),
  );
}

/** Rename record: asks for the new id, then shows the refactor preview of every file that changes. */
async function renameRecordCommand(roots: AtelierRoots, arg?: unknown): Promise<void> {
  const uri = commandUri(arg);
  const at = uri && roots.locate(uri);
  if (!at) return;
  const id = idOfPath(at.rel);
  const newId = await vscode.window.showInputBox({ title: vscode.l10n.t('Rename record {0}', id), value: id });
  const edit = newId && newId !== id ? renameEdit(at.root, id, newId.trim(), { preview: true }) : undefined;
  if (newId && !edit)
    return void vscode.window.showErrorMessage(
      vscode.l10n.t('"{0}" cannot be used: ids are file names, unique in the workspace.', newId),
    );
  if (edit) await vscode.workspace.applyEdit(edit);
}
