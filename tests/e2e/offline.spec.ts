import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { domains } from '@/lib/screening/catalog';
import { answer, continueTo, printToText } from './helpers';

// The worker file the production server serves (written by scripts/build-sw.mjs).
const workerFile = 'public/sw.js';

/** Waits until the offline worker has installed (every file cached) and controls the page. */
async function waitForOfflineWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function walkToOutcome(page: Page, locale: 'en' | 'es') {
  const words =
    locale === 'en'
      ? {
          start: 'Start screening',
          continue: 'Continue',
          private: 'Can you talk in private?',
          yes: 'Yes',
          see: 'See what the answers suggest',
        }
      : {
          start: 'Comenzar la evaluación',
          continue: 'Continuar',
          private: '¿Pueden hablar en privado?',
          yes: 'Sí',
          see: 'Ver lo que sugieren las respuestas',
        };
  await page.getByRole('link', { name: words.start }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/screening/safety$`));
  await answer(page, words.private, words.yes);
  for (const next of [...domains.slice(1), 'needs', 'review'])
    await continueTo(page, words.continue, new RegExp(`/${locale}/screening/${next}$`));
  await page.getByRole('link', { name: words.see }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/screening/outcome$`));
  await expect(page.locator('.urgency')).toBeVisible();
}

test('after one visit the whole checklist, the outcome, the contacts and printing work with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/en');
  // The worker installs in the background on the first visit and takes control of the page.
  await waitForOfflineWorker(page);

  await context.setOffline(true);

  // English, by in-app navigation from the page of the first visit.
  await walkToOutcome(page, 'en');
  const english = await printToText(page, 'Letter');
  expect(english.pages).toBe(1);
  expect(english.text).toContain('1-888-373-7888');

  // Spanish, by full page loads served from the cache.
  await page.goto('/es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await walkToOutcome(page, 'es');
  const spanish = await printToText(page, 'A4');
  expect(spanish.pages).toBe(1);
  expect(spanish.text).toContain('Contactos útiles');

  await page.goto('/es/referrals');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The bare address picks a language offline too.
  await page.goto('/');
  await expect(page).toHaveURL(/\/(en|es|ar|vi|sw|so)$/);
});

test('the worker precaches only the app: pages, their navigation data and static files', async ({ page }) => {
  await page.goto('/en');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const urls = await page.evaluate(async () => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys())
        found.push(new URL(request.url).pathname + new URL(request.url).search);
    }
    return found;
  });
  for (const locale of ['en', 'es', 'ar', 'vi', 'sw', 'so']) {
    for (const path of ['', '/screening/safety', '/screening/outcome', '/referrals']) {
      expect(urls).toContain(`/${locale}${path}`);
      expect(urls).toContain(`/${locale}${path}?_rsc`);
    }
  }
  expect(urls.some((url) => url.startsWith('/_next/static/'))).toBe(true);
  expect(urls).toContain('/manifest.webmanifest');
});

test('the web app manifest makes the guide installable, without an orientation lock', async ({ page, request }) => {
  await page.goto('/en');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');
  expect(manifest.orientation).toBeUndefined();
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});

test('a new version installs in the background and waits for the next visit, never interrupting a screening', async ({
  page,
  context,
}) => {
  await page.goto('/en/screening/safety');
  await waitForOfflineWorker(page);
  await answer(page, 'Can you talk in private?', 'Yes');

  // The next build's worker: the same code with another version, served as a deployment would serve it.
  const current = readFileSync(workerFile, 'utf8');
  const version = /const VERSION = '([^']+)'/.exec(current)![1]!;
  writeFileSync(workerFile, current.replace(`'${version}'`, `'${version}-next'`));
  try {
    await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      while (!registration.waiting) await new Promise((resolve) => setTimeout(resolve, 100));
    });

    // It waits: the screening in progress keeps its page, its answer and its worker.
    const state = await page.evaluate(async () => ({
      waiting: (await navigator.serviceWorker.getRegistration())!.waiting !== null,
      caches: await caches.keys(),
    }));
    expect(state.waiting).toBe(true);
    expect(state.caches.sort()).toEqual([`screening-guide-${version}`, `screening-guide-${version}-next`]);
    await expect(
      page.getByRole('group', { name: 'Can you talk in private?' }).getByRole('radio', { name: 'Yes', exact: true }),
    ).toBeChecked();
    await continueTo(page, 'Continue', /physical-abuse$/);

    // The next visit, once every tab of the guide has closed, runs the new version and drops the old files.
    await page.close();
    const nextVisit = await context.newPage();
    await nextVisit.goto('/en');
    await expect.poll(() => nextVisit.evaluate(() => caches.keys())).toEqual([`screening-guide-${version}-next`]);
  } finally {
    writeFileSync(workerFile, current);
  }
});
