/**
 * "Compose emails…": pick a template and a session, preview the mail of each recipient in a
 * webview, then write the .eml files (through the document service) and reveal them. The preview
 * and the writer share the service's `prepareEmails`: the preview refuses what the writer refuses.
 */
import * as vscode from 'vscode';
import { sessionModel } from '../../core';
import type { HostToView, PreviewLabels, ViewToHost } from '../../webview/emailPreview/protocol';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import { pickSession } from './documentCommands';
import { documentService } from './documentService';
import { filesWritten, refusalLines, report, runDocument } from './runDocument';

function labels(): PreviewLabels {
  const t = vscode.l10n.t;
  return {
    recipient: t('Recipient'),
    from: t('From'),
    to: t('To'),
    subject: t('Subject'),
    html: t('HTML part'),
    text: t('Text part'),
    write: t('Write the .eml files'),
    empty: t('No recipient for this template and session.'),
  };
}

async function pickTemplate(root: AtelierRoot): Promise<string | undefined> {
  const items = root.workspace
    .records()
    .filter((r) => r.type === 'email-template')
    .map((r) => ({
      label: String(r.facts?.name ?? r.id),
      description: `${r.id} · ${String(r.facts?.audience ?? '')}`,
      id: r.id,
    }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Which email template?') }))?.id;
}

/** The HTML of the webview: strict CSP with a nonce, resources only from dist/webview. */
function page(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = Array.from(
    { length: 32 },
    () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)],
  ).join('');
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name));
  const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'; frame-src 'self'; img-src ${webview.cspSource} data:`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${asset('emailPreview.css')}"></head><body><main id="app"></main><script nonce="${nonce}" src="${asset('emailPreview.js')}"></script></body></html>`;
}

export interface EmailPreview {
  panel: vscode.WebviewPanel;
  /** The session whose emails are previewed. */
  sessionId: string;
  /** Resolves with the number of messages once the webview's script runs and shows them. */
  shown: Promise<number>;
}

export async function composeEmailsCommand(
  roots: AtelierRoots,
  extensionUri: vscode.Uri,
  log: vscode.LogOutputChannel,
  arg?: unknown,
  templateId?: string,
): Promise<EmailPreview | undefined> {
  const s = await pickSession(roots, arg);
  const template = s && (templateId ?? (await pickTemplate(s.root)));
  if (!s || !template) return undefined;
  const panel = vscode.window.createWebviewPanel(
    'atelier.emailPreview',
    vscode.l10n.t('Emails: {0}', template),
    vscode.ViewColumn.Active,
    {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
      retainContextWhenHidden: true,
    },
  );
  panel.webview.html = page(panel.webview, extensionUri);
  const post = (m: HostToView) => panel.webview.postMessage(m);
  let shown: (count: number) => void = () => undefined;
  const shownPromise = new Promise<number>((resolve) => (shown = resolve));
  panel.webview.onDidReceiveMessage(async (m: ViewToHost) => {
    if (m.type === 'ready') {
      const message = preview(s.root, s.id, template);
      await post(message);
      shown(message.type === 'show' ? message.messages.length : 0);
    }
    if (m.type === 'write') {
      const write = (force: boolean) =>
        runDocument(roots, s.root, log, { document: 'emails', templateId: template, sessionId: s.id }, (service, ctx) =>
          service.emails(ctx, { templateId: template, sessionId: s.id, force }),
        );
      let outcome = await write(false);
      // The template's `when` or a cancelled session: the user may write it anyway, as --force does.
      if (outcome.refusal?.kind === 'state') {
        const anyway = vscode.l10n.t('Write anyway');
        const pick = await vscode.window.showWarningMessage(outcome.messages, { modal: false }, anyway);
        if (pick === anyway) outcome = await write(true);
      }
      void post({
        type: 'written',
        summary:
          outcome.status === 0
            ? filesWritten(
                outcome.written.length,
                vscode.workspace.asRelativePath(vscode.Uri.joinPath(outcome.written[0] ?? s.root.uri, '..')),
              )
            : outcome.messages,
      });
      report(outcome, vscode.l10n.t('Emails'));
    }
  });
  return { panel, sessionId: s.id, shown: shownPromise };
}

/** The rendered messages, or why there are none: the writer's own refusal, in its words. */
function preview(root: AtelierRoot, sessionId: string, templateId: string): HostToView {
  const ws = root.workspace;
  const tpl = ws.record(templateId, 'email-template');
  const session = sessionModel(ws, sessionId);
  const title = `${String(tpl?.data.name ?? templateId)} — ${session?.title ?? sessionId}`;
  const asked = documentService().prepareEmails(ws, { templateId, sessionId });
  // Out of its `when` or for a cancelled session: shown, with why, since writing it stays possible.
  const untimely = asked.status === 'refused' && asked.refusal.kind === 'state' ? asked.refusal.message : undefined;
  const prepared = untimely ? documentService().prepareEmails(ws, { templateId, sessionId, force: true }) : asked;
  if (prepared.status === 'refused') {
    const lines = refusalLines(prepared.refusal);
    return {
      type: 'show',
      title,
      messages: [],
      warnings: lines.slice(0, -1),
      refusal: lines[lines.length - 1],
      labels: labels(),
    };
  }
  return {
    type: 'show',
    title,
    messages: prepared.messages.map((m) => ({
      from: m.from,
      to: m.to.name ? `${m.to.name} <${m.to.address}>` : m.to.address,
      subject: m.subject,
      html: m.html,
      text: m.text,
    })),
    warnings: untimely ? [untimely, ...prepared.warnings] : prepared.warnings,
    labels: labels(),
  };
}
