/** `atelier signin-sheet SESSION_ID [--format pdf|html] [--out FILE] [--facilitator ID]`. */
import { safeSegment } from '../../core/documents/fileNames';
import { signinSheet } from '../../core/documents/signinSheet';
import { signinSheetHtml } from '../../core/documents/signinSheetHtml';
import { signinSheetPdf } from '../../core/documents/signinSheetPdf';
import { fullName } from '../../core/documents/sessionModel';
import { missingGlyphs } from '../../node/glyphs';
import { renderPdf } from '../../node/pdf';
import type { CliIo } from '../cli';
import { UsageError } from '../usage';
import { type CommandInput, fromCwd, openSession, outputFolder, provenanceOf, warn, writeOutput } from './input';

export async function signinSheetCommand(input: CommandInput, io: CliIo): Promise<number> {
  const format = input.flag('--format') ?? 'pdf';
  if (format !== 'pdf' && format !== 'html') throw new UsageError(`unknown format "${format}" (pdf or html)`);
  const opened = await openSession(input, io);
  if (!opened) return 1;
  const { ctx, id, file, session } = opened;

  const facilitator = input.flag('--facilitator');
  if (facilitator !== undefined && !session.facilitators.some((f) => f.id === facilitator)) {
    throw new UsageError(ctx.labels.notFacilitator(facilitator, id, session.facilitators.map((f) => f.id).join(', ')));
  }
  const sheet = signinSheet(session, facilitator);
  if (sheet.group && sheet.ungrouped) warn(ctx, ctx.labels.noGroup(sheet.ungrouped, fullName(sheet.group)));

  const provenance = await provenanceOf(ctx, file);
  const name = `emargement-${safeSegment(id)}${facilitator ? `-${safeSegment(facilitator)}` : ''}.${format}`;
  const out = input.flag('--out')
    ? fromCwd(ctx, input.flag('--out') as string)
    : outputFolder(ctx, safeSegment(id), name);
  if (format === 'html') {
    await writeOutput(ctx, out, signinSheetHtml(sheet, provenance));
    return 0;
  }
  const doc = signinSheetPdf(sheet, provenance);
  const missing = await missingGlyphs(doc.content, provenance);
  if (missing.length) warn(ctx, ctx.labels.missingGlyphs(missing.join(' '), file));
  await writeOutput(ctx, out, await renderPdf(doc));
  return 0;
}
