/** Commands that edit a record: change status, add participants, record attendance. */
import * as vscode from 'vscode';
import {
  addParticipantsEdit,
  attendanceEdit,
  isObject,
  list,
  nextStatuses,
  parseParticipants,
  slotsOf,
  statusEdit,
} from '../../core';
import type { AtelierRoots } from '../atelierRoots';
import { capitalized, plural, statusWord } from '../words';
import { applyToDocument, targetRecord } from './context';

/** `status` may be given (keybindings, scripts, tests); otherwise a quick pick offers the next ones. */
export async function changeStatus(roots: AtelierRoots, arg?: unknown, status?: string): Promise<void> {
  const t = await targetRecord(roots, arg, ['session', 'quote', 'mission']);
  if (!t) return;
  const type = t.type as 'session' | 'quote' | 'mission';
  const current = statusWord(type, String(t.record.data.status ?? ''));
  const options = nextStatuses(type, t.record.data.status);
  if (!options.length)
    return void vscode.window.showInformationMessage(vscode.l10n.t('No status can follow "{0}".', current));
  if (status && !options.includes(status))
    return void vscode.window.showWarningMessage(vscode.l10n.t('No status can follow "{0}".', current));
  const pick =
    status ??
    (
      await vscode.window.showQuickPick(
        options.map((s) => ({ label: capitalized(statusWord(type, s)), description: s, status: s })),
        { title: vscode.l10n.t('Change status of {0}', t.record.id), placeHolder: current },
      )
    )?.status;
  if (pick) await applyToDocument(t.doc, [statusEdit(t.doc.getText(), pick)]);
}

/** `text` may be given (scripts, tests): then every readable participant is added without asking. */
export async function addParticipants(roots: AtelierRoots, arg?: unknown, text?: string): Promise<void> {
  const t = await targetRecord(roots, arg, ['session']);
  if (!t) return;
  let pasted = text ?? (await vscode.env.clipboard.readText());
  if (text === undefined && !/@/.test(pasted)) {
    pasted =
      (
        await vscode.window.showInputBox({
          title: vscode.l10n.t('Add participants'),
          prompt: vscode.l10n.t('First Last <email>, separated by ";" (or copy lines or CSV to the clipboard first)'),
        })
      )
        ?.split(';')
        .join('\n') ?? '';
  }
  const parsed = parseParticipants(pasted, t.record.data);
  for (const r of parsed.rejected)
    void vscode.window.showWarningMessage(vscode.l10n.t('Line {0} skipped ({1}): {2}', r.line, r.reason, r.text));
  if (!parsed.participants.length) return;
  const all = parsed.participants.map((p) => ({
    label: `${p.first_name} ${p.last_name}`.trim(),
    description: p.email,
    picked: true,
    p,
  }));
  const picks =
    text !== undefined
      ? all
      : await vscode.window.showQuickPick(all, {
          canPickMany: true,
          title: plural(
            parsed.participants.length,
            () => vscode.l10n.t('Add {0} participant to {1}', parsed.participants.length, t.record.id),
            () => vscode.l10n.t('Add {0} participants to {1}', parsed.participants.length, t.record.id),
          ),
        });
  if (!picks?.length) return;
  await applyToDocument(t.doc, [
    addParticipantsEdit(
      t.doc.getText(),
      t.record.data,
      picks.map((x) => x.p),
      t.root.workspace.today,
    ),
  ]);
}

/** `slotIndex` and `presentEmails` may be given (scripts, tests); otherwise quick picks ask. */
export async function recordAttendance(
  roots: AtelierRoots,
  arg?: unknown,
  slotIndex?: number,
  presentEmails?: string[],
): Promise<void> {
  const t = await targetRecord(roots, arg, ['session']);
  if (!t) return;
  const slots = slotsOf(t.record.data);
  const given = slotIndex !== undefined ? slots.find((s) => s.index === slotIndex) : undefined;
  const slot = given
    ? { index: given.index }
    : await vscode.window.showQuickPick(
        slots.map((s) => ({ label: `${s.date} ${s.start ?? ''}–${s.end ?? ''}`, index: s.index })),
        { title: vscode.l10n.t('Record attendance: which slot?') },
      );
  if (!slot) return;
  const people = list(t.record.data.participants).map((p, i) => ({ p: isObject(p) ? p : {}, i }));
  const choices = people.map(({ p, i }) => ({
    label: `${String(p.first_name ?? '')} ${String(p.last_name ?? '')}`.trim(),
    description: String(p.email ?? ''),
    picked: list(p.attendance)[slot.index] === 'present',
    i,
  }));
  const picks = presentEmails
    ? choices.filter((c) => presentEmails.includes(c.description))
    : await vscode.window.showQuickPick(choices, {
        canPickMany: true,
        title: vscode.l10n.t('Who was present? (the others are recorded absent; "excused" is kept)'),
      });
  if (!picks) return;
  await applyToDocument(t.doc, [
    attendanceEdit(t.doc.getText(), t.record.data, slot.index, new Set(picks.map((x) => x.i))),
  ]);
}
