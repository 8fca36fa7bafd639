// `npm run size`: how much compressed JavaScript each prerendered page makes the browser download, read
// from the production build (`npm run build` first). Fails when any page exceeds the budget.
// The floor: a one-button Next 16 page ships about 133 KB gzip (see the brief's stack.md).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? 175);
const pagesRoot = '.next/server/app';
if (!existsSync(pagesRoot)) {
  console.error('size: no production build found; run `npm run build` first');
  process.exit(1);
}

function htmlFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') && !name.startsWith('_global-error') ? [path] : [];
  });
}

const gzipSizes = new Map();
function gzipSizeOf(src) {
  if (!gzipSizes.has(src)) {
    const file = join('.next', decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0]));
    gzipSizes.set(src, gzipSync(readFileSync(file), { level: 9 }).length);
  }
  return gzipSizes.get(src);
}

const rows = htmlFiles(pagesRoot).map((file) => {
  const html = readFileSync(file, 'utf8');
  // Modern browsers skip `noModule` scripts (legacy polyfills): they are not downloaded, so not counted.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
        .filter((match) => !/noModule/i.test(match[1] + match[3]))
        .map((match) => match[2]),
    ),
  ];
  const inlineBytes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('');
  const externalBytes = scripts.reduce((sum, src) => sum + gzipSizeOf(src), 0);
  const page =
    '/' +
    relative(pagesRoot, file)
      .replace(/\.html$/, '')
      .replace(/(^|\/)index$/, '');
  // The budget is on script files, as the framework's floor is measured; inline data is shown beside it.
  return { page, scripts: scripts.length, kb: externalBytes / 1024, inlineKb: gzipSync(inlineBytes, { level: 9 }).length / 1024 };
});

rows.sort((a, b) => a.page.localeCompare(b.page));
const width = Math.max(...rows.map((row) => row.page.length));
console.log(`${'page'.padEnd(width)}  scripts  gzip JS files (KB)  gzip inline data (KB)`);
for (const row of rows)
  console.log(
    `${row.page.padEnd(width)}  ${String(row.scripts).padStart(7)}  ${row.kb.toFixed(1).padStart(18)}  ${row.inlineKb.toFixed(1).padStart(21)}`,
  );
const heaviest = rows.reduce((max, row) => (row.kb > max.kb ? row : max), rows[0]);
console.log(`heaviest: ${heaviest.page} at ${heaviest.kb.toFixed(1)} KB; budget ${budgetKb} KB per page`);
const over = rows.filter((row) => row.kb > budgetKb);
if (over.length > 0) {
  console.error(`size: over budget: ${over.map((row) => row.page).join(', ')}`);
  process.exit(1);
}
