// `pnpm test`: every test, in two Vitest runs side by side.
// - node: core, http, mocks, React on 19 and 18 (jsdom), the repo checks — with coverage (the
//   domain core must stay ≥ 95 % covered). CPU-bound.
// - browser: every Storybook story and the examples end to end, in Debian's Chromium — without
//   coverage, which costs these a third more time and guards nothing the node run doesn't.
//   Mostly waiting on the browser, so it overlaps well with the node run.
// With GIFTKIT_TEST_REPORT_DIR set, each run also writes a JSON report there (CI sums them).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = {
  node: ['--coverage', '--project', 'repo', '--project', 'core', '--project', 'http', '--project', 'mocks', '--project', 'react', '--project', 'react18'],
  browser: ['--project', 'storybook', '--project', 'e2e'],
};

const reportDir = process.env.GIFTKIT_TEST_REPORT_DIR;
if (reportDir) mkdirSync(reportDir, { recursive: true });

function run(name, projectArgs) {
  const reporters = reportDir ? ['--reporter=default', '--reporter=json', `--outputFile.json=${join(reportDir, `${name}.json`)}`] : [];
  const child = spawn('npx', ['vitest', 'run', ...projectArgs, ...reporters, ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
  });
  // Each line says which run it came from.
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.on('data', (chunk) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
    });
    stream.on('end', () => pending && process.stdout.write(`[${name}] ${pending}\n`));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve({ name, code: code ?? 1 })));
}

const results = await Promise.all(Object.entries(RUNS).map(([name, args]) => run(name, args)));
const failed = results.filter((result) => result.code !== 0);
for (const { name, code } of results) console.log(`${name} tests: ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
process.exit(failed.length > 0 ? 1 : 0);
