import { c, o, type RealCase } from '../labels';

const url = 'https://bitcoinobchod.uk/s/sk/N%C3%A1klady+na+%C5%A5a%C5%BEbu+bitcoinu/35579';
const title = 'Náklady na ťažbu bitcoinu';
const heading = 'Príklad nákladov na ťažbu v rôznych krajinách (priemer 2024)';
const perCoin = 'Cena za 1 BTC (v USD)';
const perKwh = 'Cena za kWh (v USD)';

export const cases: RealCase[] = [
  {
    url,
    lang: 'sk',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Koľko stojí vyťaženie 1 bitcoinu v roku 2024?',
      'Elektrina tvorí najväčšiu časť nákladov pri ťažbe bitcoinu. V Spojených štátoch sa priemerné náklady na elektrinu pohybujú okolo 0,12 USD za kilowatthodinu (kWh), kým v krajinách s lacnejšou energiou, napríklad v Kazachstane, môžu byť aj o polovicu nižšie.',
      'Ťažiari bitcoinu používajú špeciálne stroje nazývané ASIC. Ich cena sa líši, no tie najvýkonnejšie sa pohybujú v rozmedzí od 2 000 do 10 000 USD. Náklady na hardvér sa musia odpisovať v čase, čo zvyšuje celkové náklady na ťažbu jedného bitcoinu.',
    ],
    expect: [o('0,12 USD', 0.12), o('2 000', 2000), o('10 000 USD', 10000)],
  },
  {
    url,
    lang: 'sk',
    tags: ['table', 'cost'],
    title,
    blocks: [
      heading,
      { text: '20 000', header: perCoin, row: 'USA', heading },
      { text: '0,12', header: perKwh, row: 'USA', heading },
      { text: '12 000', header: perCoin, row: 'Kazachstan', heading },
      { text: '0,06', header: perKwh, row: 'Kazachstan', heading },
      { text: '15 000', header: perCoin, row: 'Rusko', heading },
      { text: '0,08', header: perKwh, row: 'Rusko', heading },
      { text: '25 000', header: perCoin, row: 'Nórsko', heading },
      { text: '0,15', header: perKwh, row: 'Nórsko', heading },
      { text: '13 000', header: perCoin, row: 'Čína', heading },
      { text: '0,07', header: perKwh, row: 'Čína', heading },
    ],
    expect: [
      c('20 000', 20000),
      o('0,12', 0.12),
      c('12 000', 12000),
      o('0,06', 0.06),
      c('15 000', 15000),
      o('0,08', 0.08),
      c('25 000', 25000),
      o('0,15', 0.15),
      c('13 000', 13000),
      o('0,07', 0.07),
    ],
  },
];
