import { useEffect, useRef } from 'preact/hooks';
import { formatMoney } from '@/lib/format';
import { createBadge, renderBadge } from '@/lib/overlay/badge';
import { badgeDataFromSnapshot, gapOf } from '@/lib/overlay/badge-data';
import { ariaDescription, ariaLabel, pillText } from '@/lib/overlay/copy';
import { captureDom } from '@/lib/overlay/dom';
import { createSharedStyles } from '@/lib/overlay/styles';
import type { Settings } from '@/lib/settings';
import type { Snapshot } from '@/lib/snapshot/schema';
import { t, uiLocale } from './i18n';
import { rich, SLOTS } from './rich';

/**
 * A real badge (the overlay's own element, styles and words) after a sentence quoting today's price,
 * so the welcome page shows what readers will meet on pages, with live numbers.
 */
export function ExampleBadge({ snapshot, settings }: { snapshot: Snapshot; settings: Settings }) {
  const slot = useRef<HTMLSpanElement>(null);
  const price = formatMoney(snapshot.price.usd, 'USD', uiLocale());
  useEffect(() => {
    const data = badgeDataFromSnapshot(snapshot, settings, t, navigator.language);
    const at = slot.current;
    if (!data || !at) return;
    const dom = captureDom(document);
    const badge = createBadge(dom, createSharedStyles(document));
    const gap = gapOf(snapshot.price.usd, data);
    renderBadge(
      badge,
      {
        text: price,
        usd: snapshot.price.usd,
        gap: gap.gap,
        kind: 'btc_price',
        band: gap.band,
        pill: pillText('btc_price', gap, data, t),
        aria: ariaLabel('btc_price', price, gap, data, t),
        description: ariaDescription('btc_price', gap, data, t),
        stale: data.stale,
        far: false,
      },
      dom,
    );
    at.replaceChildren(badge.host);
  }, [snapshot, settings, price]);
  return (
    <p class="example" data-testid="example">
      {rich(t('exampleSentence', price, SLOTS[0]), <span ref={slot} />)}
    </p>
  );
}
