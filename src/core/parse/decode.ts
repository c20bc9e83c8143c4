/** Bytes to text: strict UTF-8, BOM removed (editors hide it too, so columns agree). */

export type Decoded = { ok: true; text: string } | { ok: false };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: lonelyCrAsLf(decoder.decode(bytes)) };
  } catch {
    return { ok: false };
  }
}

/**
 * A lone CR (the line end of old Mac files) read as LF, as editors show it: such a record is read,
 * not silently taken for a file without front matter. Same length, so every offset holds; CRLF stays.
 */
export function lonelyCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
