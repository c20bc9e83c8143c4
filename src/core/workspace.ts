/**
 * A workspace: reads files through the host, keeps the index, and answers "what is wrong where".
 * The extension feeds it editor changes; the CLI loads it once.
 */
import { analyzeConfigFile, MAX_FILE_BYTES, idOfPath, type FileAnalysis, type FileDiagnostic } from './analyze';
import { detachedAnalysis, inProcessAnalyzer, type AnalysisInput, type Analyzer } from './analyzer';
import { CONFIG_FILE, defaultConfig, type WorkspaceConfig } from './config';
import { compareDiagnostics, type Diagnostic } from './diagnostics';
import { LINK_OUTSIDE, type Clock, type FileStat, type Logger, type WorkspaceFiles } from './host';
import { WorkspaceIndex } from './index/workspaceIndex';
import { localize } from './localize';
import { decodeUtf8 } from './parse/decode';
import { parseRecordText, type RecordData } from './recordData';
import type { RecordType } from './schema/schemas';
import type { DiagnosticCode, Locale } from './i18n/messages';

export interface WorkspaceOptions {
  files: WorkspaceFiles;
  clock: Clock;
  logger?: Logger;
  analyzer?: Analyzer;
}

/** Is this workspace-relative path a candidate record (a Markdown file outside output and dot-folders)? */
export function isRecordCandidate(path: string, config: WorkspaceConfig): boolean {
  if (!/\.md$/i.test(path)) return false;
  const parts = path.split('/');
  if (parts.some((p) => p.startsWith('.') || p === 'node_modules')) return false;
  const out = config.output.split('/').filter(Boolean);
  return !(out.length && out.every((seg, i) => parts[i] === seg) && parts.length > out.length);
}

/** Files read at once and handed to the analyzer together. */
const BATCH = 200;
/** Batches read but not yet analysed, at most (enough to keep every worker busy). */
const MAX_BATCHES_AHEAD = 6;
/** Batches being read while the current one is handed to the analyzer. */
const READ_AHEAD = 2;

export class Workspace {
  /** Internal: hosts ask the named queries below. */
  private readonly index: WorkspaceIndex;
  config: WorkspaceConfig = { ...defaultConfig };
  /** Language of messages when the host overrides the workspace's (an editor setting). */
  localeOverride?: Locale;

  /** The language of what speaks about the records: the editor's override, else atelier.yaml's `locale`. */
  get locale(): Locale {
    return this.localeOverride ?? this.config.locale;
  }

  /** False when atelier.yaml is missing: not an Atelier workspace. */
  hasConfig = false;
  private configDiagnostics: FileDiagnostic[] = [];
  private readonly parsed = new Map<string, { text: string; data: RecordData | undefined }>();
  private readonly analyzer: Analyzer;
  private scanned = 0;

  constructor(private readonly options: WorkspaceOptions) {
    this.analyzer = options.analyzer ?? inProcessAnalyzer;
    const { files } = options;
    this.index = new WorkspaceIndex(options.clock.today(), files.readTextSync && ((p) => files.readTextSync!(p)));
  }

  /** Number of files looked at by the last full load. */
  get fileCount(): number {
    return this.scanned;
  }

