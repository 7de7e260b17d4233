import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { hostOf, isSiteOn, parseHostInput, setSiteOn } from '@/lib/settings/site-rules';

const allowlist: Settings = { ...DEFAULT_SETTINGS, siteMode: 'allowlist', allowedSites: ['a.test'] };

describe('site rules', () => {
  it('hostOf keeps the exact hostname of web pages only', () => {
    expect(hostOf('https://www.Example.com:8443/x?y')).toBe('www.example.com');
    expect(hostOf('http://news.test/')).toBe('news.test');
    for (const url of ['chrome://extensions', 'file:///tmp/a.html', 'about:blank', 'not a url', undefined]) {
      expect(hostOf(url)).toBeNull();
    }
  });

  it('in "all" mode a site is on unless listed as off', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['off.test'] };
    expect(isSiteOn(settings, 'on.test')).toBe(true);
    expect(isSiteOn(settings, 'off.test')).toBe(false);
  });

  it('in allow-list mode a site is on only if listed', () => {
    expect(isSiteOn(allowlist, 'a.test')).toBe(true);
    expect(isSiteOn(allowlist, 'b.test')).toBe(false);
  });

  it('setSiteOn edits the list of the current mode, without duplicates', () => {
    const off = setSiteOn(DEFAULT_SETTINGS, 'x.test', false);
    expect(off.disabledSites).toEqual(['x.test']);
    expect(setSiteOn(off, 'x.test', false).disabledSites).toEqual(['x.test']);
    expect(setSiteOn(off, 'x.test', true).disabledSites).toEqual([]);
    expect(setSiteOn(allowlist, 'b.test', true).allowedSites).toEqual(['a.test', 'b.test']);
    expect(setSiteOn(allowlist, 'a.test', false).allowedSites).toEqual([]);
    expect(setSiteOn(allowlist, 'b.test', true).disabledSites).toEqual([]);
  });

  it('matches like the content script: www. ignored, subdomains covered by their parent', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteOn(settings, 'www.example.com')).toBe(false);
    expect(isSiteOn(settings, 'news.example.com')).toBe(false);
    expect(isSiteOn(settings, 'example.org')).toBe(true);
    expect(setSiteOn(settings, 'news.example.com', false).disabledSites).toEqual(['example.com']);
    expect(setSiteOn(settings, 'news.example.com', true).disabledSites).toEqual([]);
  });

  it('parseHostInput accepts hosts and URLs, rejects junk', () => {
    expect(parseHostInput('  News.Example.com ')).toBe('news.example.com');
    expect(parseHostInput('https://www.x.com/path?q=1')).toBe('www.x.com');
    for (const junk of ['', '   ', 'localhost', 'not a host!', 'a b.com'])
      expect(parseHostInput(junk)).toBeNull();
  });
});
