import type { FileAnalysis } from '../../analyze';
import type { Finding } from '../../diagnostics';

/** What a cross-record rule may ask of the index. */
export interface IndexView {
  /** Every record analysis with this id (more than one is a duplicate). */
  recordsWithId(id: string): FileAnalysis[];
  /** Analyses of the records that reference `id`. */
  referrers(id: string): FileAnalysis[];
  /** Analyses of the quotes with this human number. */
  quotesNumbered(number: string): FileAnalysis[];
  today: string;
}

/** A business rule that needs other records than the one it reports on. */
export interface CrossRule {
  check(record: FileAnalysis, index: IndexView): Finding[];
}
