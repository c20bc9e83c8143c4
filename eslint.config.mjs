// The linter (`npm run lint`, part of `npm test`): typescript-eslint's recommended rules on the code.
// Layer rules (which folder may import which) are in test/core/architecture.test.ts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-test/',
      'bench/out/',
      'test/fixtures/',
      '.vscode-test/',
      'sample-workspace/',
      'src/core/schema/validators.generated.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node for the CLI, the extension host, scripts and tests; the browser for webviews and pages driven by tests.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  // CommonJS launchers: the bin and the VS Code test runner extension are plain require() scripts.
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
