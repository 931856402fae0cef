#!/usr/bin/env node
// Checks translation files: every message translated, placeholders (<x id="N" …/>) kept exactly,
// no empty targets. node scripts/check-xliff.mjs [fr de es ar]
import { readFileSync } from 'node:fs';

const languages = process.argv.slice(2).length ? process.argv.slice(2) : ['fr', 'de', 'es', 'ar'];
let problems = 0;
for (const language of languages) {
  const xml = readFileSync(new URL(`../xliff/${language}.xlf`, import.meta.url), 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  let translated = 0;
  for (const [, id, body] of units) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined) {
      problems++;
      console.log(`${language} ${id}: not translated: ${source}`);
      continue;
    }
    if (!target.trim()) {
      problems++;
      console.log(`${language} ${id}: empty translation`);
      continue;
    }
    const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[0]).sort();
    if (JSON.stringify(placeholders(source)) !== JSON.stringify(placeholders(target))) {
      problems++;
      console.log(`${language} ${id}: placeholders differ\n  source: ${source}\n  target: ${target}`);
      continue;
    }
    translated++;
  }
  console.log(`${language}: ${translated} of ${units.length} messages translated`);
}
process.exitCode = problems ? 1 : 0;
