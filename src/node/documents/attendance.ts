/**
 * Attendance from a video-call participant report (`atelier attendance import`) and the relevé de
 * connexions made from the reports kept (`atelier attendance report`). The report file is kept in
 * `<output>/<session>/connexions/`, beside the session's documents: it is the evidence the relevé
 * names with its SHA-256 checksum.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import {
  attendanceEdit,
  attendancePlan,
  type AttendancePlan,
  type ReportSource,
} from '../../core/attendance/attendancePlan';
import { EXPECTED_COLUMNS, readReport, type ReportLayout } from '../../core/attendance/reportLayouts';
import { planSummary } from '../../core/attendance/summary';
import { connectionLogPdf } from '../../core/documents/connectionLogPdf';
import { outputSegments } from '../../core/configChecks';
import { safeSegment, slug } from '../../core/documents/fileNames';
import { applyEdits } from '../../core/edit/textEdit';
import { attendanceWords } from '../../core/i18n/attendance';
import { slotsOf, list } from '../../core/records';
import { replaceFile } from '../atomicFile';
import { missingGlyphs } from '../glyphs';
import { renderPdf } from '../pdf';
import { outputFolder, shownPath, writeDocumentFiles } from './files';
import { writeOneDocument } from './oneDocument';
import { sha256 } from './manifest';
import { provenanceOf } from './provenance';
import { labelsOf, openSession } from './records';
import { refused, startRun, type OrRefusal } from './run';
import { decodeReport, reportRows } from './reportFile';
import type { DocumentContext, DocumentResult, Written } from './types';

export interface AttendanceImportRequest {
  sessionId: string;
  /** The report file (absolute, or relative to `cwd`). */
  report: string;
  dryRun?: boolean;
}

export interface AttendanceReportRequest {
  sessionId: string;
  /** Default `<output>/<session>/releve-connexions-<session>.pdf`. */
  out?: string;
}

/** What an import did: the written files (session record, kept report) and the lines that tell the result. */
export type AttendanceImportResult =
  | (Written & { summary: string[]; plan: AttendancePlan; layout: ReportLayout })
  | (DocumentResult & { status: 'refused' });

const KEPT_FOLDER = 'connexions';

/** A report's rows read and its layout recognised, or the refusal that says why not. */
function readSource(
  ctx: DocumentContext,
  file: string,
  bytes: Uint8Array,
  days: ReadonlySet<string>,
): OrRefusal<ReportSource> {
  const w = attendanceWords(ctx.workspace.config.locale);
  const text = decodeReport(bytes);
  if (text === undefined) return { ok: false, refusal: { kind: 'usage', message: w.notText(file) } };
  let rows;
  try {
    rows = reportRows(text);
  } catch (e) {
    return { ok: false, refusal: { kind: 'usage', message: w.unreadableReport(file, (e as Error).message) } };
  }
  const read = readReport(rows, { zone: ctx.workspace.config.timezone, days });
  if (!read.ok) {
    const expected = (Object.keys(EXPECTED_COLUMNS) as ReportLayout[])
      .map((k) => `${w.layout[k]}: ${EXPECTED_COLUMNS[k].join(', ')}`)
      .join(' | ');
    return {
      ok: false,
      refusal: { kind: 'usage', message: w.unknownLayout(file, read.firstRow.slice(0, 8).join(', '), expected) },
    };
  }
  return { ok: true, value: { file, sha256: sha256(bytes), report: read.report } };
}

function sessionDays(data: Record<string, unknown>): Set<string> {
  return new Set(slotsOf(data).map((s) => s.date));
}

