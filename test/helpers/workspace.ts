/** Test helpers: in-memory workspaces built from fixtures, and expectations marked in the text. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from '../../src/core/diagnostics';
import { fixedClock, type WorkspaceFiles } from '../../src/core/host';
import { Workspace } from '../../src/core/workspace';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const TODAY = '2026-11-23';

export type FileMap = Record<string, string | Uint8Array>;

/** The files of a fixture folder, keyed by workspace-relative path. */
export function readFixture(name: string): FileMap {
  const root = path.join(FIXTURES, name);
  const out: FileMap = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else out[child] = fs.readFileSync(path.join(root, child), 'utf8');
    }
  };
  walk('');
  return out;
}

export function memoryFiles(files: FileMap): WorkspaceFiles {
  return {
    list: async () => Object.keys(files),
    read: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  };
}

export async function openWorkspace(files: FileMap, today = TODAY): Promise<Workspace> {
  const ws = new Workspace({ files: memoryFiles(files), clock: fixedClock(today) });
  await ws.load();
  return ws;
}

/** An expected diagnostic, written in the text as ⟦code|text⟧ around the exact range it covers. */
export interface Mark {
  file: string;
  code: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const OPEN = /⟦([\w.-]+)\|/y;

/** Removes the marks (which may nest) from a text and returns where they were (1-based lines and columns). */
export function unmark(file: string, marked: string): { text: string; marks: Mark[] } {
  const marks: Mark[] = [];
  const open: { code: string; line: number; column: number }[] = [];
  let text = '';
  for (let i = 0; i < marked.length;) {
    OPEN.lastIndex = i;
    const m = OPEN.exec(marked);
    if (m) {
      open.push({ code: m[1], ...position(text) });
      i += m[0].length;
    } else if (marked[i] === '⟧' && open.length) {
      const o = open.pop()!;
      const end = position(text);
      marks.push({ file, code: o.code, line: o.line, column: o.column, endLine: end.line, endColumn: end.column });
      i++;
    } else {
      text += marked[i++];
    }
  }
  return { text, marks };
}

function position(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * Validates the base fixture with some files replaced (null deletes one) and checks that the
 * diagnostics are exactly the marked ones: each at its range, and nothing else flagged.
 */
export async function expectDiagnostics(
  overrides: Record<string, string | null>,
  options: { today?: string; base?: string } = {},
): Promise<Diagnostic[]> {
  const files = readFixture(options.base ?? 'base');
  const marks: Mark[] = [];
  for (const [file, content] of Object.entries(overrides)) {
    if (content === null) {
      delete files[file];
      continue;
    }
    const u = unmark(file, content);
    files[file] = u.text;
    marks.push(...u.marks);
  }
  const ws = await openWorkspace(files, options.today);
  const got = ws.diagnostics();
  const key = (d: Mark) => `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code}`;
  assert.deepStrictEqual(
    got.map(key).sort(),
    marks.map(key).sort(),
    `diagnostics:\n${got.map((d) => `${key(d)} ${d.message}`).join('\n')}`,
  );
  return got;
}

/** The text of a base fixture file, to derive a variant from. */
export function baseFile(file: string): string {
  return readFixture('base')[file] as string;
}
