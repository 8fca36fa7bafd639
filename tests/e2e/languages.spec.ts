import { expect, test } from '@playwright/test';
import ar from '@/messages/ar.json' with { type: 'json' };
import en from '@/messages/en.json' with { type: 'json' };
import es from '@/messages/es.json' with { type: 'json' };
import so from '@/messages/so.json' with { type: 'json' };
import sw from '@/messages/sw.json' with { type: 'json' };
import vi from '@/messages/vi.json' with { type: 'json' };
import { domains } from '@/lib/screening/catalog';
import { directionOf, localeSettings, locales } from '@/lib/i18n/locales';
import { answer, continueTo, printToText } from './helpers';

const messagesOf = { en, es, ar, vi, sw, so } as const;

const pages = ['', '/screening/safety', ...domains.slice(1).map((domain) => `/screening/${domain}`), '/screening/needs'];
const morePages = ['/screening/review', '/screening/outcome', '/referrals', '/privacy', '/no-such-page'];

test.describe('every locale', () => {
  // One viewport is enough to read every page in every language.
  test.skip(({ viewport }) => viewport!.width > viewport!.height, 'portrait only');

  for (const locale of locales) {
    test(`${locale}: every page has lang="${locale}", dir="${directionOf(locale)}" and no missing message`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (/MISSING_MESSAGE|FORMATTING_ERROR|INVALID_MESSAGE/.test(message.text())) problems.push(message.text());
      });
      for (const path of [...pages, ...morePages]) {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('html')).toHaveAttribute('dir', directionOf(locale));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // next-intl shows a missing message as its key path, such as "items.quota.label".
        const text = await page.locator('body').innerText();
        expect(text, `${locale}${path}`).not.toMatch(
          /\b(common|items|domains|answers|outcome|contact|needs|review|safety|sheet|exit|start)\.[a-z-]+/,
        );
      }
      expect(problems).toEqual([]);
      // The language links name each language in itself.
      const nav = page.getByRole('navigation', { name: messagesOf[locale].common.languages });
      for (const other of locales)
        await expect(nav.getByRole('link', { name: localeSettings[other].name })).toHaveAttribute('lang', other);
    });
  }
});

test('unreviewed translations carry a discreet note for the worker; English does not', async ({ page }) => {
  await page.goto('/en/screening/safety');
  await expect(page.getByText(en.common.translationNotReviewed)).toHaveCount(0);
  await page.goto('/vi/screening/safety');
  await expect(page.getByText(vi.common.translationNotReviewed)).toBeVisible();
});

