/** Hovering a front-matter line says who last changed it, when, and in which commit (git blame). */
import * as vscode from 'vscode';
import { dayInZone } from '../../core';
import { blameLines, headCommit, type BlameLine } from '../../node/blame';
import type { AtelierRoots } from '../atelierRoots';
import { readSettings } from '../settings';

interface Cached {
  /** HEAD and the document version the blame was made for. */
  key: string;
  lines: Promise<Map<number, BlameLine> | undefined>;
}

export class BlameHover implements vscode.HoverProvider, vscode.Disposable {
  /** One blame of the whole front matter per file, HEAD and version: hovering line after line asks git once. */
  private readonly cache = new Map<string, Cached>();
  private readonly closing: vscode.Disposable;

  constructor(private readonly roots: AtelierRoots) {
    this.closing = vscode.workspace.onDidCloseTextDocument((doc) => this.cache.delete(doc.uri.toString()));
  }

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!readSettings().blameInHover) return undefined;
    const at = this.roots.locate(doc.uri);
    const end = frontMatterEnd(doc);
    if (!at || pos.line === 0 || pos.line >= end || doc.lineAt(pos.line).isEmptyOrWhitespace) return undefined;
    const dir = at.root.uri.fsPath;
    const head = await headCommit(dir);
    if (!head) return undefined; // not in git, or nothing committed: nothing to say
    const key = `${head}@${doc.version}`;
    let cached = this.cache.get(doc.uri.toString());
    if (cached?.key !== key) {
      // The buffer's text: line numbers are those on screen, unsaved lines are "not committed yet".
      cached = { key, lines: blameLines(dir, at.rel, doc.getText(), 2, end) };
      this.cache.set(doc.uri.toString(), cached);
    }
    // A file git does not track yet has no committed line at all.
    const line = (await cached.lines)?.get(pos.line + 1);
    const md = new vscode.MarkdownString();
    if (!line || !line.committed) md.appendText(vscode.l10n.t('Not committed yet'));
    else
      md.appendText(
        vscode.l10n.t(
          'Last change: {0}, {1} — {2} ({3})',
          line.author,
          dayInZone(line.date, at.root.workspace.config.timezone),
          line.subject,
          line.hash.slice(0, 7),
        ),
      );
    return new vscode.Hover(md, doc.lineAt(pos.line).range);
  }

  dispose(): void {
    this.closing.dispose();
    this.cache.clear();
  }
}

/** The line index of the closing `---` of the front matter (0 when there is none). */
function frontMatterEnd(doc: vscode.TextDocument): number {
  if (doc.lineCount < 2 || doc.lineAt(0).text.trimEnd() !== '---') return 0;
  for (let i = 1; i < doc.lineCount; i++) if (/^(---|\.\.\.)\s*$/.test(doc.lineAt(i).text)) return i;
  return 0;
}
