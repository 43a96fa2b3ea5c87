// Fails early, with instructions, when there is no Chromium for the end-to-end tests.
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const path = chromiumPath();
if (!path || !existsSync(path)) {
  console.error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or point CHROME_PATH at a Chrome/Chromium binary,',
      'e.g. `CHROME_PATH=/path/to/chrome npm test`.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`e2e browser: ${path}`);
