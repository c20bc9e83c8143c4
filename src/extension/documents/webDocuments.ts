/**
 * The document service of the browser (vscode.dev, github.dev): sign-in sheets, attendance
 * certificates and e-mail drafts made in the web worker from the live workspace, and written
 * through `vscode.workspace.fs`, so they land in whatever file system the workspace is on. The
 * models and refusals are the desktop's (the core, src/node/documents' pure parts); what differs
 * is the PDF renderer (pdfmake's browser build) and the file writing. Quotes, conventions and
 * programme sheets stay on the desktop for now: they say so.
 */
import * as vscode from 'vscode';
import {
  CONFIG_FILE,
  certificatePdf,
  certificatePlan,
  fullName,
  outputSegments,
  provenanceText,
  safeSegment,
  sessionModel,
  sheetRefusal,
  sheetRefusalText,
  shortDate,
  signinSheetHtml,
  signinSheetModel,
  signinSheetPdf,
  slug,
  timeRange,
  uniqueNames,
  type Workspace,
} from '../../core';
import { warnIdentity } from '../../node/documents/identity';
import { prepareEmails } from '../../node/documents/prepareEmails';
import { labelsOf, openSession } from '../../node/documents/records';
import { refused, startRun, type OrRefusal, type Run } from '../../node/documents/run';
import type { DocumentContext, DocumentRequest, DocumentResult, Refusal } from '../../node/documents/types';
import type { AtelierRoots } from '../atelierRoots';
import { renderPdfInBrowser } from './browserPdf';
import type { DocumentService } from './documentService';
import { emlOf } from './webEml';

/** The id a request is about, to name it in messages and logs (as src/node/documents/inputs.ts). */
function requestSubject(request: DocumentRequest): string {
  if (request.document === 'quote' || request.document === 'convention') return request.quoteId;
  if (request.document === 'programme') return request.programmeId;
  if (request.document === 'emails') return `${request.templateId} ${request.sessionId}`;
  return request.document === 'certificates' ? (request.sessionId ?? request.missionId ?? '') : request.sessionId;
}

/** The files a session document reads (atelier.yaml, the session and every record its model looks up). */
function documentInputs(workspace: Workspace, request: DocumentRequest): string[] {
  const read = new Set<string>([CONFIG_FILE]);
  if (request.document === 'quote' || request.document === 'convention' || request.document === 'programme')
    return [...read];
  const sessionId = request.sessionId;
  if (!sessionId) return [...read];
  const named = request.document === 'emails' ? [sessionId, request.templateId] : [sessionId];
  for (const id of named) for (const r of workspace.filesWithId(id)) read.add(r.path);
  sessionModel(
    {
      config: workspace.config,
      record(id, type) {
        const found = workspace.record(id, type);
        if (found) read.add(found.path);
        return found;
      },
    },
    sessionId,
  );
  return [...read];
}

