import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Dependencies" for why each piece is here.
export default defineConfig({
  // PARALLAX_OUT lets a benchmark or a parallel build write elsewhere than .output/.
  ...(process.env.PARALLAX_OUT ? { outDir: process.env.PARALLAX_OUT } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // PARALLAX_NO_MINIFY keeps function names for profiling (out/ scripts); releases are minified.
  vite: () => ({ plugins: [preact()], ...(process.env.PARALLAX_NO_MINIFY ? { build: { minify: false } } : {}) }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description: 'Highlights the facts other outlets also reported, and how they told them.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
