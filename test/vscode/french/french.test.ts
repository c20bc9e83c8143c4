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
  test('VS Code runs in French and the views follow', async () => {
    assert.equal(vscode.env.language, 'fr');
    const a = await api();
    const groups = (await a.trees.sessions.getChildren!()) as { item: vscode.TreeItem }[];
    assert.deepEqual(
      groups.map((g) => g.item.label),
      ['Cette semaine', 'À venir', 'Passées'],
    );
    const quotes = (await a.trees.quotes.getChildren!()) as { item: vscode.TreeItem }[];
    assert.ok(
      quotes.some((q) => q.item.label === 'accepté'),
      quotes.map((q) => q.item.label).join(', '),
    );
    // The group's total carries the recurring part, in French, as the dashboard writes it.
    assert.match(String(quotes.find((q) => q.item.label === 'accepté')?.item.description), /TTC \+ .+ \/ semaine$/);
    const missions = (await a.trees.missions.getChildren!()) as {
      item: vscode.TreeItem;
      children?: { item: vscode.TreeItem }[];
    }[];
    assert.match(String(missions[0].children?.[0]?.item.description), /planifiée\(s\) \/ \d+ commandée\(s\)/);
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
