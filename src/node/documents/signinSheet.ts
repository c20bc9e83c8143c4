/** The sign-in sheet of a session (or of one facilitator's group), as PDF or printable HTML. */
import * as path from 'path';
import { safeSegment } from '../../core/documents/fileNames';
import { fullName } from '../../core/documents/sessionModel';
import { signinSheet as sheetModel, sheetRefusal, sheetRefusalText } from '../../core/documents/signinSheet';
import { signinSheetHtml } from '../../core/documents/signinSheetHtml';
import { signinSheetPdf } from '../../core/documents/signinSheetPdf';
import { missingGlyphs } from '../glyphs';
import { renderPdf } from '../pdf';
import { outputFolder, userFile, writeDocumentFiles } from './files';
import { warnIdentity } from './identity';
import { provenanceOf } from './provenance';
import { labelsOf, openSession } from './records';
import { refused, startRun } from './run';
import type { DocumentContext, DocumentResult, SigninSheetRequest } from './types';

export async function signinSheet(ctx: DocumentContext, request: SigninSheetRequest): Promise<DocumentResult> {
  const { sessionId: id, format, facilitator } = request;
  const opened = openSession(ctx.workspace, id);
  if (!opened.ok) return refused(opened.refusal);
  const { file, session } = opened.value;
  const l = labelsOf(ctx.workspace);
  if (facilitator !== undefined && !session.facilitators.some((f) => f.id === facilitator))
    return refused({
      kind: 'usage',
      message: l.notFacilitator(facilitator, id, session.facilitators.map((f) => f.id).join(', ')),
    });

  // A sheet that could be signed after the fact is refused: none for a cancelled session, and a
  // past one only as a duplicate (format.md).
  const refusal = sheetRefusal(session, ctx.workspace.today);
  if (refusal && (refusal.kind === 'cancelled' || !request.duplicate))
    return refused({
      kind: 'state',
      message: sheetRefusalText(session, refusal, l),
      offer: refusal.kind === 'past' ? 'duplicate' : undefined,
    });

  const run = startRun(ctx);
  warnIdentity(run, session.config, 'signinSheet');
  const sheet = sheetModel(session, facilitator, refusal ? ctx.workspace.today : undefined);
  if (sheet.group && sheet.ungrouped) run.warn(l.noGroup(sheet.ungrouped, fullName(sheet.group)));
  const provenance = await provenanceOf(ctx, file);
  const name = `emargement-${safeSegment(id)}${facilitator ? `-${safeSegment(facilitator)}` : ''}.${format}`;
  const target = request.out ? await userFile(ctx, request.out) : await outputFolder(ctx, safeSegment(id));
  if (!target.ok) return run.refused(target.refusal);
  const [dir, fileName] = request.out
    ? [path.dirname(target.value), path.basename(target.value)]
    : [target.value, name];
  let bytes: Uint8Array | string;
  if (format === 'html') bytes = signinSheetHtml(sheet, provenance);
  else {
    const doc = signinSheetPdf(sheet, provenance);
    const missing = await missingGlyphs(doc.content, provenance);
    if (missing.length) run.warn(l.missingGlyphs(missing.join(' '), file));
    bytes = await renderPdf(doc);
  }
  const failed = await writeDocumentFiles(ctx, run, dir, [{ name: fileName, bytes }]);
  return failed ? run.refused(failed) : run.done();
}
