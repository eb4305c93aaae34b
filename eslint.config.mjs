// Lint: typed rules that catch real bugs, chiefly promises nobody awaits
// (mark deliberate fire-and-forget with `void`).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node:test's describe/test return promises the runner itself tracks.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'test', 'it', 'suite'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Only client/, test/vscode/ and bench/vscode/ may import vscode.' }] }],
    },
  },
  {
    files: ['client/**/*.ts', 'test/vscode/**/*.ts', 'bench/vscode/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