export function webDocumentService(roots: AtelierRoots): DocumentService {
  /** The folder of the workspace a context is about (the browser has no absolute paths). */
  const rootOf = (ctx: DocumentContext): vscode.Uri => {
    const root = roots.all().find((r) => r.workspace === ctx.workspace);
    if (!root) throw new Error('the document names a workspace that is not open');
    return root.uri;
  };

  /** `<workspace>/<output>/<segments…>`, created; refused when atelier.yaml's output leaves the workspace. */
  async function outputFolder(ctx: DocumentContext, ...segments: string[]): Promise<OrRefusal<vscode.Uri>> {
    const l = labelsOf(ctx.workspace);
    const output = outputSegments(ctx.workspace.config.output);
    if (!output)
      return { ok: false, refusal: { kind: 'config', message: l.outputOutside(ctx.workspace.config.output) } };
    const dir = vscode.Uri.joinPath(rootOf(ctx), ...output, ...segments);
    try {
      await vscode.workspace.fs.createDirectory(dir);
    } catch (e) {
      return { ok: false, refusal: failure(ctx, dir, e) };
    }
    return { ok: true, value: dir };
  }

  function failure(ctx: DocumentContext, dir: vscode.Uri, e: unknown, missing: readonly string[] = []): Refusal {
    const l = labelsOf(ctx.workspace);
    const shown = vscode.workspace.asRelativePath(dir);
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotADirectory')
      return { kind: 'output', message: l.notAFolder(shown) };
    if (e instanceof vscode.FileSystemError && e.code === 'FileIsADirectory')
      return { kind: 'output', message: l.isAFolder(shown) };
    const why =
      e instanceof vscode.FileSystemError && e.code === 'NoPermissions'
        ? l.notWritable
        : e instanceof Error
          ? e.message
          : String(e);
    return { kind: 'output', message: l.notWritten(shown, why, missing, missing.length) };
  }

  /**
   * Writes the files of a set: each to a temporary name first, then all renamed to their own, so
   * under its final name a document is complete or absent. A failure removes the temporary files.
   */
  async function writeFiles(
    ctx: DocumentContext,
    run: Run,
    dir: vscode.Uri,
    files: readonly { name: string; bytes: Uint8Array | string }[],
  ): Promise<Refusal | undefined> {
    const temps: vscode.Uri[] = [];
    const names = files.map((f) => f.name);
    try {
      for (const f of files) {
        const temp = vscode.Uri.joinPath(dir, `.${f.name}.web-${Math.random().toString(16).slice(2, 10)}.atelier-tmp`);
        await vscode.workspace.fs.writeFile(
          temp,
          typeof f.bytes === 'string' ? new TextEncoder().encode(f.bytes) : f.bytes,
        );
        temps.push(temp);
      }
    } catch (e) {
      await Promise.all(temps.map((t) => vscode.workspace.fs.delete(t).then(undefined, () => undefined)));
      return failure(ctx, dir, e, names);
    }
    for (const [i, temp] of temps.entries()) {
      const target = vscode.Uri.joinPath(dir, names[i]);
      try {
        await vscode.workspace.fs.rename(temp, target, { overwrite: true });
      } catch (e) {
        await Promise.all(temps.slice(i).map((t) => vscode.workspace.fs.delete(t).then(undefined, () => undefined)));
        return failure(ctx, dir, e, names.slice(i));
      }
      run.wrote(target.toString());
    }
    return undefined;
  }

  /** "Generated on … from …": the browser cannot ask git, so the record is named without a commit. */
  const provenanceOf = (ctx: DocumentContext, file: string) =>
    provenanceText({ date: ctx.workspace.today, path: file, git: { kind: 'not-in-git' } }, labelsOf(ctx.workspace));

  const desktopOnly = (): DocumentResult =>
    refused({
      kind: 'usage',
      message: vscode.l10n.t(
        'This document is made by VS Code on a computer for now; in the browser: sign-in sheets, attendance certificates and e-mail drafts.',
      ),
    });

  return {
    requestSubject,
    documentInputs,
    prepareEmails,

    async signinSheet(ctx, request) {
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
      // As the desktop: no sheet for a cancelled session, a past one's only as a duplicate.
      const refusal = sheetRefusal(session, ctx.workspace.today);
      if (refusal && (refusal.kind === 'cancelled' || !request.duplicate))
        return refused({
          kind: 'state',
          message: sheetRefusalText(session, refusal, l),
          offer: refusal.kind === 'past' ? 'duplicate' : undefined,
        });
      const run = startRun(ctx);
      warnIdentity(run, session.config, 'signinSheet');
      const sheet = signinSheetModel(session, facilitator, refusal ? ctx.workspace.today : undefined);
      if (sheet.group && sheet.ungrouped) run.warn(l.noGroup(sheet.ungrouped, fullName(sheet.group)));
      const provenance = provenanceOf(ctx, file);
      const folder = await outputFolder(ctx, safeSegment(id));
      if (!folder.ok) return run.refused(folder.refusal);
      const name = `emargement-${safeSegment(id)}${facilitator ? `-${safeSegment(facilitator)}` : ''}.${format}`;
      const bytes =
        format === 'html'
          ? signinSheetHtml(sheet, provenance)
          : await renderPdfInBrowser(signinSheetPdf(sheet, provenance));
      const failed = await writeFiles(ctx, run, folder.value, [{ name, bytes }]);
      return failed ? run.refused(failed) : run.done();
    },

    async certificates(ctx, request) {
      // The certificat de réalisation (the default, a session's or a mission's) is made on the desktop
      // for now; the attestation de présence of a session is made here.
      if (request.kind !== 'attestation' || !request.sessionId || request.draft) return desktopOnly();
      const id = request.sessionId;
      const opened = openSession(ctx.workspace, id);
      if (!opened.ok) return refused(opened.refusal);
      const { file, session } = opened.value;
      const l = labelsOf(ctx.workspace);
      const run = startRun(ctx);
      warnIdentity(run, session.config, 'certificate');
      const plan = certificatePlan(session);
      for (const s of plan.skipped)
        run.warn(l.skipped(fullName(s.participant), s.reason === 'never-present' ? l.neverPresent : l.noAttendance));
      if (!plan.certified.length) {
        run.warn(l.noCertificate);
        return run.done();
      }
      if (session.status && session.status !== 'done') run.warn(l.notDone(session.status));
      for (const u of plan.unrecorded) {
        const slots = u.slots.map((s) => `${shortDate(s.date, l)} ${timeRange(s.start, s.end, l)}`.trim());
        run.warn(
          l.unrecorded(slots.join(l.listSeparator), u.participants.map(fullName).join(', '), u.participants.length),
        );
      }
      const folder = await outputFolder(ctx, safeSegment(id), 'attestations');
      if (!folder.ok) return run.refused(folder.refusal);
      const provenance = provenanceOf(ctx, file);
      const names = uniqueNames(
        plan.certified.map(
          (p) => `attestation-${slug(`${p.last_name} ${p.first_name}`, slug(p.email, 'participant'))}`,
        ),
      );
      const files = [];
      for (const [i, participant] of plan.certified.entries())
        files.push({
          name: `${names[i]}.pdf`,
          bytes: await renderPdfInBrowser(
            certificatePdf({ session, participant, issued: ctx.workspace.today, provenance }),
          ),
        });
      const failed = await writeFiles(ctx, run, folder.value, files);
      return failed ? run.refused(failed) : run.done();
    },

    async emails(ctx, request) {
      const prepared = prepareEmails(ctx.workspace, request);
      if (prepared.status === 'refused') return refused(prepared.refusal);
      const run = startRun(ctx);
      for (const w of prepared.warnings) run.warn(w);
      const folder = await outputFolder(ctx, safeSegment(request.sessionId), 'emails', safeSegment(request.templateId));
      if (!folder.ok) return run.refused(folder.refusal);
      const now = new Date();
      const files = prepared.messages.map((m) => ({ name: `${m.fileStem}.eml`, bytes: emlOf(m, now) }));
      const failed = await writeFiles(ctx, run, folder.value, files);
      return failed ? run.refused(failed) : run.done();
    },

    quote: async () => desktopOnly(),
    convention: async () => desktopOnly(),
    programmeSheet: async () => desktopOnly(),
  };
}
