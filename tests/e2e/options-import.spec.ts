import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

// Settings files: strict, Zod-validated import (a bad file changes nothing), export, reset.

test('a bad import is rejected with its reason and changes nothing', async ({ readStorage, openOptions }) => {
  const options = await openOptions();
  await options.getByLabel('Price ÷ cost').check();
  await expect.poll(() => readStorage('sync', 'settings')).toMatchObject({ badgeStyle: 'multiple' });
  const before = await readStorage('sync', 'settings');
  await options.getByTestId('import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...(before as object), theme: 'neon', paused: true })),
  });
  await expect(options.getByRole('alert')).toHaveText(
    /^Import rejected, nothing changed\. Invalid setting "theme"/,
  );
  expect(await readStorage('sync', 'settings')).toEqual(before);
  await options
    .getByTestId('import')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
  await expect(options.getByRole('alert')).toContainText('Not valid JSON');
  expect(await readStorage('sync', 'settings')).toEqual(before);
  await expect(options.getByLabel('Price ÷ cost')).toBeChecked();
});

test('export then import round-trips; a partial file is rejected; reset asks first', async ({
  readStorage,
  openOptions,
}) => {
  const options = await openOptions();
  await options
    .getByTestId('import')
    .setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          version: 1,
          paused: false,
          theme: 'dark',
          displayCurrency: 'CHF',
          badgeStyle: 'multiple',
        }),
      ),
    })
    .catch(() => undefined);
  // A partial file is rejected too (imports are strict); export a full file, edit it, import it.
  await expect(options.getByRole('alert')).toContainText('Invalid setting');
  const download = options.waitForEvent('download');
  await options.getByTestId('export').click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  await options.getByTestId('import').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...exported, displayCurrency: 'CHF', theme: 'dark' })),
  });
  await expect(options.getByTestId('import-status')).toHaveText('Imported settings from mine.json.');
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await readStorage('sync', 'settings')).toMatchObject({ displayCurrency: 'CHF', theme: 'dark' });

  await options.getByTestId('reset').click();
  await expect(options.getByTestId('reset-confirm')).toBeFocused();
  await options.getByTestId('reset-cancel').click();
  expect(await readStorage('sync', 'settings')).toMatchObject({ displayCurrency: 'CHF' });
  await options.getByTestId('reset').click();
  await options.getByTestId('reset-confirm').click();
  await expect
    .poll(() => readStorage('sync', 'settings'))
    .toMatchObject({ displayCurrency: 'USD', theme: 'system' });
});
