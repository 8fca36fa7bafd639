import { expect, test } from '@playwright/test';
import { printToText } from './helpers';

test('the referrals page, reachable without screening, filters contacts by need', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('link', { name: 'All contacts' }).click();
  await expect(page).toHaveURL(/\/en\/referrals$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts in the Kansas City area' })).toBeVisible();
  const filter = page.getByRole('group', { name: 'Show contacts for' });
  const names = () => page.getByRole('article').getByRole('heading', { level: 2 }).allTextContents();

  const everything = await names();
  expect(everything).toContain('National Human Trafficking Hotline');
  expect(everything.length).toBeGreaterThan(10);
  expect(everything).not.toContain('Missouri Trafficking Hotline');

  await filter.getByRole('radio', { name: 'Health care' }).check();
  expect(await names()).toEqual(['KC CARE Health Center']);
  await expect(page.getByRole('status').filter({ hasText: 'contact' })).toHaveText('1 contact');
  await expect(page.getByRole('article').getByText(/Not yet confirmed/)).toBeVisible();

  await filter.getByRole('radio', { name: 'Leaving the sex trade' }).check();
  expect(await names()).toEqual(["Veronica's Voice"]);

  await filter.getByRole('radio', { name: 'Reporting' }).check();
  const reporting = await names();
  expect(reporting).toContain('HSI Tip Line (Homeland Security Investigations)');
  expect(reporting).toContain('Kansas Protection Report Center');
  expect(reporting).not.toContain('Rose Brooks Center');
  // The filter stays out of the URL.
  await expect(page).toHaveURL(/\/en\/referrals$/);
});

test('the sheet printed from the referrals page holds only confirmed contacts for the filter, on one page', async ({ page }) => {
  await page.goto('/en/referrals');
  await page.getByRole('group', { name: 'Show contacts for' }).getByRole('radio', { name: 'A safe place to stay' }).check();
  const { pages, text } = await printToText(page, 'Letter');
  expect(pages).toBe(1);
  expect(text).toContain('911');
  expect(text).toContain('1-888-373-7888');
  expect(text).toContain('816-861-6100');
  expect(text).toContain('913-262-2868');
  expect(text).not.toContain('816-483-7101'); // Veronica's Voice: number unconfirmed
  expect(text).not.toContain('816-472-5664'); // reStart: numbers unconfirmed
});

test('every contact is printable on one page from the unfiltered list', async ({ page }) => {
  await page.goto('/en/referrals');
  const { pages, text } = await printToText(page, 'Letter');
  expect(pages).toBe(1);
  expect(text).not.toContain('816-234-5130');
});
