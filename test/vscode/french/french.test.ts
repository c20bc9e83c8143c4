/** The extension in a VS Code set to French: its own texts (views, commands, messages) speak French. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { AtelierApi } from '../../../src/extension/extension';

async function api(): Promise<AtelierApi> {
  const a = await vscode.extensions.getExtension<AtelierApi>('atelier-coop.atelier')!.activate();
  await a.ready;
  return a;
}

suite('en français', () => {
  test('VS Code runs in French and the views follow, in words', async () => {
    assert.equal(vscode.env.language, 'fr');
    const a = await api();
    type Row = { item: vscode.TreeItem; children?: Row[] };
    const groups = (await a.trees.sessions.getChildren!()) as Row[];
    assert.deepEqual(
      groups.map((g) => g.item.label),
      ['7 prochains jours', 'À venir', 'Passées'],
    );
    assert.ok(groups[2].children!.some((m) => m.item.label === 'Novembre 2026'));
    const quotes = (await a.trees.quotes.getChildren!()) as Row[];
    assert.ok(
      quotes.some((q) => q.item.label === 'Accepté'),
      quotes.map((q) => q.item.label).join(', '),
    );
    // The group's total carries the recurring part, in French, as the dashboard writes it.
    assert.match(String(quotes.find((q) => q.item.label === 'Accepté')?.item.description), /TTC \+ .+ \/ semaine$/);
    const missions = (await a.trees.missions.getChildren!()) as Row[];
    assert.match(String(missions[0].children?.[0]?.item.description), /^\d+ \/ \d+ · \d+ sessions? réalisées?$/);
    const valleeVerte = missions.find((m) => /2026-vallee-verte-numerique/.test(String(m.item.resourceUri)));
    assert.match((valleeVerte!.item.tooltip as vscode.MarkdownString).value, /\*\*Canal de vente\*\*: partenaire/);

    // Every row of every view, with its tooltip: words, no enum value, no "(s)".
    const texts: string[] = [];
    for (const tree of Object.values(a.trees)) {
      const walk = async (parent?: unknown): Promise<void> => {
        for (const node of (await tree.getChildren!(parent)) ?? []) {
          const item = await tree.getTreeItem(node);
          const tip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : (item.tooltip ?? '');
          // The file path at the end of a tooltip is the record's id: not a word to check.
          texts.push(`${String(item.label)} | ${String(item.description ?? '')} | ${tip.replace(/`[^`]*`/g, '')}`);
          await walk(node);
        }
      };
      await walk();
    }
    // Whole words only: "présent·es" holds "sent" (é is no \w for a plain \b).
    const raw =
      /(?<![\p{L}-])(welcome-webinar|follow-up-webinar|closing-webinar|training-day|workshop|planned|launched|done|cancelled|draft|validated|sent|accepted|refused|expired|open|closed|partner|marketplace)(?![\p{L}-])|\(s\)/u;
    assert.deepEqual(
      texts.flatMap((t) => {
        const m = raw.exec(t);
        return m ? [`${m[0]} in ${t}`] : [];
      }),
      [],
    );
  });

  test('the commands have their French titles', async () => {
    await api();
    type Title = string | { original: string; value: string };
    const pkg = vscode.extensions.getExtension('atelier-coop.atelier')!.packageJSON as {
      contributes: { commands: { command: string; title: Title }[] };
    };
    const text = (t: Title | undefined) => (typeof t === 'object' ? t.value : t);
    // VS Code resolves the %keys% of package.json with package.nls.fr.json in French.
    assert.equal(
      text(pkg.contributes.commands.find((c) => c.command === 'atelier.newSession')?.title),
      'Nouvelle session',
    );
    assert.equal(
      text(pkg.contributes.commands.find((c) => c.command === 'atelier.generateSigninSheet')?.title),
      "Produire la feuille d'émargement",
    );
  });

  test('diagnostics follow the workspace language (fr in the sample)', async () => {
    const a = await api();
    const ws = a.roots.all()[0].workspace;
    const file = 'sessions/2026-03-12-atelier-lyon.md';
    await ws.update(file, (ws.textOf(file) ?? '').replace('kind: workshop', 'kind: atelier'));
    assert.match(ws.diagnosticsOf(file)[0].message, /« atelier » n'est pas une valeur permise pour « kind »/);
  });
});
