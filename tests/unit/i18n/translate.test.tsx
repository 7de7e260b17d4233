// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as PopupApp } from '@/entrypoints/popup/App';
import { translatorFor } from '@/lib/i18n/catalogue';
import type { Catalogue } from '@/lib/i18n/types';
import { badgeDataFromSnapshot, gapOf } from '@/lib/overlay/badge-data';
import { ariaLabel, pillText } from '@/lib/overlay/copy';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import deMessages from '../../../public/_locales/de/messages.json';
import { makeHistory, makeSnapshot } from '../../e2e/support/snapshot-fixture';
import { byTestId, mount, settle } from '../components/render';
import { de, en, useCatalogue } from '../words';

afterEach(() => {
  useCatalogue();
  document.body.innerHTML = '';
});

describe('translation', () => {
  it('substitutes as browsers do: named placeholders, positional content, $$', () => {
    const t = translatorFor({
      a: { message: '$WHO$ paid $$5 ($who$)', placeholders: { who: { content: '$1' } } },
    } as Catalogue) as unknown as (key: string, ...args: string[]) => string;
    expect(t('a', 'Ann')).toBe('Ann paid $5 (Ann)');
    expect(t('missing')).toBe('');
  });

  it('the German catalogue changes the badge words; the numbers keep the page style', () => {
    const data = badgeDataFromSnapshot(makeSnapshot(), DEFAULT_SETTINGS, de, 'en-US')!;
    const gap = gapOf(70_000, data);
    const english = pillText('btc_price', gap, data, en);
    const german = pillText('btc_price', gap, data, de);
    expect(english).toMatch(/^\d+% below cost$/);
    expect(german).toBe(english.replace('below cost', 'unter Kosten'));
    expect(ariaLabel('btc_price', '$70,000', gap, data, de)).toMatch(
      /^Bitcoin-Kurs \$70,000: \d+% unter Kosten$/,
    );
    expect(data.modelLabel).toMatch(/^Energiekosten \(/);
  });

  it('the popup speaks German, and writes numbers the German way, under a German UI', async () => {
    useCatalogue(deMessages as Catalogue, 'de');
    window.history.replaceState(null, '', '/popup.html?tab=https%3A%2F%2Fnews.test%2Fa');
    await fakeBrowser.storage.local.set({ snapshot: makeSnapshot(), history: makeHistory() });
    const root = await mount(<PopupApp />);
    await settle();
    expect(byTestId(root, 'open-options').textContent).toBe('Einstellungen');
    expect(byTestId(root, 'headline').textContent).toMatch(
      /^BTC 70\.120\s\$ liegt 1\d,\d\s% unter den geschätzten Kosten, einen Bitcoin zu schürfen: 8\d\.\d00\s\$$/,
    );
    expect(byTestId(root, 'refresh').textContent).toBe('Aktualisieren');
    expect(root.textContent).not.toMatch(/\b(below|Settings|Refresh|Updated)\b/);
  });
});
