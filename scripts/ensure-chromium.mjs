#!/usr/bin/env node
// Makes sure a Chromium is there for the browser tests: CHROME_PATH, else Debian's /usr/bin/chromium.
// Installs Debian's package when missing and running as root; otherwise says what to do in one line.
// Never downloads a browser of its own (the machines have no general internet).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH=${path} does not exist. Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error('Chromium is missing: run `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROME_PATH to a Chrome/Chromium binary), then `npm test` again.');
  process.exit(1);
}
console.log('Chromium is missing: installing Debian\u2019s chromium package (about 30 s)…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} catch {
  console.error('Installing chromium with apt-get failed. Install it yourself (`apt-get install -y chromium`) or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing. Set CHROME_PATH to your Chromium binary.`);
  process.exit(1);
}
