// The closest peer: remark + remark-frontmatter + remark-lint-frontmatter-schema, in-process, on
// the same files and schemas. Each record type's schema is associated with its folder through the
// plugin's `schemas` option (schema path → globs); the generated workspace keeps one type per folder.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';
import { VFile } from 'vfile';

const SCHEMAS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const FOLDER_TYPE = {
  programmes: 'programme',
  clients: 'client',
  people: 'person',
  quotes: 'quote',
  missions: 'mission',
  sessions: 'session',
  templates: 'email-template',
};

/** Lists the .md files of a workspace, relative, with `/` separators. */
export async function listMarkdown(dir, rel = '') {
  const out = [];
  for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory() && !e.name.startsWith('.')) out.push(...(await listMarkdown(dir, child)));
    else if (e.isFile() && e.name.endsWith('.md')) out.push(child);
  }
  return out;
}

/**
 * Validates the .md files of dir (the first `limit` only, if given); returns { files, messages, sample }.
 * The plugin resolves globs and schema paths from the folder of the nearest .remarkrc, else from the
 * process cwd, hence the chdir. `ajvOptions` is passed through to the plugin's Ajv.
 */
export async function runPeer(dir, ajvOptions, limit = Infinity) {
  process.chdir(dir);
  const schemas = {};
  for (const [folder, type] of Object.entries(FOLDER_TYPE))
    schemas[path.relative(dir, path.join(SCHEMAS, `${type}.schema.json`))] = [`${folder}/**/*.md`];
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkLintFrontmatterSchema, { schemas, ajvOptions });
  let messages = 0;
  let sample;
  const files = (await listMarkdown(dir)).slice(0, limit);
  for (const rel of files) {
    const file = new VFile({ path: path.join(dir, rel), value: await fs.readFile(path.join(dir, rel), 'utf8') });
    await processor.run(processor.parse(file), file); // parse + lint; no compiler, nothing to write back
    messages += file.messages.length;
    sample ??= file.messages[0] && `${rel}: ${file.messages[0].reason}`;
  }
  return { files: files.length, messages, sample };
}
