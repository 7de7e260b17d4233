import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://moneytalk.knack.be/geld-en-beurs/beleggen/cryptomunten-blijven-onder-druk-staan/article-normal-1395285.html?&cookie_check=1542697876',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Cryptomunten blijven onder druk staan',
    blocks: [
      'Sinds vorige week woensdag verloor de bitcoin al 17 procent. In december 2017 lag de recordkoers van de bitcoin op bijna 20.000 dollar. Ook ether, litecoin en XRP boeten in aan waarde.',
      'Volgens Coinmarketcap is de gezamenlijke waarde van de circa 2.000 cryptovaluta sinds woensdag gedaald van 210 naar 170 miljard dollar. Op het hoogtepunt van de cryptoboom ging het nog om 830 miljard dollar.',
    ],
    expect: [
      p('20.000 dollar', 20000),
      o('210', 210e9),
      o('170 miljard dollar', 170e9),
      o('830 miljard dollar', 830e9),
    ],
  },
];
