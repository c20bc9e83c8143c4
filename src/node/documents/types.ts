/** What the document service takes and gives back: plain data, no printing, no throw for a refusal. */
import type { Diagnostic } from '../../core/diagnostics';
import type { Workspace } from '../../core/workspace';

/** An already loaded workspace (the CLI loads one from disk; the extension passes its live one). */
export interface DocumentContext {
  workspace: Workspace;
  /** The workspace folder on disk, absolute: documents go under it, git is asked there. */
  dir: string;
  /** The folder a relative `out` is taken from, and folders in sentences are shown from (default: `dir`). */
  cwd?: string;
  /** Told of each file as soon as it is written and each warning as soon as it is found (the CLI prints them as they come). */
  onProgress?: (event: DocumentEvent) => void;
}

export type DocumentEvent = { kind: 'written'; path: string } | { kind: 'warning'; message: string };

/** One input record with errors: its errors and the sentence saying nothing was written because of them. */
export interface RecordErrors {
  /** Workspace-relative path of the record. */
  path: string;
  errors: Diagnostic[];
  message: string;
}

/**
 * Why a document was not made. `usage`: the request names no such thing (an unknown id, a
 * facilitator who does not run the session, nobody to write to; the CLI exits 2). `errors`: an
 * input record has errors (the CLI exits 1). `config`: atelier.yaml lacks what the document needs
 * (the CLI exits 1). `output`: where the files go cannot take them (a symbolic link on the way, a
 * file where a folder should be, a read-only folder, a full disk; the CLI exits 2). `message` is
 * the whole explanation, localised like the documents.
 */
export type Refusal =
  | { kind: 'usage'; message: string }
  /**
   * The record's state forbids the document (a refused quote, figures that disagree, a past
   * session's sign-in sheet); `force` overrides it (exit 1), or `duplicate` when `offer` says so.
   */
  | { kind: 'state'; message: string; offer?: 'duplicate' }
  | { kind: 'errors'; message: string; records: RecordErrors[] }
  | { kind: 'config'; message: string }
  | { kind: 'output'; message: string };

/** Files written (absolute paths, in the order written) and warnings (sentences, in the order found). */
export interface Written {
  status: 'written';
  written: string[];
  warnings: string[];
}

export interface Refused {
  status: 'refused';
  refusal: Refusal;
  /**
   * Empty, but for an `output` refusal after some files of a set went to their final names (a
   * rename failing midway, which the message names): those files, complete.
   */
  written: string[];
  warnings: string[];
}

export type DocumentResult = Written | Refused;

export interface SigninSheetRequest {
  sessionId: string;
  format: 'pdf' | 'html';
  /** The file to write (absolute, or relative to `cwd`); default `<output>/<session>/emargement-<session>.<format>`. */
  out?: string;
  /** Print this facilitator's group only. */
  facilitator?: string;
  /** A past session's sheet: a duplicate marked as issued after the session, with no recorded attendance. */
  duplicate?: boolean;
}

export interface CertificatesRequest {
  /** One session's certificates; or `missionId`'s, adding up every session of the mission. */
  sessionId?: string;
  missionId?: string;
  /** `realisation` (default): the certificat de réalisation; `attestation`: the attestation de présence (a session only). */
  kind?: 'realisation' | 'attestation';
  /** Write certificats de réalisation although attendance is incomplete, marked PROVISOIRE. */
  draft?: boolean;
  /**
   * The folder to write in (absolute, or relative to `cwd`); default `<output>/<session or
   * mission>/certificats` (`attestations` for the attestation de présence).
   */
  out?: string;
}

export interface EmailsRequest {
  templateId: string;
  /** The session the mails are for; none only for a template with `audience: directory`. */
  sessionId?: string;
  /**
   * The folder to write in (absolute, or relative to `cwd`); default `<output>/<session>/emails/<template>`
   * (`<output>/emails/<template>` for a directory mail without a session).
   */
  out?: string;
  /** Write it although the template's `when` or the session's status says it makes no sense now. */
  force?: boolean;
}

export interface QuoteRequest {
  quoteId: string;
  format: 'pdf' | 'html';
  /** The file to write (absolute, or relative to `cwd`); default `<output>/<quote>/devis-<quote>.<format>`. */
  out?: string;
  /** Print a refused or expired quote anyway (marked as such). */
  force?: boolean;
}

export interface ConventionRequest {
  quoteId: string;
  /** Default `<output>/<quote>/convention-<quote>.pdf`. */
  out?: string;
  /** Write it although the quote is not accepted or the hours and prices disagree. */
  force?: boolean;
}

export interface ProgrammeSheetRequest {
  programmeId: string;
  /** Default `<output>/<programme>/programme-<programme>.pdf`. */
  out?: string;
}

/** Which document, for `documentInputs`. */
export type DocumentRequest =
  | ({ document: 'signin-sheet' } & Pick<SigninSheetRequest, 'sessionId'>)
  | ({ document: 'certificates' } & Pick<CertificatesRequest, 'sessionId' | 'missionId'>)
  | { document: 'attendance'; sessionId: string }
  | ({ document: 'emails' } & Pick<EmailsRequest, 'templateId' | 'sessionId'>)
  | ({ document: 'quote' } & Pick<QuoteRequest, 'quoteId'>)
  | ({ document: 'convention' } & Pick<ConventionRequest, 'quoteId'>)
  | ({ document: 'programme' } & Pick<ProgrammeSheetRequest, 'programmeId'>);
