/**
 * `npm test`: the whole suite, in order, stopping at the first broken stage.
 *
 *   1. type check (tsc)
 *   2. build (the Node tests and the bundle-size test read dist/)
 *   3. Chromium (Debian's package installed when missing and running as root)
 *   4. Node tests of the built output (core, JSON-LD, server rendering, and
 *      the demo shop end to end in headless Chromium)
 *   5. browser tests in Chromium (web-test-runner)
 *   6. the same browser tests in Firefox ESR (Debian's package installed when
 *      missing and running as root; skipped, and said so, where it cannot be)
 *
 * The last line is the combined count: `N passed, N failed, N skipped`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const total = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', ...options });
  if (options.capture) process.stdout.write(result.stdout);
  return result;
}

function finish(code) {
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(code);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (run('type check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']).status !== 0) {
  total.failed++;
  finish(1);
}
if (run('build', 'npm', ['run', '--silent', 'build']).status !== 0) {
  total.failed++;
  finish(1);
}

if (run('Chromium', process.execPath, ['test/tools/ensure-browser.mjs', 'chromium']).status !== 0) {
  total.failed++;
  finish(1);
}
const node = run('Node tests (built output)', process.execPath, ['--test', '--test-reporter=spec', 'test/node/'], {
  capture: true,
  encoding: 'utf8',
});
for (const [, key, n] of node.stdout.matchAll(/^ℹ (pass|fail|skipped|todo) (\d+)$/gm)) {
  if (key === 'pass') total.passed += Number(n);
  else if (key === 'fail') total.failed += Number(n);
  else total.skipped += Number(n);
}
if (node.status !== 0 && total.failed === 0) total.failed++;

/** One web-test-runner run; its counts come from the summary reporter's file. Returns its exit status. */
function browserTests(title, browser) {
  const countsFile = join(mkdtempSync(join(tmpdir(), 'trust-signals-')), 'counts.json');
  const result = run(title, npx, ['web-test-runner', '--config', 'test/web-test-runner.config.mjs'], {
    env: { ...process.env, TRUST_SIGNALS_COUNTS: countsFile, TRUST_SIGNALS_BROWSER: browser },
  });
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  } else if (result.status !== 0) total.failed++;
  return result.status;
}

const chromium = browserTests('browser tests (Chromium)', 'chromium');
let firefox = 0;
if (run('Firefox ESR', process.execPath, ['test/tools/ensure-browser.mjs', 'firefox']).status === 0) {
  firefox = browserTests('browser tests (Firefox ESR)', 'firefox');
} else {
  console.log('Firefox ESR is not installed and cannot be installed here: the browser tests ran in Chromium only.');
}

finish(total.failed > 0 || node.status !== 0 || chromium !== 0 || firefox !== 0 ? 1 : 0);
