import { describe, expect, it } from 'vitest';
import { isEnabledOn } from '../../../lib/overlay/site';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { onSite } from '../../../lib/settings/site-rules';

describe('site switches', () => {
  it('matches a site and its subdomains, ignoring www', () => {
    expect(onSite('news.example.com', 'example.com')).toBe(true);
    expect(onSite('www.example.com', 'example.com')).toBe(true);
    expect(onSite('example.com', 'www.example.com')).toBe(true);
    expect(onSite('badexample.com', 'example.com')).toBe(false);
  });

  it('applies pause, the block list and the allowlist', () => {
    expect(isEnabledOn('a.test', DEFAULT_SETTINGS)).toBe(true);
    expect(isEnabledOn('a.test', { ...DEFAULT_SETTINGS, paused: true })).toBe(false);
    expect(isEnabledOn('a.test', { ...DEFAULT_SETTINGS, disabledSites: ['a.test'] })).toBe(false);
    const allow = { ...DEFAULT_SETTINGS, siteMode: 'allowlist' as const, allowedSites: ['b.test'] };
    expect(isEnabledOn('a.test', allow)).toBe(false);
    expect(isEnabledOn('x.b.test', allow)).toBe(true);
  });
});