  /**
   * Reads and analyses every file; reading the next batch overlaps analysing the previous ones.
   * A file the analyzer already knows by its size and modification time (a cache) is not read:
   * its text is read only if something needs it.
   */
  async load(): Promise<void> {
    const { files, logger } = this.options;
    this.index.today = this.options.clock.today();
    // Listing does not need the configuration: both start at once (in a browser each is a round trip).
    const listed = files.list();
    listed.catch(() => undefined); // awaited below, after the configuration
    await this.loadConfig();
    const paths = (await listed).filter((p) => isRecordCandidate(p, this.config)).sort();
    for (const folder of files.unreadableFolders?.() ?? []) {
      const diagnostic: FileDiagnostic = {
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        code: 'folder.unreadable',
        severity: 'error',
        args: { reason: folder.reason },
      };
      this.index.set({ path: folder.path, id: '', isRecord: false, refs: [], diagnostics: [diagnostic] }, '');
    }
    this.scanned = paths.length + (this.hasConfig ? 1 : 0);
    this.analyzer.begin?.(paths.length, this.config, this.index.today);
    const batches: Promise<void>[] = [];
    // Vouching needs stats, an analyzer that remembers, and a way to read a text later when asked.
    const vouched = !!(files.stat && files.readTextSync && this.analyzer.known);
    // A host that can read a text again later keeps none in memory: 10,000 records are 60 MB of text.
    const keepTexts = !files.readTextSync;
    /** One batch: the files the analyzer vouches for go to the index, the others are read. */
    const readBatch = async (start: number) => {
      const batch = paths.slice(start, start + BATCH);
      const stats = vouched ? await files.stat!(batch) : [];
      const toRead: { path: string; stat?: FileStat }[] = [];
      const known: FileAnalysis[] = [];
      batch.forEach((path, i) => {
        const stat = stats[i];
        const analysis = stat && this.analyzer.known!(path, stat);
        if (analysis) known.push(analysis);
        else toRead.push({ path, stat });
      });
      const texts = await Promise.all(toRead.map((r) => this.readText(r.path)));
      return { known, toRead, texts };
    };
    // The next batches are read while one is analysed: reads through a slow channel (the browser's
    // workspace.fs) never wait for a whole batch to arrive before the next ones are asked for.
    const reads: (ReturnType<typeof readBatch> | undefined)[] = [];
    const readAhead = (upTo: number) => {
      while (reads.length <= upTo && reads.length * BATCH < paths.length) {
        const read = readBatch(reads.length * BATCH);
        read.catch(() => undefined); // awaited in its turn below; never an unhandled rejection meanwhile
        reads.push(read);
      }
    };
    // Results enter the index batch after batch, whichever batch the workers finish first: the order
    // of the index (and of what the rules list from it) is the same at every run.
    let indexed: Promise<void> = Promise.resolve();
    let complete = false;
    try {
      for (let b = 0; b * BATCH < paths.length; b++) {
        readAhead(b + READ_AHEAD);
        const { known, toRead, texts } = (await reads[b])!;
        reads[b] = undefined; // its texts go to the analysis, not kept here
        const inputs: AnalysisInput[] = [];
        const unread: FileAnalysis[] = [];
        texts.forEach((t, i) => (typeof t === 'string' ? inputs.push({ ...toRead[i], text: t }) : unread.push(t)));
        const analysed = this.analyzer.analyze(inputs, this.config, this.index.today);
        indexed = Promise.all([indexed, analysed]).then(([, results]) => {
          for (const k of known) this.index.load(k, undefined);
          for (const u of unread) this.index.load(u, '');
          results.forEach((a, i) => this.index.load(a, keepTexts ? inputs[i].text : undefined));
        });
        indexed.catch(() => undefined); // awaited with the others below; never an unhandled rejection if the loop stops
        batches.push(indexed);
        // Reading runs ahead of analysis by a few batches only, so texts never pile up in memory.
        if (batches.length > MAX_BATCHES_AHEAD)
          await batches[batches.length - 1 - MAX_BATCHES_AHEAD].catch(() => undefined);
      }
      await Promise.all(batches);
      this.index.invalidateAll();
      const known = this.analyzer.knownCross?.();
      if (known) this.index.seedCross(known);
      complete = true;
    } finally {
      await this.analyzer.end?.(complete ? (path) => this.index.crossOf(path) : undefined);
    }
    logger?.info(`indexed ${this.index.records().length} records in ${paths.length} Markdown files`);
  }

  /** A file changed or appeared, with its new text (from an editor) or read again from disk. */
  async update(path: string, text?: string): Promise<Set<string>> {
    if (path === CONFIG_FILE) {
      await this.loadConfig(text);
      this.index.invalidateAll();
      return new Set(this.index.paths());
    }
    if (!isRecordCandidate(path, this.config)) return new Set();
    const read = text ?? (await this.readText(path));
    if (typeof read !== 'string') return this.index.set(read, '');
    // An editor's text is kept (it may differ from the disk); a text read from disk is read again when needed.
    const kept = text !== undefined || !this.options.files.readTextSync ? read : undefined;
    return this.index.set(detachedAnalysis(path, read, this.config, this.index.today), kept);
  }

  /** A file was deleted. */
  remove(path: string): Set<string> {
    this.parsed.delete(path);
    return this.index.delete(path);
  }

  /** A file was renamed: its id changes, and so may its referrers' diagnostics. */
  async rename(from: string, to: string, text?: string): Promise<Set<string>> {
    const affected = this.remove(from);
    for (const p of await this.update(to, text)) affected.add(p);
    return affected;
  }

  /** Diagnostics of one file, in the workspace language. */
  diagnosticsOf(path: string): Diagnostic[] {
    const own = path === CONFIG_FILE ? this.configDiagnostics : this.index.diagnosticsOf(path);
    return own.map((d) => localize(path, d, this.locale));
  }

