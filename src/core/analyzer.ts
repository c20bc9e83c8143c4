/**
 * How files get analysed: in-process by default; hosts may add workers and caches. A full load
 * calls `begin` once, `analyze` for each batch as it is read (batches may run concurrently),
 * then `end`.
 */
import { analyzeRecordFile, type FileAnalysis } from './analyze';
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
  /** The full load is over: save caches, stop workers. */
  end?(): Promise<void>;
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
