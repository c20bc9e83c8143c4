/**
 * "Purge personal data…": the core's purge plan (rule 8) as one refactoring preview, every session's
 * change to confirm before anything is written; what is applied is then saved, since a purge is
 * meant to take the data off the disk, not to leave it in an unsaved buffer.
 */
import * as vscode from 'vscode';
import { purgePlan, replaceTextFile, type PurgeChange } from '../../core';
import type { AtelierRoots } from '../atelierRoots';
import type { ExtensionHost } from '../host';
import { offsetRange } from '../ranges';

/** The purge of every Atelier workspace as one edit, each session's change needing confirmation. */
export async function purgeEdit(
  roots: AtelierRoots,
): Promise<{ edit: vscode.WorkspaceEdit; sessions: number; changes: Map<string, PurgeChange & { before: string }> }> {
  await roots.settle();
  const edit = new vscode.WorkspaceEdit();
  let sessions = 0;
  const changes = new Map<string, PurgeChange & { before: string }>();
  for (const root of roots.all()) {
    const plan = purgePlan(root.workspace, root.workspace.today);
    for (const change of plan.changes) {
      const uri = vscode.Uri.joinPath(root.uri, ...change.path.split('/'));
      const doc = await vscode.workspace.openTextDocument(uri);
      const label =
        change.stage === 'contact'
          ? vscode.l10n.t(
              '{0}: contact data of {1} participants ({2})',
              change.title,
              change.participants,
              change.fields.join(', '),
            )
          : vscode.l10n.t('{0}: names of {1} participants, replaced by numbers', change.title, change.participants);
      edit.replace(uri, offsetRange(doc, change.edit.start, change.edit.end), change.edit.newText, {
        label,
        description: vscode.l10n.t('due since {0}', change.due),
        needsConfirmation: true,
      });
      sessions++;
      changes.set(uri.toString(), { ...change, before: doc.getText() });
    }
  }
  return { edit, sessions, changes };
}

export async function purgePersonalData(
  roots: AtelierRoots,
  writeRemovedList: ExtensionHost['writeRemovedList'],
): Promise<boolean> {
  const { edit, sessions, changes } = await purgeEdit(roots);
  if (!sessions) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No personal data is due for removal today.'));
    return false;
  }
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (!applied) return false;
  // Only what the preview applied (the user may uncheck sessions): the documents it changed.
  const done: PurgeChange[] = [];
  for (const [uri, change] of changes) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (!doc || doc.getText() === change.before) continue;
    if (doc.isDirty) await doc.save();
    done.push(change);
  }
  if (!done.length) return false;
  const root = roots.locate(vscode.Uri.parse([...changes.keys()][0]))?.root;
  const list =
    root &&
    writeRemovedList &&
    (await writeRemovedList(root.uri, root.workspace.today, replaceTextFile(done.flatMap((c) => c.removed))).catch(
      () => undefined,
    ));
  void vscode.window.showInformationMessage(
    list
      ? vscode.l10n.t(
          'Personal data removed from {0} sessions. Earlier versions in the git history still hold it: the removed values are listed in {1} (outside the repository) for `git filter-repo --replace-text`; the README, "Personal data", explains what that implies.',
          done.length,
          list,
        )
      : vscode.l10n.t(
          'Personal data removed from {0} sessions. Earlier versions in the git history still hold it: the README, "Personal data", says how to rewrite it.',
          done.length,
        ),
  );
  return true;
}
