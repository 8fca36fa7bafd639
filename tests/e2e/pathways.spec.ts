import { expect, test } from '@playwright/test';
import { answer, continueTo } from './helpers';

test('danger now shows 911 at once, lets the worker go on, and puts 911 first on the outcome', async ({ page }) => {
  await page.goto('/en/screening/safety');
  await answer(page, 'Is the person, or anyone with them, in danger right now?', 'Yes');
  const alert = page.getByRole('alert').filter({ hasText: 'Danger now: call 911' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');

  await continueTo(page, 'Continue', /\/en\/screening\/physical-abuse$/);
  // The reminder follows the worker through the later steps.
  await expect(page.getByRole('link', { name: 'Call 911' })).toBeVisible();
});

test('danger now reaches the outcome with 911 ahead of every other contact', async ({ page }) => {
  await page.goto('/en/screening/safety');
  await answer(page, 'Is the person, or anyone with them, in danger right now?', 'Yes');
  await answer(page, 'Is the person under 18, or could they be?', 'No');
  for (const next of ['physical-abuse', 'control', 'identity-documents', 'debt-bondage', 'work-and-living', 'needs', 'review']) {
    await continueTo(page, 'Continue', new RegExp(`/en/screening/${next}$`));
  }
  await page.getByRole('link', { name: 'See what the answers suggest' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Danger now: call 911 first' })).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Contacts' });
  const names = await contacts.getByRole('heading', { level: 3 }).allTextContents();
  expect(names.slice(0, 2)).toEqual(['911', 'National Human Trafficking Hotline']);
});

test('a possible minor takes the child pathway: both state hotlines, observation only, child outcome', async ({ page }) => {
  await page.goto('/en/screening/safety');
  await answer(page, 'Is the person under 18, or could they be?', 'Not sure');
  const child = page.getByRole('alert').filter({ hasText: 'child pathway' });
  await expect(child).toBeVisible();
  await expect(
    child.getByRole('heading', { name: "Missouri Children's Division, Child Abuse and Neglect Hotline" }),
  ).toBeVisible();
  await expect(child.getByRole('heading', { name: 'Kansas Protection Report Center' })).toBeVisible();
  await expect(child.getByRole('link', { name: 'Call 1-800-392-3738' })).toHaveAttribute('href', 'tel:+18003923738');
  await expect(child.getByRole('link', { name: 'Call 1-800-922-5330' })).toHaveAttribute('href', 'tel:+18009225330');

  await continueTo(page, 'Continue', /\/en\/screening\/physical-abuse$/);
  await expect(page.getByText('Child pathway: observe only')).toBeVisible();
  // Things to observe stay; questions to ask are gone: no in-depth questioning of a child.
  await expect(page.getByRole('group', { name: /^Bruises, burns, cuts/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Harmed by someone they work or live with' })).toHaveCount(0);
  await expect(page.getByText('You could ask')).toHaveCount(0);

  for (const next of ['control', 'identity-documents', 'debt-bondage', 'work-and-living']) {
    await continueTo(page, 'Continue', new RegExp(`/en/screening/${next}$`));
  }
  await answer(page, /^Trades sex for money/, 'Observed');
  await continueTo(page, 'Continue', /\/en\/screening\/needs$/);
  await page
    .getByRole('group', { name: /Which side of the state line/ })
    .getByRole('radio', { name: 'Kansas' })
    .check();
  await continueTo(page, 'Continue', /\/en\/screening\/review$/);
  await page.getByRole('link', { name: 'See what the answers suggest' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Child pathway: report to the child-abuse hotline' })).toBeVisible();
  const names = await page.getByRole('region', { name: 'Contacts' }).getByRole('heading', { level: 3 }).allTextContents();
  // The Kansas hotline first for a child on the Kansas side, both before the national hotline.
  expect(names.slice(0, 3)).toEqual([
    'Kansas Protection Report Center',
    "Missouri Children's Division, Child Abuse and Neglect Hotline",
    'National Human Trafficking Hotline',
  ]);
});

test('a conversation that is not private warns the worker not to go on with sensitive questions', async ({ page }) => {
  await page.goto('/en/screening/safety');
  await answer(page, 'Can you talk in private?', 'No');
  await expect(page.getByRole('alert').filter({ hasText: 'Not private' })).toBeVisible();
});
