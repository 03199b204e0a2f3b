// Flat config: type-checked TypeScript, React hooks, jsx-a11y, and the workspace's
// dependency direction `core ← http | mocks | react` (no package reaches into another's src).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const deepImports = {
  group: ['**/packages/*/src/**', '@giftkit/*/src/**', '@giftkit/*/dist/**', '../../*/src/**'],
  message: 'Import another package through its public entry (`@giftkit/<name>`), never its files.',
};
const banned = (names, why) => names.map((name) => ({ name, message: why }));
const direction = (pkg, names, extraPatterns = []) => ({
  files: [`packages/${pkg}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: banned(names, `@giftkit/${pkg} must not depend on this (see docs/architecture in ARCHITECTURE.md).`),
        patterns: [deepImports, ...extraPatterns],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/dist-floor/**', '**/dist-remote/**', '**/coverage/**', 'storybook-static/**', '**/mockServiceWorker.js', '**/node_modules/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'vite.config.ts', '.ci/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  // Library code never logs (personal data must not reach a console).
  { files: ['packages/*/src/**'], rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] } },
  {
    files: ['**/*.{tsx,jsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  direction('core', ['@giftkit/http', '@giftkit/mocks', '@giftkit/react', 'react', 'react-dom', 'axios', 'msw', 'styled-components'], [
    { group: ['msw/*', 'react/*', 'react-dom/*', 'axios/*'], message: '@giftkit/core stays free of React, network and DOM libraries.' },
  ]),
  direction('http', ['@giftkit/mocks', '@giftkit/react', 'react', 'react-dom']),
  direction('mocks', ['@giftkit/http', '@giftkit/react', 'react', 'react-dom']),
  direction('react', ['@giftkit/http', '@giftkit/mocks', 'axios', 'msw'], [
    { group: ['msw/*', 'axios/*'], message: 'Components talk to GiftsApi only.' },
  ]),
  {
    // Stories and examples use the packages the way a host does: through their entries.
    files: ['stories/**', 'examples/**', '.storybook/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepImports] }] },
  },
  {
    // Tests and benchmarks may use the simulated platform; the rule above guards shipped code.
    files: ['packages/react/**/*.test.{ts,tsx}', 'packages/react/**/test/**', 'packages/react/**/*.bench.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepImports] }] },
  },
  {
    files: ['**/*.test.{ts,tsx}', '**/test/**', '**/*.bench.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // vi.waitFor gives up after 1 s: under CI load that flakes. Testing Library's waitFor uses
      // the 10 s set in packages/react/test/setup.ts.
      'no-restricted-properties': ['error', { object: 'vi', property: 'waitFor', message: "Use Testing Library's waitFor (10 s under load), not vi.waitFor (1 s)." }],
    },
  },
);
