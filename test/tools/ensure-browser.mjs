/**
 * Makes sure a test browser is installed: `node ensure-browser.mjs chromium`
 * or `… firefox`. As root on Debian it installs Debian's package (chromium,
 * firefox-esr); anywhere else it stops with a one-line instruction, exit 1.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findFirefox } from './chromium.mjs';

const BROWSERS = {
  chromium: { find: findChromium, apt: 'chromium', hint: 'install it (Debian: sudo apt-get install chromium) or set CHROME_PATH' },
  firefox: { find: findFirefox, apt: 'firefox-esr', hint: 'install it (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH' },
};

const browser = BROWSERS[process.argv[2] ?? 'chromium'];
if (!browser) {
  console.error(`ensure-browser: unknown browser "${process.argv[2]}" (chromium or firefox)`);
  process.exit(2);
}
if (!browser.find()) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/etc/debian_version')) {
    console.log(`${browser.apt} not found: installing Debian's package (apt-get)…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${browser.apt}`, {
      stdio: 'inherit',
    });
  }
  if (!browser.find()) {
    console.error(`${browser.apt} not found: ${browser.hint}.`);
    process.exit(1);
  }
}
