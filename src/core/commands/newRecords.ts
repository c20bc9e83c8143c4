/** New records and new workspaces: ids from date and title, files with the required fields. */
import { stringify } from 'yaml';
import type { RecordType } from '../schema/schemas';
import { FOLDER } from '../language/quickFixes';

/** A file-name-safe id: lower case, ASCII, dashes. */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The id of a new record: the date first for dated records (sessions, quotes), then the title. */
export function newId(title: string, date?: string): string {
  const slug = slugify(title) || 'nouveau';
  return date ? `${date}-${slug}` : slug;
}

/** A unique path for a new record of `type`, given the ids already taken. */
export function newRecordPath(type: RecordType, id: string, taken: (id: string) => boolean): string {
  let candidate = id;
  for (let n = 2; taken(candidate); n++) candidate = `${id}-${n}`;
  return `${FOLDER[type]}/${candidate}.md`;
}

/** A record file from its data (written by the YAML library, so any title is quoted right) and a body. */
export function recordFile(data: Record<string, unknown>, body = ''): string {
  return `---\n${stringify(data, { lineWidth: 0, flowCollectionPadding: false })}---\n${body}`;
}
