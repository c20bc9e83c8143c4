/**
 * Everything that can be known from one file alone: is it a record, its id and type, its data
 * (reduced to the facts other records need) and its own diagnostics, already positioned.
 * A pure function of (path, text, settings, today), so results can be cached and computed in workers.
 */
import { CONFIG_FILE, configFrom, type WorkspaceConfig } from './config';
import { configFindings } from './configChecks';
import { legalIdFindings } from './legalIds';
import { attendanceTally, type AttendanceTally } from './figures/sessionFigures';
import type { DataPath, Finding, Range, Severity } from './diagnostics';
import type { DiagnosticCode } from './i18n/messages';
import { findConflictMarkers } from './parse/conflicts';
import { splitFrontMatter } from './parse/frontMatter';
import { MAX_ALIAS_EXPANSION } from './parse/aliases';
import { loadYaml } from './parse/loadYaml';
import { recordTypeOf } from './parse/recordType';
import { isObject, referencesOf, type Data, type Reference } from './records';
import { fileRules } from './rules/file';
import type { FileRuleContext } from './rules/types';
import { findSecrets } from './secrets';
import { isRecordType, recordTypes, type RecordType } from './schema/schemas';
import { validateSchema } from './schema/validateSchema';
import type { LineIndex } from './text/lineIndex';
import { recordPositions, yamlPositions } from './parse/positions';

/** A diagnostic of one file, positioned, before its message is written in a language. */
export interface FileDiagnostic extends Range {
  code: DiagnosticCode;
  severity: Severity;
  args?: Record<string, string | number>;
  /** The data path the finding is about (quick fixes use it). */
  path?: DataPath;
}

export interface FileAnalysis {
  path: string;
  /** The record id: the file name without `.md`. */
  id: string;
  /** True when the file is a record (front matter with `type:`), even a broken one. */
  isRecord: boolean;
  /** The record type when known; `unknown` for a record whose type cannot be read or is not known. */
  type?: RecordType | 'unknown';
  /** The record's data with participant lists reduced to a count: what cross-record rules read. */
  facts?: Data;
  participantCount?: number;
  /** A session's attendance entries, counted here so figures never parse participant lists again. */
  attendance?: AttendanceTally;
  refs: Reference[];
  diagnostics: FileDiagnostic[];
}

const aliasArgs = { limit: MAX_ALIAS_EXPANSION };

