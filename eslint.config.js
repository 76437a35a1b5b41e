import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report', 'public/embedded'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // maplibre-gl is owned by src/map/ alone (see README, architecture).
      'no-restricted-imports': ['error', { paths: ['maplibre-gl'] }],
    },
  },
  {
    files: ['src/map/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
