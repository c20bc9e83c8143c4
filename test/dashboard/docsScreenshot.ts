/**
 * docs/dashboard.png for the README: the dashboard on the sample workspace, light theme, top of the page.
 * Run: npx tsx test/dashboard/docsScreenshot.ts (not part of the tests; the picture is committed).
 */
import * as path from 'path';
import { loadWorkspace } from '../../src/node/loadWorkspace';
import { bundleWebview, startHarness } from './harness';

async function main(): Promise<void> {
  const root = path.join(__dirname, '..', '..');
  const ws = await loadWorkspace(path.join(root, 'sample-workspace'), {
    today: '2026-11-23',
    cache: false,
    workers: false,
  });
  const h = await startHarness(ws, await bundleWebview());
  try {
    await h.page.setViewportSize({ width: 1180, height: 1000 });
    await h.open('light');
    await h.page.screenshot({
      path: path.join(root, 'docs', 'dashboard.png'),
      clip: { x: 0, y: 0, width: 1180, height: 1000 },
    });
  } finally {
    await h.close();
  }
}

void main();
