/** Documents from VS Code: the palette commands write real files a coordinator can hand over. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';

const EXTENSION_ID = 'atelier-coop.atelier';
const uriOf = (rel: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...rel.split('/'));

/** What a document command returns to its caller (src/extension/documents/runDocument.ts). */
interface DocumentOutcome {
  status: number;
  written: vscode.Uri[];
  messages: string;
  saved: vscode.Uri[];
}

async function ready(): Promise<void> {
  const ext = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID)!;
  await (
    await ext.activate()
  ).ready;
}

suite('documents', () => {
  test('Generate sign-in sheet refuses a cancelled session, offers a past one as a duplicate, and writes the PDF', async () => {
    await ready();
    const cancelled = await vscode.commands.executeCommand<DocumentOutcome>(
      'atelier.generateSigninSheet',
      uriOf('sessions/2026-12-10-consentement-inter-nantes.md'),
    );
    assert.equal(cancelled.status, 1);
    assert.equal(cancelled.written.length, 0);
    assert.match(cancelled.messages, /est annulée : une session annulée n'a pas de feuille d'émargement/);
    const past = await vscode.commands.executeCommand<DocumentOutcome>(
      'atelier.generateSigninSheet',
      uriOf('sessions/2026-03-12-atelier-lyon.md'),
    );
    assert.equal(past.status, 1);
    assert.equal(past.written.length, 0);
    assert.match(past.messages, /a commencé le jeudi 12 mars 2026, avant aujourd'hui/);
    // What the warning's "Print a duplicate" button does.
    const r = await vscode.commands.executeCommand<DocumentOutcome>(
      'atelier.generateSigninSheet',
      uriOf('sessions/2026-03-12-atelier-lyon.md'),
      true,
    );
    assert.equal(r.status, 0, r.messages);
    assert.equal(r.written.length, 1);
    assert.match(r.written[0].path, /generated\/2026-03-12-atelier-lyon\/emargement-2026-03-12-atelier-lyon\.pdf$/);
    const bytes = fs.readFileSync(r.written[0].fsPath);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.ok(bytes.length > 10000, `${bytes.length} bytes: the font is embedded`);
  });

  test('Generate certificates writes one PDF per participant present', async () => {
    await ready();
    const r = await vscode.commands.executeCommand<DocumentOutcome>(
      'atelier.generateCertificates',
      uriOf('sessions/2026-03-12-atelier-lyon.md'),
    );
    assert.equal(r.status, 0, r.messages);
    assert.equal(r.written.length, 8);
    for (const u of r.written) assert.equal(fs.readFileSync(u.fsPath).subarray(0, 5).toString(), '%PDF-');
  });

  test('Generate certificates of completion on a mission row adds up the sessions of the mission', async () => {
    await ready();
    const r = await vscode.commands.executeCommand<DocumentOutcome>('atelier.generateMissionCertificates', {
      resourceUri: uriOf('missions/2026-terre-vivante.md'),
    });
    assert.equal(r.status, 0, r.messages);
    assert.equal(r.written.length, 8);
    for (const u of r.written)
      assert.match(u.path, /generated\/2026-terre-vivante\/certificats\/certificat-[a-z0-9-]+\.pdf$/);
  });

  test('Generate quote, convention and programme sheet act on the Quotes view row clicked', async () => {
    await ready();
    const row = { resourceUri: uriOf('quotes/d-2026-034-vallee-verte.md') };
    const quote = await vscode.commands.executeCommand<DocumentOutcome>('atelier.generateQuote', row);
    assert.equal(quote.status, 0, quote.messages);
    assert.match(quote.written[0].path, /generated\/d-2026-034-vallee-verte\/devis-d-2026-034-vallee-verte\.pdf$/);
    assert.equal(fs.readFileSync(quote.written[0].fsPath).subarray(0, 5).toString(), '%PDF-');
    // The sample's planned sessions do not add up to the programme's hours: made only when forced.
    const convention = await vscode.commands.executeCommand<DocumentOutcome>('atelier.generateConvention', row, true);
    assert.equal(convention.status, 0, convention.messages);
    assert.match(convention.written[0].path, /convention-d-2026-034-vallee-verte\.pdf$/);
    const sheet = await vscode.commands.executeCommand<DocumentOutcome>('atelier.generateProgrammeSheet', row);
    assert.equal(sheet.status, 0, sheet.messages);
    assert.match(
      sheet.written[0].path,
      /generated\/outils-numeriques-ethiques\/programme-outils-numeriques-ethiques\.pdf$/,
    );
  });

  test('a document saves the unsaved editor of the session it reads, and leaves other records unsaved', async () => {
    await ready();
    const session = await vscode.workspace.openTextDocument(uriOf('sessions/2026-03-12-atelier-lyon.md'));
    const other = await vscode.workspace.openTextDocument(uriOf('sessions/2026-11-05-accueil-vallee-verte.md'));
    const otherOnDisk = fs.readFileSync(other.uri.fsPath, 'utf8');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(session.uri, session.positionAt(session.getText().length), '\nNote ajoutée avant la feuille.\n');
    edit.insert(other.uri, other.positionAt(other.getText().length), '\nNote à ne pas enregistrer.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(session.isDirty && other.isDirty);

    // The session is past: its sheet is a duplicate (the plain command refuses it, as the next test shows).
    const r = await vscode.commands.executeCommand<DocumentOutcome>('atelier.generateSigninSheet', session.uri, true);
    assert.equal(r.status, 0, r.messages);
    assert.equal(r.written.length, 1);
    assert.deepEqual(
      r.saved.map((u) => u.toString()),
      [session.uri.toString()],
    );
    assert.equal(session.isDirty, false, 'the session read by the sheet is saved');
    assert.ok(fs.readFileSync(session.uri.fsPath, 'utf8').includes('Note ajoutée avant la feuille.'));
    assert.equal(other.isDirty, true, 'another record stays unsaved');
    assert.equal(fs.readFileSync(other.uri.fsPath, 'utf8'), otherOnDisk);

    // Leave the other record as it was on disk for the next tests.
    const back = new vscode.WorkspaceEdit();
    back.replace(
      other.uri,
      new vscode.Range(other.positionAt(0), other.positionAt(other.getText().length)),
      otherOnDisk,
    );
    assert.ok(await vscode.workspace.applyEdit(back));
    assert.ok(await other.save());
  });

  test('Compose emails opens the preview of each recipient', async () => {
    await ready();
    const preview = await vscode.commands.executeCommand<{ panel: vscode.WebviewPanel; shown: Promise<number> }>(
      'atelier.composeEmails',
      uriOf('sessions/2026-11-05-accueil-vallee-verte.md'),
      'bienvenue-apres-achat',
    );
    assert.ok(preview, 'no panel');
    const panel = preview.panel;
    // The webview's own script asked for the messages: it loaded under the strict CSP.
    assert.equal(await preview.shown, 11);
    assert.equal(panel.title, 'Emails: bienvenue-apres-achat');
    assert.equal(panel.webview.options.enableScripts, true);
    assert.ok(panel.webview.html.includes("default-src 'none'"), 'strict CSP');
  });
});
