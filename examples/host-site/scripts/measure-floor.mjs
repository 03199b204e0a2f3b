// What GiftKit costs each page of the demo: builds Streamly twice — as it ships, and with
// GiftKit's components swapped for empty placeholders ("the floor", `--mode floor`) — and
// prints, per route, the gzip size of the JavaScript that route loads in both builds and the
// difference. Exits 1 when a route's difference is over its budget.
//
// Counted per route: the entry chunk and the route's own chunk, with everything they import
// statically. Not counted: chunks loaded on demand only in some visits (a language other than
// English, MyGifts' edit dialog, the simulated platform — identical in both builds anyway).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const KB = 1000;

/**
 * Budgets, in gzip kB.
 * - The runtime, what every page with a `GiftKitProvider` pays (the offers page, no flow):
 *   the provider, English strings, RTK Query with React Redux, i18next.
 * - Each flow, on top of the runtime: its size-limit budget (package.json, dependencies
 *   external: Checkout 25, RedeemGift 15, MyGifts 15, GiftManager 25) plus the dependency
 *   code size-limit leaves out and a flow page brings: styled-components with stylis (~13),
 *   react-i18next (~3) and @internationalized/date (~4).
 */
const RUNTIME = 55;
const FLOW_DEPENDENCIES = 20;
const ROUTES = [
  { route: '/', page: 'src/pages/OffersPage.tsx', flow: 'runtime', budget: RUNTIME },
  { route: '/checkout/:offerId', page: 'src/pages/CheckoutPage.tsx', flow: 'Checkout', budget: 25 + FLOW_DEPENDENCIES },
  { route: '/subscribe/gift/activate', page: 'src/pages/RedeemPage.tsx', flow: 'RedeemGift', budget: 15 + FLOW_DEPENDENCIES },
  { route: '/account/gifts', page: 'src/pages/MyGiftsPage.tsx', flow: 'MyGifts', budget: 15 + FLOW_DEPENDENCIES },
  { route: '/admin/gifts', page: 'src/pages/AdminGiftsPage.tsx', flow: 'GiftManager', budget: 25 + FLOW_DEPENDENCIES },
];

function build(mode) {
  const args = ['vite', 'build', '--logLevel', 'error', ...(mode ? ['--mode', mode] : [])];
  execFileSync('npx', args, { cwd: root, stdio: 'inherit' });
  const outDir = resolve(root, mode === 'floor' ? 'dist-floor' : 'dist');
  const manifest = JSON.parse(readFileSync(resolve(outDir, '.vite/manifest.json'), 'utf8'));
  return { outDir, manifest };
}

/** Gzip bytes of the JS a route loads: entry + page chunk and their static imports. */
function routeBytes({ outDir, manifest }, page) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit('index.html');
  visit(page);
  let bytes = 0;
  for (const file of files) if (file.endsWith('.js')) bytes += gzipSync(readFileSync(resolve(outDir, file)), { level: 9 }).length;
  return bytes;
}

const shipped = build();
const floor = build('floor');
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const runtime = routeBytes(shipped, ROUTES[0].page) - routeBytes(floor, ROUTES[0].page);
let over = 0;
console.log(['route'.padEnd(26), 'with GiftKit'.padStart(12), 'floor'.padStart(9), 'difference'.padStart(10), '', 'counted as'.padEnd(12), 'size'.padStart(8), 'budget'.padStart(7)].join(' '));
for (const [index, { route, page, flow, budget }] of ROUTES.entries()) {
  const withGiftKit = routeBytes(shipped, page);
  const without = routeBytes(floor, page);
  const difference = withGiftKit - without;
  // The offers page is the runtime alone; a flow page is the runtime plus its flow.
  const counted = index === 0 ? difference : difference - runtime;
  const ok = counted <= budget * KB;
  if (!ok) over += 1;
  console.log([route.padEnd(26), kb(withGiftKit).padStart(12), kb(without).padStart(9), kb(difference).padStart(10), '', flow.padEnd(12), kb(counted).padStart(8), `${budget} kB`.padStart(7), ok ? '' : 'OVER'].join(' '));
}
if (over > 0) {
  console.error(`${over} route(s) over budget.`);
  process.exit(1);
}
console.log('Every route within budget.');
