/** The VS Code extension: an adapter over the core (the full editor features come with the extension issue). */
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('atelier.validateWorkspace', () => undefined));
}

export function deactivate(): void {}
