import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { domains } from '@/lib/screening/catalog';
import { locales } from '@/lib/i18n/locales';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const steps = [...domains, 'needs'];

async function expectNoAxeViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(
    violations.map(
      (violation) => `${what}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

/** Chooses the first option of every question on the step, and every checkbox. */
async function answerStep(page: Page) {
  const radios = page.locator('form fieldset.question-label, form .question');
  for (let index = 0; index < (await radios.count()); index += 1) {
    const first = radios.nth(index).getByRole('radio').first();
    if (await first.count()) await first.check();
    const boxes = radios.nth(index).getByRole('checkbox');
    for (let box = 0; box < (await boxes.count()); box += 1) await boxes.nth(box).check();
  }
}

test.describe('axe finds nothing', () => {
  test.skip(
    ({ viewport }) => viewport!.width > viewport!.height,
    'portrait only: the same pages in landscape add time, not coverage',
  );

  for (const locale of locales) {
    test(`${locale}: every page and step, blank and answered, and the outcome`, async ({ page }) => {
      test.setTimeout(180_000);
      for (const path of ['', '/referrals', '/privacy', '/no-such-page', '/screening/review', '/screening/outcome']) {
        await page.goto(`/${locale}${path}`);
        await expectNoAxeViolations(page, `${locale}${path}`);
      }
      await page.goto(`/${locale}/screening/safety`);
      for (const [index, step] of steps.entries()) {
        await expect(page).toHaveURL(new RegExp(`/${locale}/screening/${step}$`));
        await expectNoAxeViolations(page, `${locale} ${step} blank`);
        // Safety answered with its first option means danger now and a possible minor: every panel shows.
        await answerStep(page);
        await expectNoAxeViolations(page, `${locale} ${step} answered`);
        const next = steps[index + 1] ?? 'review';
        await page.locator('form button[type="submit"]').click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/screening/${next}$`));
      }
      await expectNoAxeViolations(page, `${locale} review answered`);
      await page.locator('.actions a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/screening/outcome$`));
      await expectNoAxeViolations(page, `${locale} outcome`);
    });
  }

  test('two languages at once, and the inactivity warning', async ({ page }) => {
    await page.clock.install();
    await page.goto('/en/screening/control');
    await page.getByText("The person's language:").click();
    await page.getByRole('radio', { name: 'العربية' }).check();
    await expect(page.locator('legend [lang="ar"]').first()).toBeVisible();
    await expectNoAxeViolations(page, 'two languages');
    await page.locator('form').getByRole('radio').nth(1).check();
    await page.clock.fastForward('09:01');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'inactivity warning');
  });
});

test('the whole checklist can be completed by keyboard alone, with focus always visible and never under the exit bar', async ({
  page,
}) => {
  await page.goto('/en/screening/safety');

  /** Presses Tab until the focused element matches, checking focus on the way. */
  async function tabTo(matches: (element: { tag: string; text: string; type: string }) => boolean, limit = 60) {
    for (let presses = 0; presses < limit; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const label = element.closest('label');
        // What a sighted user would see at the centre of the focused control: the control, or something over it.
        const target = label ?? element;
        const targetBox = target.getBoundingClientRect();
        const seen = document.elementFromPoint(targetBox.left + targetBox.width / 2, targetBox.top + targetBox.height / 2);
        return {
          tag: element.tagName.toLowerCase(),
          text: (label?.textContent ?? element.textContent ?? '').trim(),
          type: element.getAttribute('type') ?? '',
          visibleFocus: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
          obscured: box.height > 0 && !(seen !== null && (target.contains(seen) || seen.contains(target))),
        };
      });
      expect(focused.visibleFocus, `focus ring on ${focused.tag} ${focused.text}`).toBe(true);
      expect(focused.obscured, `${focused.text} hidden under something`).toBe(false);
      if (matches(focused)) return;
    }
    throw new Error('never reached the control by Tab');
  }

  // Radios: Tab reaches a group, arrow keys choose within it.
  await tabTo((element) => element.type === 'radio' && element.text === 'Yes');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('group', { name: /in danger right now/ }).getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();
  await tabTo((element) => element.tag === 'button' && element.text === 'Continue');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/physical-abuse$/);

  for (const next of [...domains.slice(2), 'needs']) {
    await tabTo((element) => element.type === 'radio');
    await page.keyboard.press('Space');
    await tabTo((element) => element.tag === 'button' && element.text === 'Continue');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${next}$`));
  }
  await tabTo((element) => element.type === 'checkbox' && element.text === 'Health care');
  await page.keyboard.press('Space');
  await tabTo((element) => element.tag === 'button' && element.text === 'Continue');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/review$/);
  await tabTo((element) => element.tag === 'a' && element.text === 'See what the answers suggest', 120);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/outcome$/);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await tabTo((element) => element.tag === 'button' && element.text === 'Print referral sheet', 120);
});

test('every answer control, button and link on the checklist is at least 44 by 44 CSS pixels', async ({ page }) => {
  const undersized: string[] = [];
  const measure = async (where: string) => {
    const boxes = await page.evaluate(() => {
      const targets = new Set<Element>();
      for (const input of document.querySelectorAll('input[type="radio"], input[type="checkbox"]'))
        targets.add(input.closest('label') ?? input);
      for (const element of document.querySelectorAll('button, a[href], summary')) targets.add(element);
      return [...targets]
        .filter((element) => !element.closest('.referral-sheet, .skip-link') && !element.classList.contains('skip-link'))
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => {
          const box = element.getBoundingClientRect();
          return { name: (element.textContent ?? '').trim().slice(0, 40), width: box.width, height: box.height };
        });
    });
    for (const box of boxes)
      if (box.width < 44 || box.height < 44)
        undersized.push(`${where}: "${box.name}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
  };
  await page.goto('/en/screening/safety');
  for (const [index, step] of steps.entries()) {
    await answerStep(page);
    await page.getByText("The person's language:").click();
    await measure(step);
    await page.locator('form button[type="submit"]').click();
    await expect(page).toHaveURL(new RegExp(`/screening/${steps[index + 1] ?? 'review'}$`));
  }
  await measure('review');
  await page.locator('.actions a').click();
  await measure('outcome');
  expect(undersized).toEqual([]);
});

test('text zoomed to 200% loses nothing: no sideways scrolling and no clipped controls', async ({ page }) => {
  for (const path of ['/en', '/en/screening/safety', '/en/screening/control', '/ar/screening/control', '/en/referrals']) {
    await page.goto(path);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('label, button, a[href], h1, h2, legend, p')]
        .filter((element) => (element as HTMLElement).offsetParent !== null && !element.closest('.skip-link, .visually-hidden'))
        .filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflow !== 'visible')
        .map((element) => (element.textContent ?? '').slice(0, 30)),
    );
    expect(clipped, path).toEqual([]);
  }
});

test('motion respects prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/screening/safety');
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('*')].map(
      (element) => getComputedStyle(element).transitionDuration + getComputedStyle(element).animationName,
    ),
  );
  expect(durations.every((value) => /^(0s)+none$/.test(value))).toBe(true);
});
