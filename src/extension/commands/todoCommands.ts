/**
 * The To do view's row commands: "Do it" runs the to-do's action on that row's record (the email
 * command with its template, the certificates, the purge, a new session), and "Dismiss…" records
 * `dismissed:` in that record through the core, so it stays dismissed for everyone who pulls it.
 */
import * as vscode from 'vscode';
import { dismissTodoEdit, isObject, type Todo } from '../../core';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import type { TodoNode } from '../trees/todoTree';
import { words } from '../words';
import { applyToDocument } from './context';
import type { SessionPreset } from './newRecords';

const uriOf = (root: AtelierRoot, rel: string) => vscode.Uri.joinPath(root.uri, ...rel.split('/'));

/** The to-do of a To do row (what VS Code passes to a row's inline button or context menu). */
function todoOf(arg: unknown): TodoNode | undefined {
  if (isObject(arg) && isObject(arg.todo) && isObject(arg.root) && typeof arg.todo.kind === 'string')
    return arg as unknown as TodoNode;
  void vscode.window.showWarningMessage(vscode.l10n.t('Run this from a row of the To do view.'));
  return undefined;
}

/** Runs a to-do's action on its own record; a to-do without one opens its record. */
export async function doTodo(arg: unknown): Promise<unknown> {
  const node = todoOf(arg);
  if (!node) return undefined;
  const { todo, root } = node;
  const action = todo.action;
  // Session to-dos live in their session's record: the row's own file is the session to act on.
  const session = () => uriOf(root, todo.path);
  switch (action?.command) {
    case 'email':
      return vscode.commands.executeCommand(
        'atelier.composeEmails',
        action.session ? session() : undefined,
        action.template,
      );
    case 'certificates':
      return vscode.commands.executeCommand('atelier.generateCertificates', session());
    case 'purge':
      return vscode.commands.executeCommand('atelier.purgePersonalData');
    case 'new-session':
      // The closing webinar of this mission: only its title and date are asked.
      return vscode.commands.executeCommand('atelier.newSession', {
        root,
        mission: action.mission,
        kind: 'closing-webinar',
      } satisfies SessionPreset);
    default:
      return vscode.commands.executeCommand('vscode.open', uriOf(root, todo.path));
  }
}

/** Asks why (or takes `reason` from a script or a test), then appends the dismissal to the to-do's record. */
export async function dismissTodo(roots: AtelierRoots, arg: unknown, reason?: string): Promise<boolean> {
  const node = todoOf(arg);
  if (!node) return false;
  const { todo, root } = node;
  const why =
    reason ??
    (
      await vscode.window.showInputBox({
        title: vscode.l10n.t('Dismiss "{0}"', label(todo)),
        prompt: vscode.l10n.t('Why? The reason is kept in {0}.', todo.path),
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Required')),
      })
    )?.trim();
  if (!why) return false;
  const doc = await vscode.workspace.openTextDocument(uriOf(root, todo.path));
  const edit = dismissTodoEdit(doc.getText(), todo.kind, root.workspace.today, why);
  if (!edit) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a valid record: fix its errors first.', todo.path));
    return false;
  }
  const applied = await applyToDocument(doc, [edit]);
  if (applied) await roots.settle();
  return applied;
}

const label = (todo: Todo) => words().todoKinds[todo.kind];
