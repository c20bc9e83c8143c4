/**
 * The records of a workspace: by id and type, references in both directions, and diagnostics
 * that depend on other records, recomputed only for the records a change can affect.
 */
import type { FileAnalysis, FileDiagnostic } from '../analyze';
import { recordPositions } from '../parse/positions';
import { text as textOf } from '../records';
import { crossRules } from '../rules/cross';
import type { IndexView } from '../rules/cross/types';

interface Entry {
  analysis: FileAnalysis;
  /** Absent for a file a cache vouched for: read through the loader when first needed. */
  text?: string;
}

/** Reads a file's text now; `undefined` when it cannot be read (then it counts as empty). */
export type TextLoader = (path: string) => string | undefined;

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set && set.delete(value) && set.size === 0) map.delete(key);
}

export class WorkspaceIndex implements IndexView {
  private readonly entries = new Map<string, Entry>();
  private readonly byId = new Map<string, Set<string>>();
  private readonly refsIn = new Map<string, Set<string>>();
  private readonly byQuoteNumber = new Map<string, Set<string>>();
  /** Cross-record diagnostics per path; absent means "to compute". */
  private readonly cross = new Map<string, FileDiagnostic[]>();

  constructor(
    public today: string,
    /** Reads the text of files added without it; without a loader every file must come with its text. */
    readonly loadText?: TextLoader,
  ) {}

  /**
   * Adds or replaces a file; returns the paths whose diagnostics may have changed. Without `text`
   * (a file a cache vouched for), it is read through the loader when first needed.
   */
  set(analysis: FileAnalysis, text: string | undefined): Set<string> {
    const old = this.entries.get(analysis.path);
    const affected = new Set<string>([analysis.path]);
    if (old) {
      this.collectAffected(old.analysis, affected);
      this.unlink(old.analysis);
    }
    this.entries.set(analysis.path, { analysis, text });
    this.link(analysis);
    this.collectAffected(analysis, affected);
    for (const p of affected) this.cross.delete(p);
    return affected;
  }

  /**
   * Adds or replaces a file during a full load: no affected paths are gathered (a record referenced
   * by thousands would be gathered thousands of times); the load forgets every cross-record result
   * when it ends (`invalidateAll`).
   */
  load(analysis: FileAnalysis, text: string | undefined): void {
    const old = this.entries.get(analysis.path);
    if (old) this.unlink(old.analysis);
    this.entries.set(analysis.path, { analysis, text });
    this.link(analysis);
  }

  /** Removes a file; returns the paths whose diagnostics may have changed. */
  delete(path: string): Set<string> {
    const old = this.entries.get(path);
    const affected = new Set<string>();
    if (!old) return affected;
    this.collectAffected(old.analysis, affected);
    this.unlink(old.analysis);
    this.entries.delete(path);
    affected.delete(path);
    this.cross.delete(path);
    for (const p of affected) this.cross.delete(p);
    return affected;
  }

