// The Chromium launch options shared by the test runner and the end-to-end scripts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// Without the networking flags Chromium floods a closed network with refused connections.
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test pages run side by side; a page in the background must not have its timers throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export const freshProfile = () => mkdtempSync(join(tmpdir(), 'portico-chromium-'));
