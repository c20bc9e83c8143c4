/** Bytes to text: strict UTF-8, BOM removed (editors hide it too, so columns agree). */

export type Decoded = { ok: true; text: string } | { ok: false };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false };
  }
}
