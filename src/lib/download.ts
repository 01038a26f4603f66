/** Hands a file to the browser's downloads, under the given name. */
export function saveFile(contents: Blob, fileName: string): void {
  const url = URL.createObjectURL(contents);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Released later, not at once: a large file may still be read after the click returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
