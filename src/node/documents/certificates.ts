/**
 * Certificates, one PDF per participant present at least once: the certificat de réalisation per
 * action (one session, or every session of a mission), or the attestation de présence of a session.
 */
import { certificatePlan } from '../../core/documents/certificate';
import { certificateWords } from '../../core/i18n/certificates';
import { certificatePdf } from '../../core/documents/certificatePdf';
import { shortDate, timeRange } from '../../core/documents/dates';
import { CERTIFICATE_FILE, safeSegment, slug, uniqueNames } from '../../core/documents/fileNames';
import { fullName } from '../../core/documents/sessionModel';
import { missingGlyphs } from '../glyphs';
import { renderPdf } from '../pdf';
import { outputFolder, userFolder, writeDocumentFiles } from './files';
import { warnIdentity } from './identity';
import { realisations } from './realisations';
import { provenanceOf } from './provenance';
import { labelsOf, openSession } from './records';
import { refused, startRun } from './run';
import type { CertificatesRequest, DocumentContext, DocumentResult } from './types';

export async function certificates(ctx: DocumentContext, request: CertificatesRequest): Promise<DocumentResult> {
  const w = certificateWords(ctx.workspace.config.locale);
  if (!request.sessionId === !request.missionId) return refused({ kind: 'usage', message: w.sessionOrMission });
  if (request.kind === 'attestation') {
    if (!request.sessionId) return refused({ kind: 'usage', message: w.sessionOrMission });
    if (request.draft) return refused({ kind: 'usage', message: w.draftOnlyRealisation });
    return attestations(ctx, request.sessionId, request.out);
  }
  return realisations(ctx, request);
}

/** The attestations de présence of a session. */
async function attestations(ctx: DocumentContext, id: string, out: string | undefined): Promise<DocumentResult> {
  const opened = openSession(ctx.workspace, id);
  if (!opened.ok) return refused(opened.refusal);
  const { file, session } = opened.value;
  const l = labelsOf(ctx.workspace);
  const run = startRun(ctx);
  warnIdentity(run, session.config, 'certificate');

  const plan = certificatePlan(session);
  for (const s of plan.skipped)
    run.warn(l.skipped(fullName(s.participant), s.reason === 'never-present' ? l.neverPresent : l.noAttendance));
  const folder = out ? await userFolder(ctx, out) : await outputFolder(ctx, safeSegment(id), 'attestations');
  if (!folder.ok) return run.refused(folder.refusal);
  const dir = folder.value;
  if (!plan.certified.length) {
    // A certificate from an earlier run is now false: nobody here was present.
    await writeDocumentFiles(ctx, run, dir, [], { replaces: CERTIFICATE_FILE });
    run.warn(l.noCertificate);
    return run.done();
  }
  // Certificates are written anyway (a session under way needs some), but say what they cannot vouch for.
  if (session.status && session.status !== 'done') run.warn(l.notDone(session.status));
  for (const u of plan.unrecorded) {
    const slots = u.slots.map((s) => `${shortDate(s.date, l)} ${timeRange(s.start, s.end, l)}`.trim());
    run.warn(l.unrecorded(slots.join(l.listSeparator), u.participants.map(fullName).join(', '), u.participants.length));
  }

  const provenance = await provenanceOf(ctx, file);
  const names = uniqueNames(
    plan.certified.map((p) => `attestation-${slug(`${p.last_name} ${p.first_name}`, slug(p.email, 'participant'))}`),
  );
  const missing = new Set<string>();
  // Everything is rendered before the earlier run's files go, so a failure leaves them as they were.
  const pdfs: Uint8Array[] = [];
  for (const participant of plan.certified) {
    const doc = certificatePdf({ session, participant, issued: ctx.workspace.today, provenance });
    (await missingGlyphs(doc.content)).forEach((c) => missing.add(c));
    pdfs.push(await renderPdf(doc));
  }
  const files = names.map((n, i) => ({ name: `${n}.pdf`, bytes: pdfs[i] }));
  const failed = await writeDocumentFiles(ctx, run, dir, files, { replaces: CERTIFICATE_FILE });
  if (failed) return run.refused(failed);
  if (missing.size) run.warn(l.missingGlyphs([...missing].join(' '), file));
  return run.done();
}
