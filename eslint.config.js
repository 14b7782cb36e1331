// Lint for the whole tree (`npm run lint`, part of `npm test`). Beyond typescript-eslint's recommended rules it holds
// the trust rules of issue #7: page text never becomes HTML or code. test/lint/ proves each of those rules fires.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

const htmlSinks = ['innerHTML', 'outerHTML'].map((property) => ({
  property,
  message: 'Page text is never inserted as HTML: build nodes and set textContent.',
}));
const htmlMethods = [
  { object: 'document', property: 'write', message: 'No document.write: build nodes instead.' },
  { object: 'document', property: 'writeln', message: 'No document.writeln: build nodes instead.' },
  { property: 'insertAdjacentHTML', message: 'Page text is never inserted as HTML: use insertAdjacentElement.' },
];

export default defineConfig(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'lib/taxonomy/taxonomy.json', 'test-results/**'],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    extends: [tseslint.configs.recommended, noUnsanitized.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    // no-eval and no-implied-eval only follow the globals they know of (window.eval, setTimeout('code')); TypeScript
    // checks the names, so these are declared for the two rules alone.
    languageOptions: {
      globals: { window: 'readonly', self: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly' },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      // Defence in depth beside no-unsanitized: it allows literal strings, these never allow the sink at all.
      'no-restricted-properties': ['error', ...htmlSinks, ...htmlMethods],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'No dangerouslySetInnerHTML: render text as children.',
        },
        {
          selector: 'Property[key.name="dangerouslySetInnerHTML"]',
          message: 'No dangerouslySetInnerHTML, not even through props objects.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
