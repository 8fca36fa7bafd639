// `npm run lighthouse`: audits the start page, a checklist step and the outcome page of the production
// build with Lighthouse's mobile preset in the system Chromium, prints the scores, and fails when one is
// under target (performance 0.95, accessibility 1, best practices 1). Each page is audited RUNS times
// (default 5) and the median run, by performance, is reported, as Lighthouse advises for noisy machines.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const origin = `http://localhost:${port}`;
const pages = ['/en', '/en/screening/control', '/en/screening/outcome'];
const targets = { performance: 0.95, accessibility: 1, 'best-practices': 1 };
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.RUNS ?? 5);

if (!existsSync('.next/BUILD_ID')) {
  console.error('lighthouse: no production build; run `npm run build` first');
  process.exit(1);
}

const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(port)], {
  stdio: 'ignore',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
const stopServer = () => server.kill('SIGTERM');

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/en`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the production server did not start');
}

let failed = false;
try {
  await waitForServer();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    console.log('page                        performance  accessibility  best-practices');
    for (const page of pages) {
      const results = [];
      for (let run = 0; run < runs; run += 1) {
        results.push(
          await lighthouse(`${origin}${page}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: Object.keys(targets),
          }),
        );
      }
      results.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
      const result = results[Math.floor(results.length / 2)];
      const scores = Object.fromEntries(
        Object.keys(targets).map((category) => [category, result.lhr.categories[category].score]),
      );
      console.log(
        `${page.padEnd(28)}${String(scores.performance).padStart(11)}${String(scores.accessibility).padStart(15)}${String(scores['best-practices']).padStart(16)}`,
      );
      for (const [category, target] of Object.entries(targets)) {
        if (scores[category] < target) {
          failed = true;
          const audits = Object.values(result.lhr.audits)
            .filter(
              (audit) =>
                audit.score !== null &&
                audit.score < 1 &&
                result.lhr.categories[category].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
            )
            .map((audit) => audit.id);
          console.log(`  ${category} ${scores[category]} < ${target}: ${audits.join(', ')}`);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
} finally {
  stopServer();
}
process.exit(failed ? 1 : 0);
