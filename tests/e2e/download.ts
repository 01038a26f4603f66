import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';

/**
 * Chooses an item of a chart frame's export menu by its whole name ("Data as CSV" is not "Data
 * as CSV for Excel in Europe") and waits for the file it downloads. `menuButton`: the menu
 * button's name in the page's language, when that is not English.
 */
export async function download(
  page: Page,
  frame: Locator,
  item: string,
  menuButton: RegExp = /^Export/,
): Promise<Download> {
  await frame.getByRole('button', { name: menuButton }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  return downloading;
}

export async function bytesOf(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFile(path);
}

/**
 * `use` with a blank page of `page`'s context, closed afterwards: where an exported SVG is
 * parsed (DOMParser). Parsed in an app page, the figure's own <style> (its embedded typeface)
 * counts against the app's Content-Security-Policy as an inline style, though nothing applies it.
 */
export async function withBlankPage<T>(page: Page, use: (blank: Page) => Promise<T>): Promise<T> {
  const blank = await page.context().newPage();
  try {
    return await use(blank);
  } finally {
    await blank.close();
  }
}
