/** How a batch of files gets analysed: in-process by default; hosts may add workers and caches. */
import { analyzeRecordFile, type FileAnalysis } from './analyze';
import type { WorkspaceConfig } from './config';

export interface AnalysisInput {
  path: string;
  text: string;
}

export interface Analyzer {
  analyze(inputs: readonly AnalysisInput[], config: WorkspaceConfig, today: string): Promise<FileAnalysis[]>;
}

export const inProcessAnalyzer: Analyzer = {
  async analyze(inputs, config, today) {
    return inputs.map((i) => analyzeRecordFile(i.path, i.text, config, today));
  },
};
