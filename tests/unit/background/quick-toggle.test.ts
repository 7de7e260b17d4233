import { describe, expect, it } from 'vitest';
import { startBackground } from '../../../lib/background/service';
import { readOverlayView } from '../../../lib/overlay/overlay-view';
import { isEnabledOn } from '../../../lib/overlay/site';
import { createFakeNet } from '../sources/fake-net';
import { createFakeBrowser } from './fake-browser';

// The keyboard shortcut and the context menu flip badges for the current tab's site, through the
// settings, so open tabs follow through the published overlay view.
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

async function started() {
  const fake = createFakeBrowser();
  await startBackground(fake.browser, createFakeNet().http).ready;
  const onFor = async (host: string) => {
    const view = readOverlayView((await fake.local.get('overlayView')).overlayView);
    return view ? isEnabledOn(host, view.sites) : null;
  };
  return { fake, onFor };
}

describe('quick switch for the current site', () => {
  it("the shortcut turns badges off on the tab's site and on again, the published view following", async () => {
    const { fake, onFor } = await started();
    expect(await onFor('news.example')).toBe(true);
    fake.command('toggle-site', { url: 'https://news.example/article' });
    await settled();
    expect(await onFor('news.example')).toBe(false);
    expect(await onFor('other.example')).toBe(true);
    // No tab passed (older Chromes): the active tab's URL is asked for.
    fake.command('toggle-site', undefined, 'https://www.news.example/live');
    await settled();
    expect(await onFor('news.example')).toBe(true);
  });

  it("the context menu item is created on install and flips the clicked page's site", async () => {
    const { fake, onFor } = await started();
    fake.install('install');
    fake.install('update');
    expect(fake.menus).toEqual(['toggle-site']);
    fake.menuClick('toggle-site', 'https://exchange.example/btc-usd');
    await settled();
    expect(await onFor('exchange.example')).toBe(false);
  });

  it('ignores other commands and pages that never get badges', async () => {
    const { fake } = await started();
    const before = (await fake.sync.get('settings')).settings;
    fake.command('something-else', { url: 'https://news.example/' });
    fake.command('toggle-site', { url: 'chrome://extensions/' });
    fake.menuClick('toggle-site', 'file:///tmp/a.html');
    await settled();
    expect((await fake.sync.get('settings')).settings).toEqual(before);
  });
});
