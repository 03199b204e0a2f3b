// Type-checks every ```ts sample of docs/api-client.md against the real packages, so the
// guide cannot drift from the API. Each sample is its own module (top-level await allowed).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const doc = readFileSync(join(root, '../../docs/api-client.md'), 'utf8');
const samples = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
// Inside node_modules so `@giftkit/core`, `@giftkit/http` and axios resolve as in a host app.
const dir = join(root, 'node_modules/.cache/doc-samples');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
samples.forEach((code, i) => writeFileSync(join(dir, `sample${i}.ts`), /^export /m.test(code) ? code : `${code}\nexport {};\n`));
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify({ extends: '../../../tsconfig.json', include: ['*.ts'], compilerOptions: { paths: { '@giftkit/http': ['../../../src/index.ts'] } } }),
);
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
  console.warn(`docs/api-client.md: ${samples.length} TypeScript samples type-check.`);
} catch {
  console.error('docs/api-client.md: a TypeScript sample does not type-check (see above).');
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
