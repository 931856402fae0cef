// Shared by the end-to-end scripts: prints each check and adds the counts to .wtr-summary.json,
// which .ci/run reads for its closing line "N passed, N failed".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const summaryFile = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), '.wtr-summary.json');

/** `results`: `{ name, failures: string[] }[]`. Sets the exit code when anything failed. */
export function report(label, results) {
  let passed = 0;
  let failed = 0;
  for (const { name, failures } of results) {
    if (failures.length) {
      failed++;
      console.log(`  ✗ ${label}: ${name}\n${failures.map((f) => `      ${f}`).join('\n')}`);
    } else {
      passed++;
      console.log(`  ✓ ${label}: ${name}`);
    }
  }
  console.log(`${label} end-to-end: ${passed} passed, ${failed} failed`);
  const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  writeFileSync(summaryFile, JSON.stringify({ ...summary, passed: summary.passed + passed, failed: summary.failed + failed }));
  process.exitCode = failed ? 1 : 0;
}
