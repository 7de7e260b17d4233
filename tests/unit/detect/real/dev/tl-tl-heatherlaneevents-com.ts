import { o, p, type RealCase } from '../labels';

// Machine-translated Tagalog copy of a UK tabloid price page. The price is glued to an English currency
// name ("4,877.29Pound sterling"), scale words are glued too ("£28m", "40billion won", "£112billion").
// The translation dropped the "$6" of two dollar levels, leaving ",500" and ",780" with no currency
// (not labelled); the pound figures in brackets beside them are the same two levels.
export const cases: RealCase[] = [
  {
    url: 'https://tl.heatherlaneevents.com/bitcoin-price-news-today-s-value-usd',
    lang: 'tl',
    tags: ['prose', 'format'],
    title:
      'Balita sa presyo ng Bitcoin – ang halaga ngayon sa USD at GBP sa gitna ng crunch time para sa BTC cryptocurrency',
    blocks: [
      {
        text: 'Sa 11.25am noong Oktubre 16, 2018, isang bitcoin ang kinakalakal sa humigit-kumulang 4,877.29Pound sterling at 6,435.01 USD.',
        heading: 'Ano ang halaga ng Bitcoin ngayon?',
      },
      'Pinaniniwalaang nag-swipe ang mga magnanakaw ng £28m na digital currency, kabilang ang Pundi X, Aston at NPER, mula sa Coinrail noong Hunyo.',
      'Hindi inihayag ng Coinrail ang halaga ng pagnanakaw, ngunit binanggit ng Yonhap News ang mga pinagmumulan sa industriya na nagsabing nagnakaw ang mga hacker ng 40billion won - £27.7million - halaga ng pera.',
      'Pinabagsak ng anunsyo ang Bitcoin mula sa higit sa ,500 (£5,586) bago ang katapusan ng linggo sa ,780 (£5,050) - habang nagtala rin ng malalaking pagkalugi ang iba pang digital na pera.',
      {
        text: 'Ang kabuuang halaga ng lahat ng Bitcoin na umiiral ngayon ay higit sa £112billion.',
        heading: 'Ano ang Bitcoin?',
      },
    ],
    expect: [
      p('4,877.29Pound sterling', 4877.29, 'GBP'),
      p('6,435.01 USD', 6435.01),
      o('£28m', 28e6, 'GBP'),
      o('40billion won', 40e9, 'KRW'),
      o('£27.7million', 27.7e6, 'GBP'),
      p('£5,586', 5586, 'GBP'),
      p('£5,050', 5050, 'GBP'),
      o('£112billion', 112e9, 'GBP'),
    ],
  },
];
