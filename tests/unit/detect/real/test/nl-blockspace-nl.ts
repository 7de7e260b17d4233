import { p, type RealCase } from '../labels';

const year = (row: string, value: string, pct: string) => [
  { text: row, header: 'Jaar' },
  { text: value, header: 'Waarde 1 januari', row },
  { text: pct, header: 'Percentuele stijging', row },
];

export const cases: RealCase[] = [
  {
    url: 'https://blockspace.nl/koersen/verwachting-bitcoin-koers/',
    lang: 'nl',
    tags: ['table', 'prose', 'format'],
    title: 'Verwachting Bitcoin koers',
    blocks: [
      'Bitcoin (BTC) heeft sinds de lancering in 2009 woelige tijden gekend. Waar het project eerst nog niets waard was, heeft de Bitcoin prijs inmiddels een piek van bijna $70.000 meegemaakt in 2021.',
      'In onderstaande tabel is het tegenbeeld goed te zien. Hoewel de prijs in het begin een stuk lager lag, waren de procentuele stijgingen elk jaar een stuk hoger.',
      ...year('2011', '$0,30', '249,45%'),
      ...year('2012 (1ste halving)', '$5,28', '1.659,16%'),
      ...year('2013', '$13,30', '152,12%'),
      ...year('2014', '$754,22', '5.569,07%'),
      ...year('2015', '$314,25', '-58,33%'),
      ...year('2016 (2de halving)', '$434,33', '38,21%'),
      ...year('2017', '$998,33', '129,6%'),
    ],
    expect: [
      p('$70.000', 70000),
      p('$0,30', 0.3),
      p('$5,28', 5.28),
      p('$13,30', 13.3),
      p('$754,22', 754.22),
      p('$314,25', 314.25),
      p('$434,33', 434.33),
      p('$998,33', 998.33),
    ],
  },
];
