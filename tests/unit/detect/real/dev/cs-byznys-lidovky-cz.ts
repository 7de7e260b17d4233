import { o, p, type RealCase } from '../labels';

// Koruna conversions in brackets with dotted thousands ('177.970 Kč') and 'bilionu Kč'; bitcoin cash prices are other.
export const cases: RealCase[] = [
  {
    url: 'https://byznys.lidovky.cz/kyberneticka-mena-bitcoin-lame-rekordy-poprve-se-prehoupla-pres-8000-dolaru-1rv-/firmy-trhy.aspx?c=A171120_153425_firmy-trhy_ELE',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Kybernetická měna bitcoin láme rekordy, poprvé se přehoupla přes 8000 dolarů',
    blocks: [
      'NEW YORK Digitální měna bitcoin dál stoupá k novým rekordům a poprvé překonala 8000 dolarů. V pondělí se dostala až na 8195 dolarů (177.970 Kč) a podle agentury Bloomberg to nevypadá, že by růst polevoval.',
      'Od začátku roku cena bitcoinu vzrostla o více než 700 procent a hodnota bitcoinů v oběhu přesahuje 130 miliard USD (2,8 bilionu Kč).',
      'Měna bitcoin cash, která se od původního bitcoinu oddělila v srpnu, v pondělí podle Coinmarketcap.com posílila o dvě procenta na téměř 1195 dolarů, stále je však pod svým rekordem 1388 USD z 12. listopadu.',
    ],
    expect: [
      p('8000 dolarů', 8000),
      p('8195 dolarů', 8195),
      p('177.970 Kč', 177970, 'CZK'),
      o('130 miliard USD', 130e9),
      o('2,8 bilionu Kč', 2.8e12, 'CZK'),
      o('1195 dolarů', 1195),
      o('1388 USD', 1388),
    ],
  },
];
