import { expect, test, type Page } from '@playwright/test';
import { answer, continueTo, printToText } from './helpers';

async function screenToOutcome(page: Page) {
  await page.goto('/en/screening/safety');
  await answer(page, 'Is the person under 18, or could they be?', 'No');
  await answer(page, 'Can you talk in private?', 'Yes');
  await continueTo(page, 'Continue', /physical-abuse$/);
  await answer(page, /^Bruises, burns, cuts/, 'Observed');
  await continueTo(page, 'Continue', /control$/);
  await answer(page, 'Not free to leave work or the place they stay', 'Yes');
  for (const next of ['identity-documents', 'debt-bondage', 'work-and-living', 'needs']) {
    await continueTo(page, 'Continue', new RegExp(`${next}$`));
  }
  await page.getByRole('checkbox', { name: 'A safe place to stay' }).check();
  await page.getByRole('checkbox', { name: 'Health care' }).check();
  await page.getByRole('checkbox', { name: 'Someone to talk to, counselling' }).check();
  await continueTo(page, 'Continue', /review$/);
  await page.getByRole('link', { name: 'See what the answers suggest' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'High concern' })).toBeVisible();
}

test('Print referral sheet calls the browser print', async ({ page }) => {
  await screenToOutcome(page);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print referral sheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

for (const format of ['Letter', 'A4'] as const) {
  test(`the printed sheet is one ${format} page of confirmed contacts, discreet, with no answer on it`, async ({ page }) => {
    await screenToOutcome(page);
    const { pages, text } = await printToText(page, format);
    expect(pages).toBe(1);
    expect(text).toContain('Helpful contacts');
    // 911 and the national hotline, call and text, come first.
    expect(text).toMatch(/Emergency Call 911 National helpline.*1-888-373-7888.*HELP.*233733/);
    expect(text).toContain('816-861-6100'); // Rose Brooks Center, matched and confirmed
    expect(text).toContain('MOCSA');
    // Never an unconfirmed number (KC CARE matched health care but is unconfirmed), never law enforcement.
    expect(text).not.toContain('816-753-5144');
    expect(text).not.toContain('816-472-5664');
    expect(text).not.toContain('1-866-347-2423');
    // Nothing about the person: no sign, no answer, no level of concern, no controls, no date.
    for (const forbidden of [
      'Bruises',
      'Not free to leave',
      'High concern',
      'Observed',
      'Exit this page',
      'Español',
      'Sexual Assault',
      'Trafficking',
      'Print referral sheet',
    ]) {
      expect(text).not.toContain(forbidden);
    }
    expect(text).not.toMatch(/20\d\d/);
  });
}

test('the sheet printed from the outcome follows the current language', async ({ page }) => {
  await screenToOutcome(page);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/screening\/outcome$/);
  const { pages, text } = await printToText(page, 'Letter');
  expect(pages).toBe(1);
  expect(text).toContain('Contactos útiles');
  expect(text).toContain('1-888-373-7888');
});
