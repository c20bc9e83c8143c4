/**
 * The review of a change: each changed record compared with its version at a base revision, with
 * facts from git history. Hosts (the CLI, the extension) gather texts and history; everything
 * here is pure.
 */
import type { Finding } from '../diagnostics';
import type { Data, Reference } from '../records';
import type { RecordType } from '../schema/schemas';
import type { ReadRecord } from './record';

/** One committed version of a file, as history gives it. */
export interface CommittedVersion {
  /** Full commit hash. */
  hash: string;
  /** Commit day in the workspace time zone (YYYY-MM-DD). */
  day: string;
  /** The file's text at that commit; undefined when it could not be read. */
  text: string | undefined;
  /** A shallow clone's oldest commit (its parents were not fetched): what it holds may be older. */
  boundary?: boolean;
}

/** A record file the change touched. Paths are workspace-relative with `/`. */
export interface ChangedFile {
  /** Current path; undefined when the file was deleted. */
  path?: string;
  /** Path at the base; undefined when the file was added (renames are followed). */
  basePath?: string;
  /** Text at the base. */
  baseText?: string;
  /** Current text (the working tree, the staged version, or the editor's buffer). */
  text?: string;
  /** Versions committed after the base, oldest first; gathered only where `historyNeeds` says so. */
  commits?: CommittedVersion[];
  /** Versions committed up to the base (included), oldest first; only where `historyNeeds` says so. */
  earlier?: CommittedVersion[];
}

/** What a host must gather from history for one changed file. */
export interface HistoryNeeds {
  /** The commits after the base that touched the file (dates of added participants, of the file, of requests). */
  commits: boolean;
  /** The versions before the base too (retribution requests across the mission's whole history). */
  earlier: boolean;
}

/** When something first appeared: a commit day, or today when it is not committed yet. */
export interface Dated {
  day: string;
  /** Short hash of the commit; undefined for uncommitted changes. */
  commit?: string;
  /** Seen first in a shallow clone's oldest commit: it may have been committed earlier, unknown here. */
  shallow?: boolean;
}

/** A retribution request as some version of the mission had it. */
export interface PastRequest {
  month: string;
  sessions: string[];
  commit: string;
}

/** History facts about one changed record, derived from its versions. */
export interface HistoryFacts {
  /** When the file was first committed after the base (a file the change adds). */
  fileAdded(): Dated;
  /** When this participant (matched by email, else by name) first appeared after the base. */
  participantAdded(participant: Data): Dated;
  /** When this session id first appeared in a retribution request after the base. */
  retributionRequested(sessionId: string): Dated;
  /** Every retribution request in the mission's committed history, with the month it was dated. */
  pastRequests(): PastRequest[];
  /**
   * The first committed version, dated after `entry.on`, whose `sent` list lacks this entry: the
   * session said nothing was sent that day when it was already past (undefined when none).
   */
  sentLaterWithout(entry: { template: string; on: string }): Dated | undefined;
}

/** What the rules may ask about other records. */
export interface ReviewWorld {
  today: string;
  /** The workspace's default VAT rate (atelier.yaml `vat_rate`), for quote lines without their own. */
  vatRate: number;
  /** A record's current data. */
  current(id: string, type: RecordType): Data | undefined;
  /** A record's data at the base: the changed file's base version, else (unchanged) its current data. */
  atBase(id: string, type: RecordType): Data | undefined;
  /** Records that reference `id` now, with their text to position findings. */
  referrers(id: string): { path: string; text: string; refs: Reference[] }[];
  /** Does a record with this id exist now? */
  exists(id: string): boolean;
}

/** What a review rule sees: the record now, as it was at the base, and its history. */
export interface ReviewContext {
  record: ReadRecord;
  /** The base version, when the record existed then with the same type and could be read. */
  base?: ReadRecord;
  /** True when the file did not exist at the base (renames are followed): the change adds it. */
  isNew: boolean;
  history: HistoryFacts;
  world: ReviewWorld;
}

/** A rule that compares a changed record with its past. */
export interface ReviewRule {
  types: readonly RecordType[];
  check(ctx: ReviewContext): Finding[];
}
