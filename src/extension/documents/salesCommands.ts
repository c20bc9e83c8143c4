/**
 * Generate quote, Generate convention, Generate programme sheet: the document service on the quote
 * (or programme) at hand — the row clicked in the Quotes view, a Uri, or the active editor.
 */
import * as vscode from 'vscode';
import { idOfPath } from '../../core';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import { targetRecord } from '../commands/context';
import { report, runDocument, type DocumentOutcome } from './runDocument';

type Sales = 'quote' | 'convention';

/** A quote or convention; when the quote's state forbids it (refused, figures that disagree), offers to make it anyway. */
async function generateFromQuote(
  roots: AtelierRoots,
  log: vscode.LogOutputChannel,
  arg: unknown,
  document: Sales,
  what: string,
  force = false,
): Promise<DocumentOutcome | undefined> {
  const target = await targetRecord(roots, arg, ['quote']);
  if (!target) return undefined;
  const quoteId = target.record.id;
  const make = (forced: boolean) =>
    runDocument(roots, target.root, log, { document, quoteId }, (service, ctx) =>
      document === 'quote'
        ? service.quote(ctx, { quoteId, format: 'pdf', force: forced })
        : service.convention(ctx, { quoteId, force: forced }),
    );
  let outcome = await make(force);
  if (outcome.refusal?.kind === 'state' && !force) {
    const anyway = vscode.l10n.t('Generate anyway');
    // Not awaited by tests that pass `force`; a user decides.
    const pick = await vscode.window.showWarningMessage(outcome.messages, { modal: false }, anyway);
    if (pick !== anyway) return outcome;
    outcome = await make(true);
  }
  report(outcome, what);
  return outcome;
}

export const generateQuote = (roots: AtelierRoots, log: vscode.LogOutputChannel, arg?: unknown, force?: boolean) =>
  generateFromQuote(roots, log, arg, 'quote', vscode.l10n.t('Quote'), force);

export const generateConvention = (roots: AtelierRoots, log: vscode.LogOutputChannel, arg?: unknown, force?: boolean) =>
  generateFromQuote(roots, log, arg, 'convention', vscode.l10n.t('Training agreement'), force);

/** The programme of the record at hand: a programme itself, or the programme a quote sells. */
async function programmeAtHand(
  roots: AtelierRoots,
  arg: unknown,
): Promise<{ root: AtelierRoot; id: string } | undefined> {
  const target = await targetRecord(roots, arg, ['programme', 'quote']);
  if (!target) return undefined;
  if (target.type === 'programme') return { root: target.root, id: idOfPath(target.record.path) };
  const programme = target.record.data.programme;
  if (typeof programme !== 'string' || !programme) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This quote names no programme (programme:).'));
    return undefined;
  }
  return { root: target.root, id: programme };
}

export async function generateProgrammeSheet(
  roots: AtelierRoots,
  log: vscode.LogOutputChannel,
  arg?: unknown,
): Promise<DocumentOutcome | undefined> {
  const p = await programmeAtHand(roots, arg);
  if (!p) return undefined;
  const outcome = await runDocument(roots, p.root, log, { document: 'programme', programmeId: p.id }, (service, ctx) =>
    service.programmeSheet(ctx, { programmeId: p.id }),
  );
  report(outcome, vscode.l10n.t('Programme sheet'));
  return outcome;
}