test('a full screening in Arabic, right to left, to the outcome', async ({ page }) => {
  await page.goto('/ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: ar.start.start }).click();
  await expect(page).toHaveURL(/\/ar\/screening\/safety$/);
  await answer(page, ar.items['danger-now'].label, ar.answers.no);
  await answer(page, ar.items['under-18'].label, ar.answers.no);
  await answer(page, ar.items['can-talk-privately'].label, ar.answers.yes);
  const steps = [...domains.slice(1), 'needs', 'review'];
  await continueTo(page, ar.common.continue, new RegExp(`/ar/screening/${steps[0]}$`));
  await answer(page, ar.items['visible-injuries'].label, ar.answers.observed);
  await continueTo(page, ar.common.continue, new RegExp(`/ar/screening/${steps[1]}$`));
  await answer(page, ar.items['not-free-to-leave'].label, ar.answers.yes);
  for (const next of steps.slice(2)) await continueTo(page, ar.common.continue, new RegExp(`/ar/screening/${next}$`));
  await page.getByRole('link', { name: ar.review.continue }).click();
  await expect(page.getByRole('heading', { level: 2, name: ar.outcome.urgency['high-concern'].title })).toBeVisible();
  await expect(
    page.getByRole('region', { name: ar.outcome.flagsTitle }).getByText(ar.items['not-free-to-leave'].label),
  ).toBeVisible();
  // Phone numbers stay left to right inside the Arabic text.
  const hotline = page.getByRole('link', { name: /1-888-373-7888/ });
  await expect(hotline.locator('bdi')).toHaveAttribute('dir', 'ltr');
  // The exit control sits at the end edge: on the left in a right-to-left page.
  const exit = await page.locator('.exit-button').boundingBox();
  expect(exit!.x).toBeLessThan(page.viewportSize()!.width / 2);
});

test("the person's language shows beside the worker's on each question, and answers survive changing either", async ({
  page,
}) => {
  await page.goto('/en/screening/control');
  await answer(page, en.items['not-free-to-leave'].label, en.answers.yes);

  const picker = page.getByRole('group', { name: en.personLanguage.legend });
  await page.getByText(`${en.personLanguage.legend}:`).click();
  await picker.getByRole('radio', { name: 'Español' }).check();

  const question = page.getByRole('group', { name: new RegExp(`^${en.items['not-free-to-leave'].label}`) });
  const spanishLabel = question.locator('legend [lang="es"]');
  await expect(spanishLabel).toHaveText(es.items['not-free-to-leave'].label);
  await expect(question.locator('.question-ask [lang="es"]')).toContainText(es.items['not-free-to-leave'].ask);
  await expect(question.locator('.hint [lang="es"]')).toHaveText(es.items['not-free-to-leave'].hint);
  await expect(question.locator('.option [lang="es"]').first()).toHaveText(es.answers.yes);
  await expect(question.getByRole('radio', { checked: true })).toHaveCount(1);

  // The person's language changes: Arabic, marked right to left; the answer stays.
  await picker.getByRole('radio', { name: 'العربية' }).check();
  await expect(question.locator('legend [lang="ar"]')).toHaveText(ar.items['not-free-to-leave'].label);
  await expect(question.locator('legend [lang="ar"]')).toHaveAttribute('dir', 'rtl');
  await expect(question.getByRole('radio', { checked: true })).toHaveCount(1);

  // The worker's language changes: Vietnamese interface, Arabic beside it, the answer and step kept.
  await page.getByRole('navigation', { name: en.common.languages }).getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/vi\/screening\/control$/);
  const inVietnamese = page.getByRole('group', { name: new RegExp(`^${vi.items['not-free-to-leave'].label}`) });
  await expect(inVietnamese.getByRole('radio', { name: new RegExp(`^${vi.answers.yes}`) })).toBeChecked();
  await expect(page.locator(`legend [lang="ar"]`, { hasText: ar.items['not-free-to-leave'].label })).toBeVisible();
});

test('the printed sheet in Arabic is one page, right to left, with the hotline', async ({ page }) => {
  await page.goto('/ar/referrals');
  const sheet = page.locator('.referral-sheet');
  await expect(sheet).toHaveAttribute('dir', 'rtl');
  await page.emulateMedia({ media: 'print' });
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(ar.sheet.title);
  // Right-aligned on paper: the title's text hugs the right margin, far from the left one.
  const edges = await sheet.getByRole('heading', { level: 1 }).evaluate((heading) => {
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    const box = heading.getBoundingClientRect();
    return { rightGap: box.right - text.right, leftGap: text.left - box.left };
  });
  expect(edges.rightGap).toBeLessThan(2);
  expect(edges.leftGap).toBeGreaterThan(100);
  const { pages: count, text } = await printToText(page, 'Letter');
  expect(count).toBe(1);
  // Arabic reaches the page shaped: the PDF holds joined letter forms (Arabic Presentation Forms-B).
  expect(text).toMatch(/[\uFE70-\uFEFF]/);
  expect(text).toContain('1-888-373-7888');
  expect(text).toContain('233733');
});

test("the printed sheet comes out in the person's language, on one page, with the hotline", async ({ page }) => {
  await page.goto('/en/screening/safety');
  await answer(page, en.items['can-talk-privately'].label, en.answers.yes);
  await page.getByText(`${en.personLanguage.legend}:`).click();
  await page.getByRole('group', { name: en.personLanguage.legend }).getByRole('radio', { name: 'Soomaali' }).check();
  // The Somali wording arrives a moment later and lengthens the page: wait for it before pressing on.
  await expect(page.locator('legend [lang="so"]').first()).toBeVisible();
  for (const next of [...domains.slice(1), 'needs', 'review']) await continueTo(page, en.common.continue, new RegExp(`${next}$`));
  await page.getByRole('link', { name: en.review.continue }).click();
  await expect(page.locator('.referral-sheet')).toHaveAttribute('lang', 'so');
  const { pages: count, text } = await printToText(page, 'A4');
  expect(count).toBe(1);
  expect(text).toContain(so.sheet.title);
  expect(text).not.toContain(en.sheet.title);
  expect(text).toContain('1-888-373-7888');
});
