#!/usr/bin/env node
// Looks at a page in Debian's Chromium: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--full] [--dark]
// Prints the page's text and any page errors. For checking what a view looks like at 360 px and 1280 px.
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../test/chromium.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [url, out, width = '1280', height = '800'] = args.filter((a) => !a.startsWith('--'));
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
const page = await browser.newPage({ viewport: { width: +width, height: +height }, colorScheme: flags.has('--dark') ? 'dark' : 'light' });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: flags.has('--full') });
await browser.close();
