import { expect, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Chooses an answer the way a worker does: the question's group by its name, the option by its label. */
export async function answer(page: Page, question: string | RegExp, option: string) {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true }).check();
}

export async function expectAnswered(page: Page, question: string | RegExp, option: string) {
  await expect(page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true })).toBeChecked();
}

export async function continueTo(page: Page, button: string, path: RegExp) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page).toHaveURL(path);
}

/** Prints the page as the browser would and reads back every page's text. */
export async function printToText(page: Page, format: 'Letter' | 'A4'): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: document.numPages, text: texts.join('\n').replace(/\s+/g, ' ') };
}
