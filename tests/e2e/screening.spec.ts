import { expect, test } from '@playwright/test';
import { answer, continueTo } from './helpers';

test.describe('a full screening in English', () => {
  test('walks every step to an outcome with flags, sources and matched contacts', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Start screening' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Safety now' })).toBeVisible();
    await expect(page.getByText('Step 1 of 7')).toBeVisible();
    await answer(page, 'Is the person, or anyone with them, in danger right now?', 'No');
    await answer(page, 'Is the person under 18, or could they be?', 'No');
    await answer(page, 'Can you talk in private?', 'Yes');
    await continueTo(page, 'Continue', /\/en\/screening\/physical-abuse$/);

    await expect(page.getByText('Step 2 of 7')).toBeVisible();
    await answer(page, /^Bruises, burns, cuts/, 'Observed');
    await answer(page, 'Harmed by someone they work or live with', 'Not sure');
    await continueTo(page, 'Continue', /\/en\/screening\/control$/);

    await answer(page, 'Not free to leave work or the place they stay', 'Yes');
    await answer(page, 'Someone else keeps their money or phone', 'Declined to answer');
    await continueTo(page, 'Continue', /\/en\/screening\/identity-documents$/);
    // Skipping a whole step is allowed.
    await continueTo(page, 'Continue', /\/en\/screening\/debt-bondage$/);
    await answer(page, 'Owes a debt they cannot pay off', 'Yes');
    await continueTo(page, 'Continue', /\/en\/screening\/work-and-living$/);
    await answer(page, 'Made to work very long hours or without days off', 'No');
    await continueTo(page, 'Continue', /\/en\/screening\/needs$/);

    await expect(page.getByText('Step 7 of 7')).toBeVisible();
    await page.getByRole('checkbox', { name: 'A safe place to stay' }).check();
    await page.getByRole('checkbox', { name: 'Health care' }).check();
    await page
      .getByRole('group', { name: /Which side of the state line/ })
      .getByRole('radio', { name: 'Missouri' })
      .check();
    await continueTo(page, 'Continue', /\/en\/screening\/review$/);

    await expect(page.getByRole('heading', { level: 1, name: 'Check the answers' })).toBeVisible();
    const controlRow = page.locator('.summary-row', { hasText: 'Not free to leave work' });
    await expect(controlRow.getByRole('definition')).toHaveText('Yes');
    await expect(page.locator('.summary-row', { hasText: 'Help wanted' }).getByRole('definition')).toHaveText(
      'A safe place to stay, Health care',
    );
    await page.getByRole('link', { name: 'See what the answers suggest' }).click();

    await expect(page).toHaveURL(/\/en\/screening\/outcome$/);
    await expect(page.getByRole('heading', { level: 2, name: 'High concern' })).toBeVisible();
    await expect(page.getByText('This is not a determination.')).toBeVisible();
    const signs = page.getByRole('region', { name: 'Signs noted' });
    await expect(signs.getByRole('heading', { name: 'Physical abuse' })).toBeVisible();
    await expect(signs.getByText('Not free to leave work or the place they stay')).toBeVisible();
    await expect(signs.getByText('Owes a debt they cannot pay off')).toBeVisible();
    // "Not sure" and "Declined" never count as signs.
    await expect(signs.getByText('Harmed by someone they work or live with')).toHaveCount(0);
    await expect(signs.getByText('Someone else keeps their money or phone')).toHaveCount(0);
    await expect(signs.getByText(/Source: ILO and European Commission/).first()).toBeVisible();
    await expect(signs.getByText('3 strong signs and no supporting signs')).toBeVisible();

    const contacts = page.getByRole('region', { name: 'Contacts' });
    const names = await contacts.getByRole('heading', { level: 3 }).allTextContents();
    expect(names[0]).toBe('National Human Trafficking Hotline');
    expect(names).toContain('Rose Brooks Center');
    expect(names).toContain('KC CARE Health Center');
    expect(names).not.toContain('911');
    await expect(contacts.locator('article', { hasText: 'KC CARE Health Center' }).getByText(/Not yet confirmed/)).toBeVisible();
    await expect(contacts.getByText(/No confirmed local service on file for: Health care, Legal help/)).toBeVisible();

    await expect(page.locator('body')).not.toContainText(/is a victim|is not a victim/i);
  });
});

test.describe('a full screening in Spanish', () => {
  test('walks every step in Spanish to an outcome', async ({ page }) => {
    await page.goto('/es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByRole('link', { name: 'Comenzar la evaluación' }).click();
    await expect(page).toHaveURL(/\/es\/screening\/safety$/);
    await expect(page.getByText('Paso 1 de 7')).toBeVisible();
    await answer(page, /¿La persona, o alguien que está con ella, está en peligro/, 'No');
    await answer(page, /¿La persona es menor de 18 años/, 'No');
    await answer(page, '¿Pueden hablar en privado?', 'Sí');
    await continueTo(page, 'Continuar', /\/es\/screening\/physical-abuse$/);
    await continueTo(page, 'Continuar', /\/es\/screening\/control$/);
    await answer(page, /^Alguien más habla o responde/, 'Observado');
    await continueTo(page, 'Continuar', /\/es\/screening\/identity-documents$/);
    await answer(page, /^Otra persona tiene su identificación/, 'Sí');
    await continueTo(page, 'Continuar', /\/es\/screening\/debt-bondage$/);
    await continueTo(page, 'Continuar', /\/es\/screening\/work-and-living$/);
    await continueTo(page, 'Continuar', /\/es\/screening\/needs$/);
    await continueTo(page, 'Continuar', /\/es\/screening\/review$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Revise las respuestas' })).toBeVisible();
    await page.getByRole('link', { name: 'Ver lo que sugieren las respuestas' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Preocupación alta' })).toBeVisible();
    const signs = page.getByRole('region', { name: 'Señales detectadas' });
    await expect(signs.getByText(/Otra persona tiene su identificación/)).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Contactos' }).getByRole('heading', { name: 'National Human Trafficking Hotline' }),
    ).toBeVisible();
  });
});
