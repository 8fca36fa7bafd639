import { expect, test, type Page } from '@playwright/test';
import { domains } from '@/lib/screening/catalog';
import { exitDestination } from '@/lib/safety/exit';
import { continueTo } from './helpers';

const pagePaths = (locale: string) => [
  `/${locale}`,
  ...[...domains, 'needs', 'review', 'outcome'].map((step) => `/${locale}/screening/${step}`),
  `/${locale}/referrals`,
  `/${locale}/privacy`,
];

/** Answers every question on every step with its first option, and chooses every need. */
async function answerEverything(page: Page, locale: 'en' | 'es') {
  const continueLabel = locale === 'en' ? 'Continue' : 'Continuar';
  await page.goto(`/${locale}/screening/safety`);
  // Safety first, as "No" to under 18 so that every later question is shown.
  const safetyGroups = page.locator('form').getByRole('group');
  for (let index = 0; index < (await safetyGroups.count()); index += 1) {
    await safetyGroups.nth(index).getByRole('radio').nth(1).check();
  }
  for (const step of [...domains.slice(1), 'needs']) {
    await continueTo(page, continueLabel, new RegExp(`/${locale}/screening/${step}$`));
    const groups = page.locator('form').getByRole('group');
    for (let index = 0; index < (await groups.count()); index += 1) {
      const first = groups.nth(index).getByRole('radio').first();
      if (await first.count()) await first.check();
    }
    const boxes = page.getByRole('checkbox');
    for (let index = 0; index < (await boxes.count()); index += 1) await boxes.nth(index).check();
  }
  await continueTo(page, continueLabel, new RegExp(`/${locale}/screening/review$`));
  await page.locator('.actions a').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/screening/outcome$`));
  await expect(page.locator('.urgency')).toBeVisible();
}

async function routeExitDestination(page: Page) {
  await page.route(`${exitDestination}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

for (const locale of ['en', 'es'] as const) {
  test(`after a whole screening in ${locale}: nothing stored, every request a same-origin GET`, async ({
    page,
    context,
    baseURL,
    request: server,
  }) => {
    const requests: { method: string; url: URL }[] = [];
    // The context sees the pages' requests and the offline worker's alike.
    context.on('request', (request) => requests.push({ method: request.method(), url: new URL(request.url()) }));
    await answerEverything(page, locale);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => {
      const cacheEntries: { url: string; body: string }[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          cacheEntries.push({ url: request.url, body: await (await cache.match(request))!.text() });
        }
      }
      return {
        cookie: document.cookie,
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        databases: await indexedDB.databases(),
        cacheEntries,
      };
    });
    expect(stored.cookie).toBe('');
    expect(stored.localStorage).toBe(0);
    expect(stored.sessionStorage).toBe(0);
    expect(stored.databases).toEqual([]);
    // The caches hold the app's own files, exactly as the server serves them to anyone, and nothing else.
    expect(stored.cacheEntries.length).toBeGreaterThan(100);
    for (const entry of stored.cacheEntries) {
      const url = new URL(entry.url);
      expect(url.origin).toBe(new URL(baseURL!).origin);
      expect(url.search, url.href).toMatch(/^(\?_rsc)?$/);
      const fresh = await server.get(url.pathname + url.search, { headers: url.search ? { RSC: '1' } : {} });
      expect(entry.body === (await fresh.text()), url.href).toBe(true);
    }

    expect(requests.length).toBeGreaterThan(0);
    const origin = new URL(baseURL!).origin;
    for (const { method, url } of requests) {
      expect(method, url.href).toBe('GET');
      expect(url.origin, url.href).toBe(origin);
      // No answer ever rides in a URL: the only queries are Next's own cache keys on pages and static files.
      const isStaticFile = /\.[a-z0-9]+$/i.test(url.pathname);
      if (!isStaticFile)
        expect(
          [...url.searchParams.keys()].filter((key) => key !== '_rsc'),
          url.href,
        ).toEqual([]);
    }
  });
}

