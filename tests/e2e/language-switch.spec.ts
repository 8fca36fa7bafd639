import { expect, test } from '@playwright/test';
import { answer, continueTo, expectAnswered } from './helpers';

test('switching language on a middle step keeps the step and every answer', async ({ page }) => {
  await page.goto('/en/screening/safety');
  await answer(page, 'Is the person, or anyone with them, in danger right now?', 'No');
  await answer(page, 'Is the person under 18, or could they be?', 'No');
  await continueTo(page, 'Continue', /\/en\/screening\/physical-abuse$/);
  await answer(page, /^Bruises, burns, cuts/, 'Observed');
  await continueTo(page, 'Continue', /\/en\/screening\/control$/);
  // Answered but not yet submitted with Continue.
  await answer(page, 'Not free to leave work or the place they stay', 'Yes');
  await answer(page, 'Always accompanied or watched', 'Not observed');

  const languages = page.getByRole('navigation', { name: 'Language' });
  await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  const spanish = languages.getByRole('link', { name: 'Español' });
  await expect(spanish).toHaveAttribute('lang', 'es');
  await expect(spanish).toHaveAttribute('hreflang', 'es');
  await spanish.click();

  await expect(page).toHaveURL(/\/es\/screening\/control$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Control por parte de otras personas' })).toBeVisible();
  await expectAnswered(page, 'No tiene libertad para dejar el trabajo o el lugar donde se queda', 'Sí');
  await expectAnswered(page, 'Alguien acompaña o vigila a la persona en todo momento', 'No observado');
  await expect(page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'Español' })).toHaveAttribute(
    'aria-current',
    'true',
  );

  // Earlier steps kept their answers too, and so does switching back.
  await page.getByRole('link', { name: 'Atrás' }).click();
  await expect(page).toHaveURL(/\/es\/screening\/physical-abuse$/);
  await expectAnswered(page, /^Moretones, quemaduras, cortes/, 'Observado');
  await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/screening\/physical-abuse$/);
  await expectAnswered(page, /^Bruises, burns, cuts/, 'Observed');
  // Back through the history, across both languages, still finds every answer.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/es\/screening\/control$/);
  await expectAnswered(page, 'No tiene libertad para dejar el trabajo o el lugar donde se queda', 'Sí');
});
