/**
 * The certificats de réalisation of an action: one session, or every session of a mission (the
 * cancelled ones left out). Incomplete attendance refuses them all, naming who and which slot,
 * unless `draft`: then the certificates of those concerned say PROVISOIRE on every page.
 */
import { shortDate, timeRange } from '../../core/documents/dates';
import { REALISATION_FILE, safeSegment, slug, uniqueNames } from '../../core/documents/fileNames';
import { realisationPlan } from '../../core/documents/realisation';
import { realisationPdf } from '../../core/documents/realisationPdf';
import { fullName, type SessionModel } from '../../core/documents/sessionModel';
import { certificateWords } from '../../core/i18n/certificates';
import { missingGlyphs } from '../glyphs';
import { renderPdf } from '../pdf';
import { outputFolder, userFolder, writeDocumentFiles } from './files';
import { warnIdentity } from './identity';
import { provenanceOf } from './provenance';
import { findRecord, labelsOf, openSession, recordErrors } from './records';
import { refused, startRun, type OrRefusal } from './run';
import type { CertificatesRequest, DocumentContext, DocumentResult } from './types';

interface Action {
  id: string;
  /** The record the provenance line names (the session, or the mission). */
  file: string;
  sessions: SessionModel[];
}

/** The sessions of the request: the session, or the mission's sessions that are not cancelled. */
function openAction(ctx: DocumentContext, request: CertificatesRequest): OrRefusal<Action> {
  if (request.sessionId) {
    const opened = openSession(ctx.workspace, request.sessionId);
    if (!opened.ok) return opened;
    return { ok: true, value: { id: request.sessionId, file: opened.value.file, sessions: [opened.value.session] } };
  }
  const id = request.missionId ?? '';
  const w = certificateWords(ctx.workspace.config.locale);
  const mission = findRecord(ctx.workspace, id, 'mission');
  if (!mission.ok) return mission;
  const errors = recordErrors(ctx.workspace, [mission.value]);
  if (errors) return { ok: false, refusal: errors };
  const sessions: SessionModel[] = [];
  for (const r of ctx.workspace.referrers(id)) {
    if (r.type !== 'session' || ctx.workspace.record(r.id, 'session')?.data.mission !== id) continue;
    const opened = openSession(ctx.workspace, r.id);
    if (!opened.ok) return opened;
    if (opened.value.session.status !== 'cancelled') sessions.push(opened.value.session);
  }
  if (!sessions.length) return { ok: false, refusal: { kind: 'usage', message: w.emptyMission(id) } };
  return { ok: true, value: { id, file: mission.value, sessions } };
}

export async function realisations(ctx: DocumentContext, request: CertificatesRequest): Promise<DocumentResult> {
  const config = ctx.workspace.config;
  const w = certificateWords(config.locale);
  const l = labelsOf(ctx.workspace);
  const opened = openAction(ctx, request);
  if (!opened.ok) return refused(opened.refusal);
  const action = opened.value;
  const plan = realisationPlan(action.sessions, action.id);

  // Who lacks attendance for which slot: the whole set is refused unless --draft.
  const incomplete = plan.trainees.filter((t) => t.unrecorded.length);
  const slotWords = (u: (typeof incomplete)[number]['unrecorded']) =>
    u
      .map(({ session, slot }) => {
        const when = `${shortDate(slot.date, l)} ${timeRange(slot.start, slot.end, l)}`.trim();
        return action.sessions.length > 1 ? `${session.id} ${when}` : when;
      })
      .join(l.listSeparator);
  if (incomplete.length && !request.draft) {
    // Those who lack the same slots on one line: a future session would otherwise repeat for everyone.
    const groups = new Map<string, string[]>();
    for (const t of incomplete) {
      const slots = slotWords(t.unrecorded);
      groups.set(slots, [...(groups.get(slots) ?? []), fullName(t.trainee)]);
    }
    const lines = [...groups].map(([slots, names]) => w.incompleteLine(names.join(', '), slots));
    return refused({ kind: 'state', message: w.incomplete(lines) });
  }

  const run = startRun(ctx);
  warnIdentity(run, config, 'realisation');
  if (!config.legal.representative) run.warn(w.noRepresentative);
  if (!config.legal.city) run.warn(w.noCity);
  const programme = action.sessions.find((s) => s.programme)?.programme;
  if (plan.natureMissing && programme) run.warn(w.natureMissing(programme.id));
  const certified = plan.trainees.filter((t) => t.present);
  for (const t of plan.trainees)
    if (!t.present) run.warn(w.skipped(fullName(t.trainee), t.unrecorded.length ? 'none' : 'never'));

  const folder = request.out
    ? await userFolder(ctx, request.out)
    : await outputFolder(ctx, safeSegment(action.id), 'certificats');
  if (!folder.ok) return run.refused(folder.refusal);
  const dir = folder.value;
  if (!certified.length) {
    // A certificate from an earlier run is now false: nobody here was present.
    await writeDocumentFiles(ctx, run, dir, [], { replaces: REALISATION_FILE });
    run.warn(w.noneWritten);
    return run.done();
  }
  const drafts = certified.filter((t) => t.unrecorded.length);
  if (drafts.length) run.warn(w.draftWritten(drafts.length));

  const provenance = await provenanceOf(ctx, action.file);
  const names = uniqueNames(
    certified.map(
      (t) =>
        `certificat-${slug(`${t.trainee.last_name} ${t.trainee.first_name}`, slug(t.trainee.email, 'participant'))}`,
    ),
  );
  const missing = new Set<string>();
  // Everything is rendered before the earlier run's files go, so a failure leaves them as they were.
  const pdfs: Uint8Array[] = [];
  for (const certificate of certified) {
    const doc = realisationPdf({
      config,
      plan,
      certificate,
      issued: ctx.workspace.today,
      provenance,
      draft: certificate.unrecorded.length > 0,
    });
    (await missingGlyphs(doc.content)).forEach((c) => missing.add(c));
    pdfs.push(await renderPdf(doc));
  }
  const files = names.map((n, i) => ({ name: `${n}.pdf`, bytes: pdfs[i] }));
  const failed = await writeDocumentFiles(ctx, run, dir, files, { replaces: REALISATION_FILE });
  if (failed) return run.refused(failed);
  if (missing.size) run.warn(l.missingGlyphs([...missing].join(' '), action.file));
  return run.done();
}