/** Files larger than this are not parsed: no record is that big, and it keeps editors responsive. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The id a file would have as a record (file name without `.md`). */
export function idOfPath(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

export function analyzeRecordFile(path: string, text: string, config: WorkspaceConfig, today: string): FileAnalysis {
  const base: FileAnalysis = { path, id: idOfPath(path), isRecord: false, refs: [], diagnostics: [] };
  // Built only when there is something to position: most files have nothing to report.
  const lines = (): LineIndex => recordPositions(text).lines;
  const fail = (
    code: DiagnosticCode,
    range: Range,
    args?: Record<string, string | number>,
    type?: RecordType | 'unknown',
  ): FileAnalysis => ({
    ...base,
    isRecord: true,
    type: type ?? recordTypeOf(text) ?? 'unknown',
    diagnostics: [{ ...range, code, severity: 'error', args }],
  });

  const conflict = findConflictMarkers(text);
  // A file is a record when its front matter has `type:` (parse/recordType.ts), even a broken one.
  if (conflict && recordTypeOf(text)) {
    const first = lines().position(conflict.start).line;
    return fail('git.conflict', lines().lineRange(first), { blocks: conflict.blocks });
  }
  const fm = splitFrontMatter(text);
  if (!fm) return base;
  if (!fm.closed) return recordTypeOf(text) ? fail('frontmatter.unclosed', lines().lineRange(1)) : base;

  const loaded = loadYaml(fm.yaml);
  if (!loaded.ok) {
    if (!recordTypeOf(text)) return base;
    const at = lines().position(fm.start + loaded.offset).line;
    if (loaded.aliasExpansion) return fail('yaml.alias-expansion', lines().lineRange(at), aliasArgs);
    return loaded.duplicateKey !== undefined
      ? fail('yaml.duplicate-key', lines().lineRange(at), { key: loaded.duplicateKey })
      : fail('yaml.syntax', lines().lineRange(at), { reason: loaded.reason });
  }
  const data = loaded.value;
  if (!isObject(data) || !('type' in data)) return base;

  const type: RecordType | 'unknown' = isRecordType(data.type) ? data.type : 'unknown';
  const findings: Finding[] = [];
  if (type === 'unknown') {
    findings.push({
      code: 'record.type-unknown',
      severity: 'error',
      path: ['type'],
      target: 'value',
      args: { value: String(data.type), allowed: recordTypes.join(', ') },
    });
  } else {
    findings.push(...checkRecord({ type, data, config, today, text, bodyStart: fm.bodyStart }));
  }
  const diagnostics = findings.length ? recordPositions(text).place(findings) : [];
  for (const hit of findSecrets(text))
    diagnostics.push({
      ...lines().range(hit.start, hit.end),
      code: 'secret.suspected',
      severity: 'warning',
      args: { word: hit.word },
    });

  const participantCount = Array.isArray(data.participants) ? data.participants.length : undefined;
  const facts = type === 'session' ? { ...data, participants: undefined } : data;
  const attendance = type === 'session' ? attendanceTally(data) : undefined;
  return {
    ...base,
    isRecord: true,
    type,
    facts,
    participantCount,
    attendance,
    refs: type === 'unknown' ? [] : referencesOf(type, data),
    diagnostics,
  };
}

/** Schema and single-record business rules; a rule finding replaces a schema warning on the same key. */
function checkRecord(ctx: FileRuleContext): Finding[] {
  const { type, data } = ctx;
  const rules = fileRules.filter((r) => r.types.includes(type)).flatMap((r) => r.check(ctx));
  const ruled = new Set(rules.map((f) => pathKey(f.path)));
  const schema = validateSchema(type, data).filter((f) => !(f.code === 'schema.unknown' && ruled.has(pathKey(f.path))));
  return [...schema, ...rules];
}

/** atelier.yaml: its settings and its own diagnostics. */
export function analyzeConfigFile(text: string): { config: WorkspaceConfig; diagnostics: FileDiagnostic[] } {
  const positions = yamlPositions(text);
  const lines = positions.lines;
  const conflict = findConflictMarkers(text);
  if (conflict) {
    return {
      config: configFrom(undefined),
      diagnostics: [
        {
          ...lines.lineRange(lines.position(conflict.start).line),
          code: 'git.conflict',
          severity: 'error',
          args: { blocks: conflict.blocks },
        },
      ],
    };
  }
  const loaded = loadYaml(text);
  if (!loaded.ok) {
    const code = loaded.aliasExpansion
      ? 'yaml.alias-expansion'
      : loaded.duplicateKey !== undefined
        ? 'yaml.duplicate-key'
        : 'yaml.syntax';
    return {
      config: configFrom(undefined),
      diagnostics: [
        {
          ...lines.lineRange(lines.position(loaded.offset).line),
          code,
          severity: 'error',
          args: { reason: loaded.reason, key: loaded.duplicateKey ?? '', ...aliasArgs },
        },
      ],
    };
  }
  const diagnostics = positions.place([
    ...validateSchema('config', loaded.value ?? {}),
    ...configFindings(loaded.value),
    ...legalIdFindings(loaded.value),
  ]);
  for (const hit of findSecrets(text))
    diagnostics.push({
      ...lines.range(hit.start, hit.end),
      code: 'secret.suspected',
      severity: 'warning',
      args: { word: hit.word },
    });
  return { config: configFrom(loaded.value), diagnostics };
}

export function isConfigPath(path: string): boolean {
  return path === CONFIG_FILE;
}

function pathKey(path: DataPath): string {
  return path.join('\u0000');
}
