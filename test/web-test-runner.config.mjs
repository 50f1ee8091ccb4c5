/**
 * Browser tests: every test/browser/**\/*.test.ts in headless Chromium, or
 * in Firefox ESR (WebDriver BiDi) with TRUST_SIGNALS_BROWSER=firefox;
 * TypeScript compiled on the fly by esbuild with the project's tsconfig.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { chromiumArgs, findChromium, findFirefox } from './tools/chromium.mjs';
import { a11yTreePlugin } from './tools/a11y-tree-plugin.mjs';
import { cspPlugin } from './tools/csp-plugin.mjs';
import { feedMiddleware } from './tools/feed-plugin.mjs';
import { summaryReporter } from './tools/summary-reporter.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a background tab gets no animation frames, which open-wc fixtures wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [feedMiddleware()],
  plugins: [a11yTreePlugin(), cspPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    process.env.TRUST_SIGNALS_BROWSER === 'firefox'
      ? chromeLauncher({
          puppeteer: puppeteerCore,
          launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
        })
      : chromeLauncher({
          launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs() },
        }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
