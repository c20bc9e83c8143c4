/**
 * A workspace loads the same index whichever batch of files the workers finish first: rules that
 * list records (which accepted quote sells a programme…) then name the same record at every run.
 */
import * as assert from 'assert';
import { fixedClock, Workspace, type Analyzer, type WorkspaceFiles } from '../../src/core';
import { inProcessAnalyzer } from '../../src/core/analyzer';

/** 450 clients, three batches of the loader. */
function files(): WorkspaceFiles {
  const texts = new Map<string, Uint8Array>([['atelier.yaml', new TextEncoder().encode('locale: fr\n')]]);
  for (let i = 0; i < 450; i++)
    texts.set(
      `clients/client-${String(i).padStart(3, '0')}.md`,
      new TextEncoder().encode(`---\ntype: client\nname: Client ${i}\n---\n`),
    );
  return { list: async () => [...texts.keys()].reverse(), read: async (p) => texts.get(p)! };
}

/** Analyses in process, but the first batches asked answer last. */
function lastFirst(): Analyzer {
  let asked = 0;
  return {
    async analyze(inputs, config, today) {
      const delay = 60 - 20 * asked++;
      const results = await inProcessAnalyzer.analyze(inputs, config, today);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, delay)));
      return results;
    },
  };
}

describe('loading order', () => {
  it('indexes the files in path order when the batches finish in the reverse order', async () => {
    const ws = new Workspace({ files: files(), clock: fixedClock('2026-11-23'), analyzer: lastFirst() });
    await ws.load();
    const paths = ws.paths();
    assert.strictEqual(paths.length, 450);
    assert.deepStrictEqual(paths, [...paths].sort(), 'the index lists the files in path order');
  });
});
