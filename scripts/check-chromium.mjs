// Fails early, with the fix, when the end-to-end tests have no Chromium to run in.
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(
    [
      `No Chromium found at ${chromiumPath}: the end-to-end tests need one.`,
      "Install Debian's Chromium:  sudo apt-get install -y chromium",
      'or point CHROME_PATH at an existing Chromium or Chrome binary.',
      'The tests never download a browser themselves.',
    ].join('\n'),
  );
  process.exit(1);
}
