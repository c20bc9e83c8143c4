/** `atelier certificates SESSION_ID [--out DIR]`: one PDF per participant present at least once. */
import * as path from 'path';
import { certificatePlan } from '../../core/documents/certificate';
import { certificatePdf } from '../../core/documents/certificatePdf';
import { shortDate, timeRange } from '../../core/documents/dates';
import { CERTIFICATE_FILE, safeSegment, slug, uniqueNames } from '../../core/documents/fileNames';
import { fullName } from '../../core/documents/sessionModel';
import { missingGlyphs } from '../../node/glyphs';
import { renderPdf } from '../../node/pdf';
import type { CliIo } from '../cli';
import {
  type CommandInput,
  fromCwd,
  openSession,
  outputFolder,
  provenanceOf,
  removeEarlier,
  warn,
  writeOutput,
} from './input';

export async function certificatesCommand(input: CommandInput, io: CliIo): Promise<number> {
  const opened = await openSession(input, io);
  if (!opened) return 1;
  const { ctx, id, file, session } = opened;
  const l = ctx.labels;

  const plan = certificatePlan(session);
  for (const s of plan.skipped)
    warn(ctx, l.skipped(fullName(s.participant), s.reason === 'never-present' ? l.neverPresent : l.noAttendance));
  const dir = input.flag('--out')
    ? fromCwd(ctx, input.flag('--out') as string)
    : outputFolder(ctx, safeSegment(id), 'attestations');
  if (!plan.certified.length) {
    // A certificate from an earlier run is now false: nobody here was present.
    await removeEarlier(ctx, dir, CERTIFICATE_FILE, []);
    warn(ctx, l.noCertificate);
    return 0;
  }
  // Certificates are written anyway (a session under way needs some), but say what they cannot vouch for.
  if (session.status && session.status !== 'done') warn(ctx, l.notDone(session.status));
  for (const u of plan.unrecorded) {
    const slots = u.slots.map((s) => `${shortDate(s.date, l)} ${timeRange(s.start, s.end, l)}`.trim());
    warn(
      ctx,
      l.unrecorded(slots.join(l.listSeparator), u.participants.map(fullName).join(', '), u.participants.length),
    );
  }

  const provenance = await provenanceOf(ctx, file);
  const names = uniqueNames(
    plan.certified.map((p) => `attestation-${slug(`${p.last_name} ${p.first_name}`, slug(p.email, 'participant'))}`),
  );
  const missing = new Set<string>();
  // Everything is rendered before the earlier run's files go, so a failure leaves them as they were.
  const pdfs: Uint8Array[] = [];
  for (const participant of plan.certified) {
    const doc = certificatePdf({ session, participant, issued: ctx.workspace.index.today, provenance });
    (await missingGlyphs(doc.content)).forEach((c) => missing.add(c));
    pdfs.push(await renderPdf(doc));
  }
  const files = names.map((n) => `${n}.pdf`);
  await removeEarlier(ctx, dir, CERTIFICATE_FILE, files);
  for (const [i, pdf] of pdfs.entries()) await writeOutput(ctx, path.join(dir, files[i]), pdf);
  if (missing.size) warn(ctx, l.missingGlyphs([...missing].join(' '), file));
  return 0;
}
