import { vi } from 'vitest';

/** Catches what the app hands to the browser's downloads: the file's name and contents. */
export function catchDownloads() {
  const files: { name: string; contents: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${String(blobs.size)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const contents = blobs.get(this.href);
    if (contents) files.push({ name: this.download, contents });
  });
  return files;
}