test('every page and static file carries the security headers', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const paths = [...pagePaths('en'), ...pagePaths('es'), '/en/no-such-page'];
  const assets = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    for (const src of await page
      .locator('script[src], link[rel="stylesheet"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? node.getAttribute('href') ?? '')))
      assets.add(src);
  }
  expect(violations).toEqual([]);
  expect(assets.size).toBeGreaterThan(0);

  for (const path of ['/', ...paths, ...assets]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "script-src 'self' 'unsafe-inline'",
    ])
      expect(csp, `${path}: ${directive}`).toContain(directive);
    expect(csp).not.toContain('unsafe-eval');
    // 'unsafe-inline' only where Next needs it: its inline hydration scripts, never styles.
    expect(
      csp
        .split(';')
        .filter((directive) => directive.includes('unsafe-inline'))
        .map((directive) => directive.trim()),
    ).toEqual(["script-src 'self' 'unsafe-inline'"]);
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
      expect(headers['permissions-policy'], path).toContain(feature);
    expect(headers['x-powered-by'], path).toBeUndefined();
    expect(headers['set-cookie'], path).toBeUndefined();
  }
});

test('no page has a free-text field', async ({ page }) => {
  for (const path of [...pagePaths('en'), '/en/no-such-page']) {
    await page.goto(path);
    await expect(
      page.locator('input:not([type="radio"]):not([type="checkbox"]), textarea, select, [contenteditable]'),
    ).toHaveCount(0);
  }
});

