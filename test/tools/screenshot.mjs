/**
 * Screenshots a page in headless Chromium, for looking at what a person sees:
 *   node test/tools/screenshot.mjs <url> <out.png> [width] [--full] [--at=<css selector>]
 * Prints the page's console errors and warnings.
 */
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const [url, out, width = '1280'] = process.argv.slice(2);
const full = process.argv.includes('--full');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warn') console.log(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
  await page.setViewport({ width: Number(width), height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const at = process.argv.find((a) => a.startsWith('--at='))?.slice(5);
  if (at) {
    await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView(), at);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await page.screenshot({ path: out, fullPage: full });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
