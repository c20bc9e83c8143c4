/** Links to the records behind figures: a label a person recognises, and the file to open. */
import { labelOf, type Data } from '../records';
import type { RecordFacts } from '../figures/facts';
import type { Link } from './model';

/** Looks records up by id to link them; unknown ids give null (a broken reference is a diagnostic). */
export class Links {
  private readonly byId = new Map<string, RecordFacts>();

  constructor(...groups: readonly (readonly RecordFacts[])[]) {
    for (const g of groups) for (const r of g) if (!this.byId.has(r.id)) this.byId.set(r.id, r);
  }

  get(id: string | null | undefined): Link | null {
    const r = id ? this.byId.get(id) : undefined;
    return r ? { id: r.id, path: r.path, label: labelOf(r.data) ?? r.id } : null;
  }

  data(id: string): Data | undefined {
    return this.byId.get(id)?.data;
  }
}