test('a tap on Exit this page wipes the answers and leaves; Back shows no answer', async ({ page }) => {
  await routeExitDestination(page);
  await page.goto('/en/screening/safety');
  const exit = page.getByRole('link', { name: 'Exit this page' });
  // First in keyboard order, before any sensitive content.
  await page.keyboard.press('Tab');
  await expect(exit).toBeFocused();
  await page.getByRole('group', { name: 'Can you talk in private?' }).getByRole('radio', { name: 'No', exact: true }).check();
  await continueTo(page, 'Continue', /physical-abuse$/);
  await page
    .getByRole('group', { name: 'Looks underfed, dehydrated or exhausted' })
    .getByRole('radio', { name: 'Observed', exact: true })
    .check();
  await exit.click();
  await expect(page).toHaveURL(exitDestination);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();

  // The exit replaced the step it left, so Back lands on the step before, loaded afresh and empty.
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/screening\/safety$/);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await continueTo(page, 'Continue', /physical-abuse$/);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('Shift pressed three times on its own exits, announcing progress; Shift with another key does not count', async ({
  page,
}) => {
  await routeExitDestination(page);
  await page.goto('/en/screening/safety');
  await page.getByRole('group', { name: 'Can you talk in private?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await continueTo(page, 'Continue', /physical-abuse$/);
  await page
    .getByRole('group', { name: 'Looks underfed, dehydrated or exhausted' })
    .getByRole('radio', { name: 'Observed', exact: true })
    .check();
  const status = page.getByRole('status').filter({ hasText: /Shift/ });

  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed once. Press Shift 2 more times to exit.');
  await page.keyboard.press('Shift+KeyA');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed once. Press Shift 2 more times to exit.');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed twice. Press Shift 1 more time to exit.');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitDestination);

  // The exit replaced the page it left, so Back lands on the step before it, loaded afresh.
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/screening\/safety$/);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await continueTo(page, 'Continue', /physical-abuse$/);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('a page restored from the back-forward cache starts afresh, with no answer', async ({ page }) => {
  await page.goto('/en/screening/safety');
  await page.getByRole('group', { name: 'Can you talk in private?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  // What the browser fires when it restores a page from the back-forward cache.
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await reloaded;
  await expect(page.getByRole('group', { name: 'Can you talk in private?' })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the exit control still works as a plain link', async ({ page }) => {
    await routeExitDestination(page);
    await page.goto('/en/screening/safety');
    const exit = page.getByRole('link', { name: 'Exit this page' });
    await expect(exit).toHaveAttribute('rel', 'nofollow noreferrer');
    await exit.click();
    await expect(page).toHaveURL(exitDestination);
  });
});

test('after a period without use the worker is warned, then every answer is wiped', async ({ page }) => {
  await page.clock.install();
  await page.goto('/en/screening/safety');
  await page.getByRole('group', { name: 'Can you talk in private?' }).getByRole('radio', { name: 'Yes', exact: true }).check();

  await page.clock.fastForward('09:01');
  const dialog = page.getByRole('dialog', { name: 'Are you still there?' });
  await expect(dialog).toBeVisible();
  // Keep going dismisses the warning and keeps the answers.
  await dialog.getByRole('button', { name: 'Keep going' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);

  await page.clock.fastForward('09:01');
  await expect(dialog).toBeVisible();
  await page.clock.fastForward('01:00');
  await expect(page).toHaveURL(/\/en$/);
  await page.getByRole('link', { name: 'Start screening' }).click();
  await expect(page).toHaveURL(/\/en\/screening\/safety$/);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('closing or reloading with answers present asks first; after Start over it does not', async ({ page }) => {
  await page.goto('/en/screening/safety');
  await page.getByRole('group', { name: 'Can you talk in private?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});

test('Start over confirms, clears every answer and returns to the start; leaving then asks nothing', async ({ page }) => {
  await page.goto('/en/screening/safety');
  await page.getByRole('group', { name: 'Can you talk in private?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  for (const next of ['physical-abuse', 'control', 'identity-documents', 'debt-bondage', 'work-and-living', 'needs', 'review']) {
    await continueTo(page, 'Continue', new RegExp(`${next}$`));
  }
  await page.getByRole('link', { name: 'See what the answers suggest' }).click();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/en$/);
  expect(dialogs).toEqual(['confirm']);
  await page.reload();
  expect(dialogs).toEqual(['confirm']);
});

test('unknown paths and locales show a localized not-found page with the exit control and the hotline', async ({ page }) => {
  for (const [path, heading, expectedPath] of [
    ['/en/no-such-page', 'Page not found', /\/en\/no-such-page$/],
    ['/es/no-such-page', 'No se encontró la página', /\/es\/no-such-page$/],
    ['/xx/screening', 'Page not found', /\/en\/xx\/screening$/],
    ['/en/screening/no-such-step', 'Page not found', /\/en\/screening\/no-such-step$/],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page).toHaveURL(expectedPath);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('.exit-button')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('1-888-373-7888');
    await expect(page.locator('body')).not.toContainText(/Error:|at \w+ \(/);
  }
});

test('a value outside the answer options never becomes an answer; query strings are ignored', async ({ page }) => {
  await page.goto('/en/screening/control');
  const group = page.getByRole('group', { name: 'Threats against the person or their family' });
  // Rewrite an option's value in the page and choose it in the same instant, as a tamperer would.
  await group.getByRole('radio', { name: 'Yes', exact: true }).evaluate((input: HTMLInputElement) => {
    input.value = 'definitely';
    input.click();
  });
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/physical-abuse$/);
  await continueTo(page, 'Continue', /control$/);
  for (const next of ['identity-documents', 'debt-bondage', 'work-and-living', 'needs', 'review']) {
    await continueTo(page, 'Continue', new RegExp(`${next}$`));
  }
  const recorded = page.locator('.summary-row', { hasText: 'Threats against the person' }).getByRole('definition');
  // Whatever reached the store is one of the catalog's options, never the foreign value.
  expect(['Yes', 'Not asked']).toContain(await recorded.innerText());
  await expect(page.locator('main')).not.toContainText('definitely');

  // Answers never come from a URL.
  await page.goto('/en/screening/review?threatened=yes&danger-now=yes');
  await expect(page.locator('.summary-row', { hasText: 'Threats against the person' }).getByRole('definition')).toHaveText(
    'Not asked',
  );
  await expect(page.locator('.summary-row', { hasText: 'in danger right now' }).getByRole('definition')).toHaveText('Not asked');
});

test('the privacy page says what is kept, sent and remembered, and is linked from every page', async ({ page }) => {
  await page.goto('/en/screening/control');
  await page.getByRole('link', { name: 'Privacy: what this tool keeps' }).click();
  await expect(page).toHaveURL(/\/en\/privacy$/);
  for (const heading of ['What it keeps: nothing', 'What it sends: nothing', 'What the browser may still remember']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
});
