/**
 * The dashboard's HTML shell: a strict Content Security Policy (nothing but our own script, by
 * nonce, and our own style sheet), no inline script or handler. The extension and the test page both use it.
 */
export interface PageAssets {
  /** The origin allowed for the style sheet and images (a webview's `cspSource`). */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /** A fresh random value per load. */
  nonce: string;
  lang: string;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function dashboardPage(a: PageAssets): string {
  const csp = `default-src 'none'; style-src ${a.cspSource}; img-src ${a.cspSource} data:; font-src ${a.cspSource}; script-src 'nonce-${a.nonce}'`;
  return `<!DOCTYPE html>
<html lang="${attr(a.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(a.styleUri)}">
</head>
<body data-state="loading">
<main id="app" aria-busy="true"></main>
<script nonce="${attr(a.nonce)}" src="${attr(a.scriptUri)}"></script>
</body>
</html>
`;
}

/** A nonce: 32 characters from a random source (Web Crypto, in Node 20 and browsers). */
export function makeNonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}
