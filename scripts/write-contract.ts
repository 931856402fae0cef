// Writes contract/openapi.json from the zod schemas (npm run contract).
import { writeFileSync } from 'node:fs';
import { buildOpenApi } from './openapi.js';

const file = new URL('../contract/openapi.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
