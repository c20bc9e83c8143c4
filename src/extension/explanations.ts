/**
 * Diagnostic codes link to their explanation (docs/codes/<locale>/<code>.md, shipped with the
 * extension). The link is a plain file URI, because the hover opens links without running commands;
 * when one of these files opens in a text editor, it is shown as a Markdown preview instead.
 */
import * as vscode from 'vscode';
import { EXPLANATIONS_FOLDER, explanationPath, type Locale } from '../core';

export class Explanations implements vscode.Disposable {
  private readonly folder: string;
  private readonly listener: vscode.Disposable;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.folder = vscode.Uri.joinPath(extensionUri, ...EXPLANATIONS_FOLDER.split('/')).toString() + '/';
    this.listener = vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && this.isExplanation(editor.document.uri)) void this.showAsPreview(editor.document.uri);
    });
  }

  /** Where a code in a language is explained. */
  target(code: string, locale: Locale): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, ...explanationPath(code, locale).split('/'));
  }

  isExplanation(uri: vscode.Uri): boolean {
    return uri.toString().startsWith(this.folder);
  }

  /** Replaces the text editor of an explanation by its preview (the text is the extension's, not the user's). */
  private async showAsPreview(uri: vscode.Uri): Promise<void> {
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    await vscode.window.tabGroups.close(tabs);
  }

  dispose(): void {
    this.listener.dispose();
  }
}
