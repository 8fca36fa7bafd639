import { expect, test } from '@playwright/test';
import { answer, continueTo, expectAnswered } from './helpers';

test("the browser's Back returns to the previous step with its answers", async ({ page }) => {
  await page.goto('/en/screening/safety');
  await answer(page, 'Can you talk in private?', 'Yes');
  await continueTo(page, 'Continue', /\/en\/screening\/physical-abuse$/);
  await answer(page, 'Looks underfed, dehydrated or exhausted', 'Observed');
  await continueTo(page, 'Continue', /\/en\/screening\/control$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/screening\/physical-abuse$/);
  await expectAnswered(page, 'Looks underfed, dehydrated or exhausted', 'Observed');
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/screening\/safety$/);
  await expectAnswered(page, 'Can you talk in private?', 'Yes');
  await page.goForward();
  await expect(page).toHaveURL(/\/en\/screening\/physical-abuse$/);
});

test('a Change link on the check-answers page leads to that step and Continue returns to the summary', async ({ page }) => {
  await page.goto('/en/screening/safety');
  for (const next of ['physical-abuse', 'control', 'identity-documents', 'debt-bondage', 'work-and-living', 'needs', 'review']) {
    await continueTo(page, 'Continue', new RegExp(`/en/screening/${next}$`));
  }
  const row = page.locator('.summary-row', { hasText: 'Someone else holds their ID, passport or papers' });
  await expect(row.getByRole('definition')).toHaveText('Not asked');

  await page.getByRole('link', { name: 'Change answers for Identity documents' }).click();
  await expect(page).toHaveURL(/\/en\/screening\/identity-documents$/);
  await answer(page, 'Someone else holds their ID, passport or papers', 'Yes');
  await continueTo(page, 'Continue', /\/en\/screening\/review$/);
  await expect(row.getByRole('definition')).toHaveText('Yes');

  // After returning, Continue goes on normally again.
  await page.getByRole('link', { name: 'Change answers for Control by others' }).click();
  await continueTo(page, 'Continue', /\/en\/screening\/review$/);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\/en\/screening\/needs$/);
  await continueTo(page, 'Continue', /\/en\/screening\/review$/);
});

test('a clear-answer control takes an answer back to "not asked"', async ({ page }) => {
  await page.goto('/en/screening/control');
  await answer(page, 'Threats against the person or their family', 'Yes');
  await page
    .getByRole('button', { name: 'Clear answer Clear the answer to: Threats against the person or their family' })
    .click();
  await expect(
    page.getByRole('group', { name: 'Threats against the person or their family' }).getByRole('radio', { checked: true }),
  ).toHaveCount(0);
});
