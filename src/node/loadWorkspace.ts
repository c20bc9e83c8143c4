/** Opens a workspace folder on disk with the Node adapters: real files, worker threads, content cache. */
import * as path from 'path';
import { inProcessAnalyzer, type Analyzer } from '../core/analyzer';
import { fixedClock, systemClock, type WorkspaceFiles } from '../core/host';
import { Workspace } from '../core/workspace';
import { cachedAnalyzer, type CacheOptions } from './cache';
import { nodeWorkspaceFiles } from './nodeFiles';
import { parallelAnalyzer } from './parallelAnalyzer';

export interface LoadOptions {
  /** Validate as if today were this date (YYYY-MM-DD); default: today in the workspace time zone. */
  today?: string;
  /** Read and write the analysis cache (default true). */
  cache?: boolean;
  /** Use worker threads for large workspaces (default true). */
  workers?: boolean;
  /** Where the files come from (default: the folder on disk; `--staged`: the git index). */
  files?: WorkspaceFiles;
}

/** The worker script sits beside the bundle that uses it (dist/). */
export const WORKER_SCRIPT = path.join(__dirname, 'worker.js');

/** How a folder on disk is read: its files, worker threads for large folders, the content cache. */
export async function nodeAdapters(
  dir: string,
  options: Pick<LoadOptions, 'cache' | 'workers' | 'files'> & CacheOptions = {},
): Promise<{ files: WorkspaceFiles; analyzer: Analyzer | undefined }> {
  let analyzer: Analyzer | undefined = options.workers === false ? undefined : parallelAnalyzer(WORKER_SCRIPT);
  if (options.cache !== false) analyzer = await cachedAnalyzer(analyzer ?? inProcessAnalyzer, dir, options);
  return { files: options.files ?? nodeWorkspaceFiles(path.resolve(dir)), analyzer };
}

export async function loadWorkspace(dir: string, options: LoadOptions = {}): Promise<Workspace> {
  const workspace = new Workspace({
    ...(await nodeAdapters(dir, options)),
    clock: options.today ? fixedClock(options.today) : systemClock(),
  });
  await workspace.load();
  return workspace;
}
