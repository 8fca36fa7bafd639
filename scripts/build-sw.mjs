// Writes public/sw.js from scripts/service-worker.template.js after `next build`: the list of every
// prerendered page and static file of this build, and the build's id as the cache version.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const buildId = readFileSync('.next/BUILD_ID', 'utf8').trim();
const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8'));

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const urlOf = (root, prefix) => (file) => prefix + relative(root, file).split(sep).join('/');

const pages = Object.entries(manifest.routes)
  .filter(([route, info]) => info.dataRoute && !route.startsWith('/_'))
  .map(([route]) => route)
  .sort();
const locales = [...new Set(pages.map((page) => page.split('/')[1]))];
const staticFiles = [
  ...filesUnder('.next/static').map(urlOf('.next/static', '/_next/static/')),
  ...filesUnder('public')
    .filter((file) => !file.endsWith(`${sep}sw.js`))
    .map(urlOf('public', '/')),
  '/manifest.webmanifest',
  '/icon.svg',
].sort();

const worker = readFileSync('scripts/service-worker.template.js', 'utf8')
  .replace('__VERSION__', buildId)
  .replace('__PAGES__', JSON.stringify(pages))
  .replace('__STATIC_FILES__', JSON.stringify(staticFiles))
  .replace('__LOCALES__', JSON.stringify(locales));
writeFileSync('public/sw.js', worker);
console.log(
  `sw: public/sw.js caches ${pages.length} pages in ${locales.length} locales and ${staticFiles.length} files (build ${buildId})`,
);
