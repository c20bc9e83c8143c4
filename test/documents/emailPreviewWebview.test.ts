/** The email preview webview, loaded as a page in headless Chromium with a stand-in for VS Code's API. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import type { HostToView } from '../../src/webview/emailPreview/protocol';
import { tempDir } from '../helpers/temp';

const DIST = path.join(__dirname, '..', '..', 'dist', 'webview');

const SHOW: HostToView = {
  type: 'show',
  title: 'Bienvenue — <script>alert(1)</script>',
  warnings: ['{{ session.place }} est vide'],
  labels: {
    recipient: 'Destinataire',
    from: 'De',
    to: 'À',
    subject: 'Objet',
    html: 'Version HTML',
    text: 'Version texte',
    write: 'Écrire les fichiers .eml',
    empty: 'Aucun destinataire',
  },
  messages: [
    {
      from: 'Coop <contact@coop.example>',
      to: '<img src=x onerror=alert(1)> <a@example.org>',
      subject: 'Bonjour Anne',
      html: '<!DOCTYPE html><html><body><p>Bonjour <strong>Anne</strong></p></body></html>',
      text: 'Bonjour Anne\n',
    },
    {
      from: 'Coop <contact@coop.example>',
      to: 'Léa Nguyễn <lea@example.org>',
      subject: 'Bonjour Léa',
      html: '<!DOCTYPE html><html><body><p>Bonjour <strong>Léa</strong></p></body></html>',
      text: 'Bonjour Léa\n',
    },
  ],
};

function page(): string {
  const stub = `window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => { window.__posted.push(m); if (m.type === 'ready') setTimeout(() => window.postMessage(${JSON.stringify(SHOW).replace(/</g, '\\u003c')}, '*'), 0); }, getState: () => undefined, setState: (s) => (window.__state = s) });`;
  return `<!DOCTYPE html><html><head><style>${fs.readFileSync(path.join(DIST, 'emailPreview.css'), 'utf8')}</style></head><body><main id="app"></main><script>${stub}</script><script>${fs.readFileSync(path.join(DIST, 'emailPreview.js'), 'utf8')}</script></body></html>`;
}

describe('email preview webview (Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;
  const dir = tempDir('atelier-preview-');
  // Launching Chromium takes what a busy machine makes it take: no mocha limit on these hooks
  // (Playwright's launch has its own timeout).
  before(async function () {
    this.timeout(0);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  after(async function () {
    this.timeout(0);
    await browser?.close();
  });

  it("shows each recipient's mail, switches recipients, keeps every value inert, and asks to write", async () => {
    const file = path.join(dir, 'preview.html');
    fs.writeFileSync(file, page());
    const p = await browser.newPage();
    const dialogs: string[] = [];
    p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await p.goto(`file://${file}`);
    await p.waitForSelector('.subject');
    assert.strictEqual(await p.textContent('h1'), 'Bienvenue — <script>alert(1)</script>');
    assert.strictEqual(await p.textContent('.subject'), 'Bonjour Anne');
    assert.strictEqual(await p.locator('img').count(), 0, 'the name stays text');
    assert.match((await p.textContent('.header')) ?? '', /<img src=x onerror=alert\(1\)> <a@example\.org>/);
    assert.strictEqual(await p.frameLocator('iframe.html').locator('strong').textContent(), 'Anne');
    await p.selectOption('#recipient', '1');
    assert.strictEqual(await p.textContent('.subject'), 'Bonjour Léa');
    assert.strictEqual(await p.textContent('pre.text'), 'Bonjour Léa\n');
    await p.click('#write');
    assert.deepStrictEqual(await p.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted), [
      { type: 'ready' },
      { type: 'write' },
    ]);
    assert.deepStrictEqual(dialogs, []);
    // To look at: dist-test/email-preview.png.
    fs.mkdirSync(path.join(DIST, '..', '..', 'dist-test'), { recursive: true });
    await p.screenshot({ path: path.join(DIST, '..', '..', 'dist-test', 'email-preview.png') });
  });
});