export async function importAttendance(
  ctx: DocumentContext,
  request: AttendanceImportRequest,
): Promise<AttendanceImportResult> {
  const ws = ctx.workspace;
  const w = attendanceWords(ws.config.locale);
  const opened = openSession(ws, request.sessionId);
  if (!opened.ok) return refused(opened.refusal);
  const { file: recordPath, session } = opened.value;
  const data = ws.record(request.sessionId, 'session')?.data ?? {};
  const reportPath = path.resolve(ctx.cwd ?? ctx.dir, request.report);
  const shown = shownPath(ctx.cwd ?? ctx.dir, reportPath);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(reportPath);
  } catch (e) {
    return refused({
      kind: 'usage',
      message: w.unreadableReport(shown, (e as NodeJS.ErrnoException).code ?? String(e)),
    });
  }
  const source = readSource(ctx, path.basename(reportPath), bytes, sessionDays(data));
  if (!source.ok) return refused(source.refusal);
  const run = startRun(ctx);
  const { report } = source.value;
  const summary = [w.detected(shown, w.layout[report.layout], report.connections.length)];
  if (report.unreadable.length)
    run.warn(w.unreadableRows(shown, report.unreadable.map((u) => `${u.line} (${u.value || '∅'})`).join(', ')));
  const plan = attendancePlan(data, session.facilitators, [source.value], ws.config.remote_threshold);
  if (!plan.slots.some((s) => s.sources.length)) return run.refused({ kind: 'state', message: w.noSlotCovered(shown) });
  summary.push(...planSummary(plan, ws.config.locale));

  const slotCount = list(data.slots).length;
  const text = ws.textOf(recordPath) ?? '';
  const edit = attendanceEdit(text, plan, slotCount);
  if (request.dryRun) {
    summary.push(w.dryRun(recordPath));
    return { ...run.done(), summary, plan, layout: report.layout };
  }
  const kept = await outputFolder(ctx, safeSegment(request.sessionId), KEPT_FOLDER);
  if (!kept.ok) return run.refused(kept.refusal);
  const failed = await writeDocumentFiles(ctx, run, kept.value, [{ name: keptName(reportPath), bytes }]);
  if (failed) return run.refused(failed);
  if (!edit) summary.push(w.unchanged(recordPath));
  else {
    const file = path.join(ctx.dir, ...recordPath.split('/'));
    try {
      const onDisk = await fs.readFile(file, 'utf8');
      // The edit was made for the text the workspace read: a file changed since is left alone.
      if (onDisk !== text) return run.refused({ kind: 'state', message: w.changedMeanwhile(recordPath) });
      const next = applyEdits(text, [edit]);
      await replaceFile(file, next);
      await ws.update(recordPath, next);
    } catch (e) {
      return run.refused({
        kind: 'output',
        message: w.notWritten(recordPath, (e as NodeJS.ErrnoException).code ?? String(e)),
      });
    }
    run.wrote(file);
    summary.push(
      w.written(recordPath, plan.participants.filter((p) => p.slots.some((s) => s.after !== s.before)).length),
    );
  }
  return { ...run.done(), summary, plan, layout: report.layout };
}

/** The kept copy's name: the report's own, made safe (`.csv` kept). */
function keptName(reportPath: string): string {
  const base = path.basename(reportPath);
  const ext = path.extname(base).toLowerCase();
  return `${slug(base.slice(0, base.length - ext.length), 'rapport')}${/^\.(csv|txt|tsv)$/.test(ext) ? ext : '.csv'}`;
}

/** The reports kept for a session, read again (their bytes are the evidence). */
async function keptReports(
  ctx: DocumentContext,
  id: string,
  days: ReadonlySet<string>,
): Promise<OrRefusal<ReportSource[]>> {
  const segments = outputSegments(ctx.workspace.config.output) ?? [];
  const dir = path.join(await fs.realpath(ctx.dir), ...segments, safeSegment(id), KEPT_FOLDER);
  const names = (await fs.readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  const sources: ReportSource[] = [];
  for (const name of names) {
    const read = readSource(ctx, name, await fs.readFile(path.join(dir, name)), days);
    if (!read.ok) return read;
    sources.push(read.value);
  }
  return { ok: true, value: sources };
}

/** The relevé de connexions: per participant and slot, from the reports kept for the session. */
export async function connectionLog(ctx: DocumentContext, request: AttendanceReportRequest): Promise<DocumentResult> {
  const ws = ctx.workspace;
  const w = attendanceWords(ws.config.locale);
  const id = request.sessionId;
  const opened = openSession(ws, id);
  if (!opened.ok) return refused(opened.refusal);
  const { file, session } = opened.value;
  const data = ws.record(id, 'session')?.data ?? {};
  const sources = await keptReports(ctx, id, sessionDays(data));
  if (!sources.ok) return refused(sources.refusal);
  if (!sources.value.length)
    return refused({ kind: 'state', message: w.noReports(id, `atelier attendance import ${id} REPORT.csv`) });
  const run = startRun(ctx);
  const plan = attendancePlan(data, session.facilitators, sources.value, ws.config.remote_threshold);
  const doc = connectionLogPdf({ session, plan, sources: sources.value, provenance: await provenanceOf(ctx, file) });
  const missing = await missingGlyphs(doc.content);
  const failed = await writeOneDocument(
    ctx,
    run,
    request.out,
    [safeSegment(id)],
    `releve-connexions-${safeSegment(id)}.pdf`,
    await renderPdf(doc),
  );
  if (failed) return run.refused(failed);
  if (missing.length) run.warn(labelsOf(ws).missingGlyphs(missing.join(' '), file));
  return run.done();
}