  /** Every diagnostic of the workspace, sorted by file and line. */
  diagnostics(): Diagnostic[] {
    const all: Diagnostic[] = this.diagnosticsOf(CONFIG_FILE);
    for (const path of this.index.paths()) all.push(...this.diagnosticsOf(path));
    return all.sort(compareDiagnostics);
  }

  records(): FileAnalysis[] {
    return this.index.records();
  }

  /** The day the rules count from (YYYY-MM-DD in the workspace time zone, read at the last load). */
  get today(): string {
    return this.index.today;
  }

  /** Every file of the index (records and files that failed to be records), workspace-relative. */
  paths(): string[] {
    return [...this.index.paths()];
  }

  /** The analysis of one file, if it is indexed. */
  file(path: string): FileAnalysis | undefined {
    return this.index.get(path);
  }

  /** The text a file was analysed from (an editor's unsaved text included). */
  textOf(path: string): string | undefined {
    return this.index.textOf(path);
  }

  /** The files whose id (file name) is this one: one, or several when ids clash. */
  filesWithId(id: string): FileAnalysis[] {
    return this.index.recordsWithId(id);
  }

  /** The path of the record with this id and type, if there is one. */
  pathOf(id: string, type: RecordType): string | undefined {
    return this.index.recordsWithId(id).find((r) => r.type === type)?.path;
  }

  /** Is there a file with this id? */
  hasId(id: string): boolean {
    return this.index.recordsWithId(id).length > 0;
  }

  /** The records of a type, as analysed (facts, counts), in path order. */
  analysesOf(type: RecordType): FileAnalysis[] {
    return this.index.recordsOfType(type);
  }

  /** The records that reference this id. */
  referrers(id: string): FileAnalysis[] {
    return this.index.referrers(id);
  }

  /**
   * The full data of the record with this id (and optionally this type); undefined when there is
   * no such record or it cannot be parsed (its diagnostics say why).
   */
  record(id: string, type?: RecordType): RecordData | undefined {
    const a = this.index.recordsWithId(id).find((r) => (type ? r.type === type : r.type !== 'unknown'));
    return a ? this.dataOf(a) : undefined;
  }

  /** The full data of every record of a type. */
  recordsOf(type: RecordType): RecordData[] {
    return this.index.recordsOfType(type).flatMap((a) => this.dataOf(a) ?? []);
  }

  /** Parsed data, kept while the file's text is unchanged (views ask again on every change). */
  private dataOf(a: FileAnalysis): RecordData | undefined {
    if (!a.type || a.type === 'unknown') return undefined;
    const text = this.index.textOf(a.path) ?? '';
    const hit = this.parsed.get(a.path);
    if (hit && hit.text === text) return hit.data;
    const data = parseRecordText(a.id, a.path, a.type, text);
    this.parsed.set(a.path, { text, data });
    return data;
  }

  private async loadConfig(text?: string): Promise<void> {
    let source = text;
    if (source === undefined) {
      const read = await this.readText(CONFIG_FILE);
      if (typeof read !== 'string') {
        // Present but unreadable (not UTF-8, too large, no permission) is reported as such, never as missing.
        this.hasConfig = read.diagnostics.some((d) => d.args?.reason !== 'ENOENT');
        this.config = { ...defaultConfig };
        this.configDiagnostics = read.diagnostics;
        return;
      }
      source = read;
    }
    this.hasConfig = true;
    const { config, diagnostics } = analyzeConfigFile(source);
    this.config = config;
    this.configDiagnostics = diagnostics;
  }

  /** The text of a file, or an analysis carrying the reason it cannot be read. */
  private async readText(path: string): Promise<string | FileAnalysis> {
    const broken = (code: DiagnosticCode, args: Record<string, string | number>): FileAnalysis => ({
      path,
      id: idOfPath(path),
      isRecord: false,
      refs: [],
      diagnostics: [{ line: 1, column: 1, endLine: 1, endColumn: 1, code, severity: 'error', args }],
    });
    const { files } = this.options;
    let bytes: Uint8Array | undefined;
    let text: string | undefined;
    try {
      if (files.readText) text = await files.readText(path);
      else bytes = await files.read(path);
    } catch (e) {
      const reason = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
      if (reason === LINK_OUTSIDE) return broken('file.link-outside', {});
      return broken('file.unreadable', { reason });
    }
    const size = bytes ? bytes.length : text !== undefined ? text.length : 0;
    if (size > MAX_FILE_BYTES) {
      return broken('file.too-large', { size: Math.round(size / 1048576), limit: MAX_FILE_BYTES / 1048576 });
    }
    if (!bytes) return text ?? broken('file.encoding', {});
    const decoded = decodeUtf8(bytes);
    return decoded.ok ? decoded.text : broken('file.encoding', {});
  }
}
