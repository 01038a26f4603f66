import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';

/** Chooses an item of a chart frame's export menu and waits for the file it downloads. */
export async function download(page: Page, frame: Locator, item: string): Promise<Download> {
  await frame.getByRole('button', { name: /^Export/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return downloading;
}

export async function bytesOf(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFile(path);
}
