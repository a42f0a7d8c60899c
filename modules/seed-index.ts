import { defineWxtModule } from 'wxt/modules';
import { serializeIndex } from '../lib/index/schema';
import { buildSeedIndex } from '../scripts/seed-index';

/**
 * Turns `seeds/` into the bundled claim index (`index.json`) on every build: adding an article is
 * dropping a file in `seeds/` and rebuilding. A bad seed fails the build with the file and field named.
 */
export default defineWxtModule({
  name: 'parallax-seed-index',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_, assets) => {
      const index = buildSeedIndex();
      assets.push({ relativeDest: 'index.json', contents: serializeIndex(index) });
      wxt.logger.info(`Parallax index: ${index.sources.length} articles, ${index.claims.length} claims`);
    });
  },
});
