import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Links between pages are plain <a>: each page is loaded whole, with its charts drawn by the
    // server, never assembled in the browser by the router (components/charts/README.md).
    rules: {
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message:
                'Link pages with a plain <a href>: a page the client router assembles has no chart SVG, which only the server HTML carries (components/charts/README.md).',
            },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', '.next-*/**', '.synthetic/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
