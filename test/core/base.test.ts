import * as assert from 'assert';
import { openWorkspace, readFixture } from '../helpers/workspace';

describe('the base fixture', () => {
  it('is a valid workspace: every record indexed, no diagnostic', async () => {
    const ws = await openWorkspace(readFixture('base'));
    assert.deepStrictEqual(ws.diagnostics(), []);
    assert.strictEqual(ws.records().length, 10);
    assert.strictEqual(ws.fileCount, 12);
  });
});
