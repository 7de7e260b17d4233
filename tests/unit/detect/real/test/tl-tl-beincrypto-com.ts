import { o, p, type RealCase } from '../labels';

// Tagalog crypto news. One level, then a run of liquidation totals in "$… milyon"; Bitcoin's own share of
// the liquidations ("Ang Bitcoin ay nag-account ng $243.29 milyon") names the coin but is a total. The
// subheading keeps English "$1 Billion", the body says "$1 bilyon".
export const cases: RealCase[] = [
  {
    url: 'https://tl.beincrypto.com/bitcoin-price-drops-trump-musk-feud',
    lang: 'tl',
    tags: ['prose', 'format'],
    blocks: [
      'Bumagsak ang presyo ng Bitcoin sa $101,579 ngayon, bumaba ng 3.5% sa loob ng 24 oras at 4.5% sa nakaraang linggo, habang halos $1 bilyon sa leveraged crypto positions ang na-liquidate sa mga major exchange.',
      'Halos $1 Billion na Liquidation Dahil sa Political Volatility',
      'Ayon sa liquidation data, umabot sa kabuuang $964.84 milyon ang na-liquidate na positions sa nakaraang 24 oras, kung saan $877.17 milyon dito ay long positions.',
      'Ang Bitcoin ay nag-account ng $243.29 milyon ng kabuuan, kasunod ang Ethereum na may $206.96 milyon. Mahigit 225,000 na traders ang na-liquidate sa parehong yugto.',
      'Kasabay ng pagbaba ng presyo ng Bitcoin ang public fallout nina Elon Musk at President Trump, na lumala ngayong linggo matapos punahin ni Musk ang $1.6 trillion na “One Big Beautiful Bill Act” ni Trump.',
    ],
    expect: [
      p('$101,579', 101579),
      o('$1 bilyon', 1e9),
      o('$1 Billion', 1e9),
      o('$964.84 milyon', 964.84e6),
      o('$877.17 milyon', 877.17e6),
      o('$243.29 milyon', 243.29e6),
      o('$206.96 milyon', 206.96e6),
      o('$1.6 trillion', 1.6e12),
    ],
  },
];
