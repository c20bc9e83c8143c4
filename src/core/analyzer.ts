/**
 * How files get analysed: in-process by default; hosts may add workers and caches. A full load
 * calls `begin` once, `analyze` for each batch as it is read (batches may run concurrently),
 * then `end`.
 */
import { analyzeRecordFile, type FileAnalysis, type FileDiagnostic } from './analyze';
import type { WorkspaceConfig } from './config';
import type { FileStat } from './host';

export interface AnalysisInput {
  path: string;
  text: string;
  /** The file's size and modification time, taken before it was read (when the host has them). */
  stat?: FileStat;
}

export interface Analyzer {
  /** A full load of `fileCount` files starts: a chance to start workers while files are read. */
  begin?(fileCount: number, config: WorkspaceConfig, today: string): void;
  analyze(inputs: readonly AnalysisInput[], config: WorkspaceConfig, today: string): Promise<FileAnalysis[]>;
  /**
   * An analysis still valid for a file of this size and modification time, without reading it
   * (a cache vouches for it); `undefined` when the file must be read and analysed.
   */
  known?(path: string, stat: FileStat): FileAnalysis | undefined;
  /**
   * The cross-record diagnostics of each file as the last load of exactly these files left them (a
   * cache vouched for every file read or not): the rules across records need not run. Else undefined.
   */
  knownCross?(): ReadonlyMap<string, FileDiagnostic[]> | undefined;
  /**
   * The full load is over: save caches, stop workers. `crossOf` (given when the load completed) gives
   * each file's cross-record diagnostics, for a cache to keep.
   */
  end?(crossOf?: (path: string) => FileDiagnostic[]): Promise<void>;
}

export const inProcessAnalyzer: Analyzer = {
  async analyze(inputs, config, today) {
    return inputs.map((i) => detachedAnalysis(i.path, i.text, config, today));
  },
};

/**
 * A file's analysis that holds no part of its text: strings cut from a text (YAML values) keep the
 * whole text alive, so the index would hold every file twice. Workers' answers are copies already.
 */
export function detachedAnalysis(path: string, text: string, config: WorkspaceConfig, today: string): FileAnalysis {
  return structuredClone(analyzeRecordFile(path, text, config, today));
}

/** Longest stretch of analysis between two yields: a host with one thread (a web worker) stays responsive. */
const SLICE_MS = 20;

/** Lets other tasks of the event loop run (messages, UI requests), then resumes. */
function yieldToEventLoop(): Promise<void> {
  // A message channel is not clamped to 4 ms like nested timers are.
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * In-process analysis in slices of about 20 ms, yielding to the event loop between them: the
 * browser host (no worker threads) indexes a large workspace without holding its thread for seconds.
 * Batches analysed concurrently take turns, so no slice runs longer than one file past the budget.
 */
export function chunkedAnalyzer(sliceMs = SLICE_MS): Analyzer {
  let sliceStart = Date.now();
  return {
    async analyze(inputs, config, today) {
      const out: FileAnalysis[] = [];
      for (const i of inputs) {
        if (Date.now() - sliceStart >= sliceMs) {
          await yieldToEventLoop();
          sliceStart = Date.now();
        }
        out.push(detachedAnalysis(i.path, i.text, config, today));
      }
      return out;
    },
  };
}
