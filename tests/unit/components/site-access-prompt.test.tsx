// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccessPrompt } from '../../../components/SiteAccessPrompt';

const mount = async (host: string | null) => {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<SiteAccessPrompt host={host} />, root));
  await act(async () => {
    await new Promise((done) => setTimeout(done, 0));
  });
  return root;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SiteAccessPrompt', () => {
  it('stays hidden in the default build (content script in the manifest)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ content_scripts: [{}] } as never);
    const root = await mount('news.test');
    expect(root.querySelector('[data-testid="allow-site"]')).toBeNull();
  });

  it('in the ask-per-site build, asks for exactly the current site when not yet allowed', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({} as never);
    const contains = vi.fn(async () => false);
    const request = vi.fn(async () => false);
    Object.assign(fakeBrowser, { permissions: { contains, request } });
    const root = await mount('news.test');
    expect(contains).toHaveBeenCalledWith({ origins: ['*://news.test/*'] });
    const button = root.querySelector<HTMLButtonElement>('[data-testid="allow-site"]')!;
    expect(button.textContent).toBe('Allow on news.test');
    await act(async () => button.click());
    expect(request).toHaveBeenCalledWith({ origins: ['*://news.test/*'] });
    expect(root.textContent).toContain('Access was not granted.');
  });
});
