/** Shared pieces of the Atelier tree views: a refreshing provider and record items. */
import * as vscode from 'vscode';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';

export interface Node {
  item: vscode.TreeItem;
  children?: Node[];
}

/** A tree whose nodes are rebuilt from the roots whenever the index changes. */
export abstract class RecordTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  private cache: Node[] | undefined;

  constructor(protected readonly roots: AtelierRoots) {
    this.subscription = roots.onDidChange(() => {
      this.cache = undefined;
      this.emitter.fire(undefined);
    });
  }

  protected abstract build(root: AtelierRoot): Node[];

  getTreeItem(node: Node): vscode.TreeItem {
    return node.item;
  }

  getChildren(node?: Node): Node[] {
    if (node) return node.children ?? [];
    this.cache ??= this.roots.all().flatMap((r) => this.build(r));
    return this.cache;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

export function group(label: string, children: Node[], description?: string, expanded = true): Node {
  const item = new vscode.TreeItem(
    label,
    expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
  );
  item.description = description;
  item.contextValue = 'group';
  return { item, children };
}

/** A leaf that opens a record file when clicked. */
export function recordItem(
  root: AtelierRoot,
  path: string,
  label: string,
  description: string | undefined,
  icon: vscode.ThemeIcon,
  contextValue: string,
): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  const uri = vscode.Uri.joinPath(root.uri, ...path.split('/'));
  item.resourceUri = uri;
  item.description = description;
  item.iconPath = icon;
  item.contextValue = contextValue;
  item.tooltip = `${label}\n${path}`;
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
  return item;
}

/** Text shown as itself in Markdown (a title with a `*` or a `[` stays a title). */
const escaped = (text: string) => text.replace(/[\\`*_[\]<>|]/g, '\\$&');

/** A row's tooltip in Markdown: the record's name in bold, its key facts one a line, then its file. */
export function factsTooltip(
  title: string,
  facts: readonly (readonly [string, string | undefined])[],
  path: string,
): vscode.MarkdownString {
  const lines = facts.filter(([, value]) => value).map(([label, value]) => `**${escaped(label)}**: ${escaped(value!)}`);
  return new vscode.MarkdownString(
    [`**${escaped(title)}**`, '', lines.join('  \n'), '', `\`${path.replace(/`/g, '')}\``].join('\n'),
  );
}
