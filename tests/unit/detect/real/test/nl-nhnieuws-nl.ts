import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.nhnieuws.nl/nieuws/n58604/56744-euro-bitcoin-bereikt-hoogste-stand-ooit',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: '56.744 euro: bitcoin bereikt hoogste stand ooit',
    blocks: [
      'Bitcoin heeft een nieuw record gezet. De cryptomunt bereikte een waarde van 66.000 dollar (56.744 euro), meldt persbureau Bloomberg.',
      'Nadat de munt in april het vorige record van 64.870 dollar had gehaald, ging hij hard onderuit en verloor meer dan de helft van zijn waarde.',
    ],
    expect: [p('66.000 dollar', 66000), p('56.744 euro', 56744, 'EUR'), p('64.870 dollar', 64870)],
  },
  {
    url: 'https://www.nhnieuws.nl/nieuws/n143159/bitcoin-bereikt-hoogste-stand-ooit-door-extra-kapitaal-en-halving',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin bereikt hoogste stand ooit door extra kapitaal en halving',
    blocks: [
      'De koers van bitcoin, de bekendste cryptomunt, heeft een record gezet. Rond vier uur Nederlandse tijd was 1 bitcoin meer dan 69.000 dollar waard. Het vorige record stamt uit november 2021, toen de munt eventjes op 68.990 dollar stond.',
      "Sinds de start van de bitcoin spot ETF's op 11 januari 2024 hebben de tien fondsen samen een netto-instroom van bijna 8 miljard dollar gehad, houdt BitMEX research bij.",
    ],
    expect: [p('69.000 dollar', 69000), p('68.990 dollar', 68990), o('8 miljard dollar', 8e9)],
  },
];
