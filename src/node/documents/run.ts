/** The record of one document run: what it wrote and warned, passed on to `onProgress` as it happens. */
import type { DocumentContext, Refusal, Refused, Written } from './types';

export interface Run {
  warn(message: string): void;
  wrote(file: string): void;
  /** The result of a run that went through (files may be none). */
  done(): Written;
  /** The result of a run stopped while writing: what it wrote before (complete files), and why it stopped. */
  refused(refusal: Refusal): Refused;
}

export function startRun(ctx: DocumentContext): Run {
  const written: string[] = [];
  const warnings: string[] = [];
  return {
    warn(message) {
      warnings.push(message);
      ctx.onProgress?.({ kind: 'warning', message });
    },
    wrote(file) {
      written.push(file);
      ctx.onProgress?.({ kind: 'written', path: file });
    },
    done: () => ({ status: 'written', written, warnings }),
    refused: (refusal) => ({ status: 'refused', refusal, written, warnings }),
  };
}

/** A refused document: nothing written. */
export function refused(refusal: Refusal): Refused {
  return { status: 'refused', refusal, written: [], warnings: [] };
}

/** A value or the refusal that stands in for it. */
export type OrRefusal<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };
