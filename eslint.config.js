// ESLint flat config. The import graph of ../shared/ARCHITECTURE.md is enforced here with
// import-x/no-restricted-paths, so folder boundaries hold no matter who edits the code.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['networks', 'peers', 'groups', 'policies', 'routes', 'exit-nodes', 'dns', 'setup-keys', 'settings', 'review', 'trace', 'reachability-tests', 'simulator', 'wizard'];

/** Each zone forbids `target` (importer) from importing `from`. */
const layerZones = [
  // domain imports nothing of ours
  { target: './src/domain', from: './src', except: ['./domain'], message: 'src/domain is pure: it may import only src/domain.' },
  // api may use domain
  { target: './src/api', from: './src', except: ['./api', './domain'], message: 'src/api may import only src/api and src/domain.' },
  // control plane may use api and domain
  { target: './src/control-plane', from: './src', except: ['./control-plane', './api', './domain'], message: 'src/control-plane may import only src/api and src/domain.' },
  // components may use api and domain
  { target: './src/components', from: './src', except: ['./components', './api', './domain', './lib'], message: 'src/components may import only src/api, src/domain and src/lib.' },
  // lib is tiny shared helpers (cn, formatting); it imports nothing of ours
  { target: './src/lib', from: './src', except: ['./lib'], message: 'src/lib may import only src/lib.' },
  // features never import the control plane, the app or the cli
  { target: './src/features', from: './src/control-plane', message: 'Features talk to the API, never to the control plane directly.' },
  { target: './src/features', from: './src/app', message: 'Features may not import the app shell.' },
  { target: './src/features', from: './src/cli', message: 'Features may not import the CLI.' },
  // cli may use domain, api, control-plane
  { target: './src/cli', from: './src', except: ['./cli', './domain', './api', './control-plane'], message: 'src/cli may import only domain, api and control-plane.' },
  // no feature imports another feature
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature may not import another feature: move shared code to src/components or src/domain.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.app.json', 'tsconfig.node.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never use dangerouslySetInnerHTML: render account data as text.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
      // The domain layer never touches the DOM or the network.
    },
  },
  {
    // Routing goes through src/lib/router only, so the library underneath stays one module's concern.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/router/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['react-router', 'react-router-dom', 'wouter', 'regexparam'].map((name) => ({ name, message: 'Import routing from @/lib/router.' })) }],
    },
  },
  {
    // Playwright fixtures call `use(...)`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'localStorage', 'sessionStorage'],
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-*', 'node:*'], message: 'src/domain is pure TypeScript: no React, no Node APIs.' }] }],
    },
  },
);
