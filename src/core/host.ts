/** What the core needs from its host (VS Code, the CLI, tests, a browser): nothing else. */

/** Read access to a workspace; paths are workspace-relative with `/` separators. */
export interface WorkspaceFiles {
  /** Every file path below the workspace root (the core filters what is a record). */
  list(): Promise<string[]>;
  /** Raw bytes of one file; throws when it cannot be read. */
  read(path: string): Promise<Uint8Array>;
  /**
   * Optional faster path: the file as UTF-8 text without BOM, or `undefined` when it is not valid
   * UTF-8; throws when it cannot be read. Hosts with a native decoder provide it.
   */
  readText?(path: string): Promise<string | undefined>;
  /**
   * Optional: the size and modification time of each file (`undefined` when it cannot be stat'ed),
   * so that an analysis cache can vouch for a file without reading it.
   */
  stat?(paths: readonly string[]): Promise<(FileStat | undefined)[]>;
  /**
   * Optional: the file as UTF-8 text without BOM, read now; `undefined` when it is not valid UTF-8
   * or cannot be read. Files vouched for by a cache are read through it only when their text is needed.
   */
  readTextSync?(path: string): string | undefined;
  /** Folders the last `list()` could not read (their records are unknown), with why. */
  unreadableFolders?(): { path: string; reason: string }[];
}

/**
 * The error code a host's `read` throws for a file it lists but will not read: a symbolic link that
 * leads out of the workspace (a repository is data someone else wrote; what lies outside is not theirs).
 */
export const LINK_OUTSIDE = 'ATELIER_LINK_OUTSIDE';

/** What a cache compares to know that a file has not changed since it was analysed. */
export interface FileStat {
  size: number;
  mtimeMs: number;
}

/** The date "today" in the workspace time zone, as YYYY-MM-DD. */
export interface Clock {
  today(): string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined };

/** A clock fixed on a date: tests, benchmarks, reproducible runs. */
export function fixedClock(date: string): Clock {
  return { today: () => date };
}

/** Today in a given IANA time zone (Intl is available in Node and browsers). */
export function systemClock(timeZone = 'Europe/Paris'): Clock {
  return {
    today: () => {
      try {
        return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
          new Date(),
        );
      } catch {
        return new Date().toISOString().slice(0, 10);
      }
    },
  };
}
