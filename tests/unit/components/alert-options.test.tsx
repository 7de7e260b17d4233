// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AlertOptions } from '../../../components/AlertOptions';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { byTestId, interact, mount, settle } from './render';

// The notifications permission is optional: asked for when the first alert is switched on, and a
// refusal changes nothing (the manifest test pins `optional_permissions: ["notifications"]`).
afterEach(() => {
  document.body.innerHTML = '';
});

async function setup(granted: boolean, start: Settings = DEFAULT_SETTINGS) {
  const request = vi.fn(async () => granted);
  Object.assign(fakeBrowser, { permissions: { request } });
  let settings = start;
  const update = vi.fn(async (patch: unknown) => {
    settings =
      typeof patch === 'function'
        ? (patch as (s: Settings) => Settings)(settings)
        : { ...settings, ...(patch as object) };
  });
  const root = await mount(<AlertOptions settings={settings} update={update as never} />);
  return { root, request, update, current: () => settings };
}

describe('AlertOptions', () => {
  it('asks for the permission when the first alert goes on, and saves it once granted', async () => {
    const { root, request, current } = await setup(true);
    await interact(() => byTestId(root, 'alert-crossCost').click());
    await settle();
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(current().alerts.crossCost).toBe(true);
  });

  it('refused: nothing changes and it says why', async () => {
    const { root, update } = await setup(false);
    await interact(() => byTestId(root, 'alert-level-on').click());
    await settle();
    expect(update).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Alerts need permission to show notifications; nothing was changed.',
    );
  });

  it('does not ask again while another alert is already on', async () => {
    const on = { ...DEFAULT_SETTINGS, alerts: { ...DEFAULT_SETTINGS.alerts, band: true } };
    const { root, request, current } = await setup(false, on);
    await interact(() => byTestId(root, 'alert-ribbons').click());
    await settle();
    expect(request).not.toHaveBeenCalled();
    expect(current().alerts).toMatchObject({ band: true, ribbons: true });
  });
});
