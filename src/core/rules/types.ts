import type { Finding } from '../diagnostics';
import type { Data } from '../records';
import type { RecordType } from '../schema/schemas';
import type { WorkspaceConfig } from '../config';

/** What a rule on one record sees: its data, the settings and today's date. */
export interface FileRuleContext {
  type: RecordType;
  data: Data;
  config: WorkspaceConfig;
  today: string;
  /** The whole file text, and where the Markdown body starts in it. */
  text: string;
  bodyStart: number;
}

/** A business rule checked from one record alone. */
export interface FileRule {
  types: readonly RecordType[];
  check(ctx: FileRuleContext): Finding[];
}
