/** `atelier certificates SESSION_ID [--out DIR]`: one PDF per participant present at least once. */
import * as path from 'path';
import { certificatePlan } from '../../core/documents/certificate';
import { certificatePdf } from '../../core/documents/certificatePdf';
import { safeSegment, slug, uniqueNames } from '../../core/documents/fileNames';
import { fullName } from '../../core/documents/sessionModel';
import { missingGlyphs } from '../../node/glyphs';
import { renderPdf } from '../../node/pdf';
import type { CliIo } from '../cli';
import { type CommandInput, fromCwd, openSession, outputFolder, provenanceOf, warn, writeOutput } from './input';

export async function certificatesCommand(input: CommandInput, io: CliIo): Promise<number> {
  const opened = await openSession(input, io);
  if (!opened) return 1;
  const { ctx, id, file, session } = opened;

  const plan = certificatePlan(session);
  for (const s of plan.skipped) warn(ctx, ctx.labels.skipped(fullName(s.participant), s.reason === 'never-present' ? ctx.labels.neverPresent : ctx.labels.noAttendance));
  if (!plan.certified.length) {
    warn(ctx, ctx.labels.noCertificate);
    return 0;
  }
  const dir = input.flag('--out') ? fromCwd(ctx, input.flag('--out') as string) : outputFolder(ctx, safeSegment(id), 'attestations');
  const provenance = await provenanceOf(ctx, file);
  const names = uniqueNames(plan.certified.map((p) => `attestation-${slug(`${p.last_name} ${p.first_name}`, slug(p.email, 'participant'))}`));
  const missing = new Set<string>();
  for (const [i, participant] of plan.certified.entries()) {
    const doc = certificatePdf({ session, participant, issued: ctx.workspace.index.today, provenance });
    (await missingGlyphs(doc.content)).forEach((c) => missing.add(c));
    await writeOutput(ctx, path.join(dir, `${names[i]}.pdf`), await renderPdf(doc));
  }
  if (missing.size) warn(ctx, ctx.labels.missingGlyphs([...missing].join(' '), file));
  return 0;
}
