import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../lib/detect/lexicon';
import { CJK_LEXICON } from '../../../lib/detect/lexicon-cjk';
import { C_BTC } from '../../../lib/detect/types';
import { mentionsBitcoin } from '../../../lib/gate/bitcoin-text';

const words = (lexicon: [number, string][]) =>
  lexicon.filter(([cat]) => cat === C_BTC).flatMap(([, list]) => list.split(' '));

describe("the gate's Bitcoin words", () => {
  it('cover every name of Bitcoin the detector knows, in any case', () => {
    const names = [...words(LEXICON), ...words(CJK_LEXICON)].map((w) => w.replace(/_/g, ' '));
    expect(names.length).toBeGreaterThan(15);
    expect(names.filter((name) => !mentionsBitcoin(`… ${name} …`))).toEqual([]);
    expect(names.filter((name) => !mentionsBitcoin(name.toUpperCase()))).toEqual([]);
  });

  it('find tickers, pairs and the sign as pages write them', () => {
    for (const text of ['BTC/USD 70,123.45', 'BTCUSDT', 'XBT/EUR', '₿1 = $70,123', 'Биткоин подорожал'])
      expect(mentionsBitcoin(text), text).toBe(true);
  });

  it('stay shut on pages about other things', () => {
    for (const text of [
      'Ethereum rose to $3,500',
      'Gold hit $2,400 an ounce',
      'Das Wetter in Berlin',
      '株価が上昇',
    ])
      expect(mentionsBitcoin(text), text).toBe(false);
  });
});
