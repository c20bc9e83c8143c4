/** Messages between the email preview webview and the extension, shared by both sides. */

export interface PreviewMessage {
  from: string;
  to: string;
  subject: string;
  /** The HTML part, a whole document; shown in a sandboxed frame. */
  html: string;
  text: string;
}

export interface PreviewLabels {
  recipient: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  write: string;
  empty: string;
}

export type HostToView =
  | {
      type: 'show';
      title: string;
      messages: PreviewMessage[];
      warnings: string[];
      /** Why the mails cannot be written (the writer's own sentence): shown instead of them, the write button disabled. */
      refusal?: string;
      labels: PreviewLabels;
    }
  | { type: 'written'; summary: string };

export type ViewToHost = { type: 'ready' } | { type: 'write' };
