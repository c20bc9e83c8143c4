/** Colours from the VS Code theme (its CSS variables), so charts read well in light, dark and high-contrast themes. */

export interface Palette {
  foreground: string;
  muted: string;
  grid: string;
  font: string;
  highContrast: boolean;
  /** Named series colours from the theme's chart colours. */
  blue: string;
  green: string;
  yellow: string;
  orange: string;
  red: string;
  purple: string;
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

export function palette(): Palette {
  const foreground = cssVar('--vscode-charts-foreground', cssVar('--vscode-foreground', '#333'));
  return {
    foreground,
    muted: cssVar('--vscode-descriptionForeground', foreground),
    grid: cssVar('--vscode-charts-lines', 'rgba(128,128,128,0.35)'),
    font: cssVar('--vscode-font-family', 'sans-serif'),
    highContrast:
      document.body.classList.contains('vscode-high-contrast') ||
      document.body.classList.contains('vscode-high-contrast-light'),
    blue: cssVar('--vscode-charts-blue', '#3794ff'),
    green: cssVar('--vscode-charts-green', '#388a34'),
    yellow: cssVar('--vscode-charts-yellow', '#bf8803'),
    orange: cssVar('--vscode-charts-orange', '#d18616'),
    red: cssVar('--vscode-charts-red', '#e51400'),
    purple: cssVar('--vscode-charts-purple', '#652d90'),
  };
}

/** Calls `changed` when VS Code switches theme (it changes the body's classes and variables). */
export function onThemeChange(changed: () => void): void {
  let last = document.body.className;
  new MutationObserver(() => {
    if (document.body.className !== last) {
      last = document.body.className;
      changed();
    }
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}
