import { describe, expect, it } from 'vitest';
import { overlayViewOf, readOverlayView } from '../../../lib/overlay/overlay-view';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { en } from '../words';
import { PAGE_TEMPLATES, SNAPSHOT } from './helpers';

/** The view as a page reads it: through JSON, as storage hands it over. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value));
const VIEW = stored(
  overlayViewOf({ ...DEFAULT_SETTINGS, disabledSites: ['a.test'] }, SNAPSHOT, en, 'en-US', PAGE_TEMPLATES),
);

describe('the overlay view a page reads', () => {
  it('reads back what the background publishes, with or without a snapshot', () => {
    expect(readOverlayView(VIEW)).toEqual(VIEW);
    expect(VIEW.data.costUsd).toBe(SNAPSHOT.cost.costUsd);
    expect(VIEW.sites.disabledSites).toEqual(['a.test']);
    expect(VIEW.words.badgeBelowCost).toBe('\ue000 below cost');
    const empty = stored(overlayViewOf(DEFAULT_SETTINGS, null, en));
    expect(readOverlayView(empty)).toEqual({ sites: empty.sites, data: null, words: {} });
  });

  it('reads a view an older version published, without words: the overlay then asks the browser', () => {
    expect(readOverlayView({ ...VIEW, words: undefined })).toEqual({ ...VIEW, words: {} });
  });

  it.each([
    ['nothing stored', undefined],
    ['a string', 'overlay'],
    ['no switches', { ...VIEW, sites: undefined }],
    ['an unknown site mode', { ...VIEW, sites: { ...VIEW.sites, siteMode: 'some' } }],
    ['a site list of numbers', { ...VIEW, sites: { ...VIEW.sites, allowedSites: [1] } }],
    ['a cost that is not a number (NaN after JSON)', { ...VIEW, data: { ...VIEW.data, costUsd: null } }],
    ['a zero cost', { ...VIEW, data: { ...VIEW.data, costUsd: 0 } }],
    ['an unknown badge style', { ...VIEW, data: { ...VIEW.data, style: 'emoji' } }],
    ['a negative rate', { ...VIEW, data: { ...VIEW.data, usdPer: { EUR: -1 } } }],
    ['a confidence above 1', { ...VIEW, data: { ...VIEW.data, minConfidence: 2 } }],
    ['inputs that are not pairs of strings', { ...VIEW, data: { ...VIEW.data, inputs: [{ name: 1 }] } }],
    ['an adjustment without its numbers', { ...VIEW, data: { ...VIEW.data, adjustment: {} } }],
    ['a missing field', { ...VIEW, data: { ...VIEW.data, theme: undefined } }],
    ['words that are not strings', { ...VIEW, words: { badgeAtCost: 1 } }],
    ['words as a list', { ...VIEW, words: ['at cost'] }],
  ])('rejects %s: the overlay then shows nothing', (_, raw) => {
    expect(readOverlayView(raw)).toBeNull();
  });
});