  /** Forgets every cross-record result (e.g. when today's date or the settings change). */
  invalidateAll(): void {
    this.cross.clear();
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  get(path: string): FileAnalysis | undefined {
    return this.entries.get(path)?.analysis;
  }

  textOf(path: string): string | undefined {
    const entry = this.entries.get(path);
    return entry && this.textOfEntry(entry);
  }

  private textOfEntry(entry: Entry): string {
    if (entry.text === undefined) entry.text = this.loadText?.(entry.analysis.path) ?? '';
    return entry.text;
  }

  paths(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Every record (files that are not records are kept only for their diagnostics). */
  records(): FileAnalysis[] {
    return [...this.entries.values()].map((e) => e.analysis).filter((a) => a.isRecord);
  }

  recordsOfType(type: string): FileAnalysis[] {
    return this.records().filter((r) => r.type === type);
  }

  recordsWithId(id: string): FileAnalysis[] {
    return [...(this.byId.get(id) ?? [])].map((p) => this.entries.get(p)!.analysis);
  }

  referrers(id: string): FileAnalysis[] {
    return [...(this.refsIn.get(id) ?? [])].map((p) => this.entries.get(p)!.analysis);
  }

  quotesNumbered(number: string): FileAnalysis[] {
    return [...(this.byQuoteNumber.get(number) ?? [])].map((p) => this.entries.get(p)!.analysis);
  }

  /** All diagnostics of one file: its own and those that depend on other records. */
  diagnosticsOf(path: string): FileDiagnostic[] {
    const entry = this.entries.get(path);
    if (!entry) return [];
    const cross = this.crossOf(path);
    return cross.length ? [...entry.analysis.diagnostics, ...cross] : entry.analysis.diagnostics;
  }

  /** The diagnostics of one file that depend on other records. */
  crossOf(path: string): FileDiagnostic[] {
    const entry = this.entries.get(path);
    if (!entry) return [];
    let cross = this.cross.get(path);
    if (!cross) {
      cross = this.computeCross(entry);
      this.cross.set(path, cross);
    }
    return cross;
  }

  /**
   * Cross-record diagnostics known without computing them: those of a load of exactly these files
   * (a cache vouches for every one). Files absent from `known` have none.
   */
  seedCross(known: ReadonlyMap<string, FileDiagnostic[]>): void {
    for (const path of this.entries.keys()) this.cross.set(path, known.get(path) ?? []);
  }

  private computeCross(entry: Entry): FileDiagnostic[] {
    const a = entry.analysis;
    if (!a.isRecord || !a.facts) return [];
    const findings = crossRules.flatMap((rule) => rule.check(a, this));
    if (findings.length === 0) return [];
    return recordPositions(this.textOfEntry(entry)).place(findings);
  }

  private link(a: FileAnalysis): void {
    if (!a.isRecord) return;
    addTo(this.byId, a.id, a.path);
    for (const ref of a.refs) addTo(this.refsIn, ref.id, a.path);
    const number = a.type === 'quote' ? textOf(a.facts?.number) : undefined;
    if (number) addTo(this.byQuoteNumber, number, a.path);
  }

  private unlink(a: FileAnalysis): void {
    if (!a.isRecord) return;
    removeFrom(this.byId, a.id, a.path);
    for (const ref of a.refs) removeFrom(this.refsIn, ref.id, a.path);
    const number = a.type === 'quote' ? textOf(a.facts?.number) : undefined;
    if (number) removeFrom(this.byQuoteNumber, number, a.path);
  }

  /** Records whose cross-record diagnostics depend on `a`: same id, referrers, referenced, same quote number. */
  private collectAffected(a: FileAnalysis, out: Set<string>): void {
    if (!a.isRecord) return;
    for (const p of this.byId.get(a.id) ?? []) out.add(p);
    for (const p of this.refsIn.get(a.id) ?? []) out.add(p);
    for (const ref of a.refs) for (const p of this.byId.get(ref.id) ?? []) out.add(p);
    const number = a.type === 'quote' ? textOf(a.facts?.number) : undefined;
    if (number) for (const p of this.byQuoteNumber.get(number) ?? []) out.add(p);
    this.collectMissionHours(a, out);
  }

  /**
   * A mission's hours (rule.hours-mismatch) add up its sessions and compare them with its quote and
   * programme: a session, a quote or a programme changing affects every session of the missions concerned.
   */
  private collectMissionHours(a: FileAnalysis, out: Set<string>): void {
    const missions = new Set<string>();
    if (a.type === 'session') {
      const mission = textOf(a.facts?.mission);
      if (mission) missions.add(mission);
    }
    const quotes = a.type === 'quote' ? [a.id] : [];
    if (a.type === 'programme')
      quotes.push(
        ...this.referrers(a.id)
          .filter((r) => r.type === 'quote')
          .map((r) => r.id),
      );
    for (const q of quotes) for (const m of this.referrers(q)) if (m.type === 'mission') missions.add(m.id);
    for (const m of missions) {
      for (const p of this.byId.get(m) ?? []) out.add(p);
      for (const p of this.refsIn.get(m) ?? []) out.add(p);
    }
  }
}
