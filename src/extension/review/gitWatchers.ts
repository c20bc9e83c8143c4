/** Watches each repository's HEAD and index: a commit, checkout or stage changes what the review sees. */
import * as vscode from 'vscode';
import { gitDir } from '../../node/reviewBase';

export class GitWatchers implements vscode.Disposable {
  /** By watched folder path. */
  private readonly watchers = new Map<string, vscode.Disposable>();
  /** Roots whose repository is found: git is not asked again on every review. */
  private readonly found = new Set<string>();

  constructor(private readonly changed: () => void) {}

  /** Watches the root's own .git (even before `git init`) and the repository's git folder if elsewhere. */
  async watch(root: vscode.Uri): Promise<void> {
    this.add(vscode.Uri.joinPath(root, '.git'));
    if (this.found.has(root.fsPath)) return;
    const dir = await gitDir(root.fsPath);
    if (!dir) return;
    this.add(vscode.Uri.file(dir));
    this.found.add(root.fsPath);
  }

  private add(folder: vscode.Uri): void {
    if (this.watchers.has(folder.fsPath)) return;
    const w = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.joinPath(folder, '..'), `${folder.path.split('/').pop()}/{HEAD,index}`),
    );
    const subs = [w.onDidChange(this.changed), w.onDidCreate(this.changed), w.onDidDelete(this.changed)];
    this.watchers.set(folder.fsPath, vscode.Disposable.from(w, ...subs));
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
  }
}
