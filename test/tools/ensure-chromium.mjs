/**
 * Makes sure a Chromium is installed. As root on Debian it installs Debian's
 * package; anywhere else it stops with a one-line instruction.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/etc/debian_version')) {
    console.log('Chromium not found: installing Debian package "chromium" (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium', {
      stdio: 'inherit',
    });
  }
  if (!findChromium()) {
    console.error('Chromium not found: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.');
    process.exit(1);
  }
}
