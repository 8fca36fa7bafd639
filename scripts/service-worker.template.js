/* Offline support for the screening guide. Generated into public/sw.js by scripts/build-sw.mjs after each
 * production build; do not edit public/sw.js by hand.
 *
 * It caches the app's own files only: every prerendered page of every locale (as HTML for full loads and
 * as React Server Component data for in-app navigation) and every static file. It never sees an answer:
 * answers live in page memory and are never requested or sent. A new version installs in the background
 * and waits; it takes over on the next visit, never in the middle of a screening. */
const VERSION = '__VERSION__';
const PAGES = __PAGES__;
const STATIC_FILES = __STATIC_FILES__;
const LOCALES = __LOCALES__;
const CACHE = `screening-guide-${VERSION}`;

/** Pages are cached once per kind: the HTML, and the full RSC payload that `?_rsc` with `RSC: 1` returns. */
function rscKey(pathname) {
  return `${pathname}?_rsc`;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...PAGES, ...STATIC_FILES]);
      await Promise.all(
        PAGES.map(async (page) => {
          const response = await fetch(rscKey(page), { headers: { RSC: '1' } });
          if (!response.ok) throw new Error(`RSC payload for ${page}: ${response.status}`);
          await cache.put(rscKey(page), response);
        }),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      // Control the page that installed it, so the guide works offline from this first visit on.
      await self.clients.claim();
    })(),
  );
});

/** The locale for `/` when offline, from the device's languages, as the server would choose. */
function preferredLocale() {
  for (const tag of self.navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (LOCALES.includes(base)) return base;
  }
  return LOCALES[0];
}

async function fromCacheOrNetwork(key, request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const pathname = url.pathname.replace(/\/$/, '') || '/';
  const isRsc = request.headers.get('RSC') === '1';
  const isPrefetch = request.headers.has('Next-Router-Prefetch') || request.headers.has('Next-Router-Segment-Prefetch');

  if (isRsc && isPrefetch) {
    // Prefetches are an optimisation: online they go to the server; offline the navigation itself is served.
    event.respondWith(fetch(request).catch(() => new Response(null, { status: 204 })));
    return;
  }
  if (isRsc && PAGES.includes(pathname)) {
    event.respondWith(fromCacheOrNetwork(rscKey(pathname), request));
    return;
  }
  if (request.mode === 'navigate') {
    if (pathname === '/') {
      event.respondWith(fetch(request).catch(() => Response.redirect(`/${preferredLocale()}`, 302)));
      return;
    }
    // Query strings never matter to a page: serve the cached page whatever follows `?`.
    if (PAGES.includes(pathname)) event.respondWith(fromCacheOrNetwork(pathname, request));
    return;
  }
  // Next writes "[locale]" in script addresses as "%5Blocale%5D"; the list holds the plain form.
  const file = decodeURIComponent(url.pathname);
  if (STATIC_FILES.includes(file)) event.respondWith(fromCacheOrNetwork(file, request));
});
