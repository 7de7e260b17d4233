import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tweakers.net/nieuws/124107/bitcoinwaarde-bereikt-hoogste-niveau-in-zijn-geschiedenis.html',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoinwaarde bereikt hoogste niveau in zijn geschiedenis',
    blocks: [
      'De prijs van Bitcoin staat op het hoogste niveau ooit. Vrijdag was de virtuele valuta ongeveer 1343 dollar waard, omgerekend ongeveer 1233 euro. Daarmee ligt de prijs boven de top van 1200 dollar uit 2013.',
      'Kort na het begin van dit jaar ging de waarde van Bitcoin al over het niveau van duizend dollar. Na een daling die tot de tweede helft van 2015 duurde, lag de waarde rond de 220 dollar, waarna de prijs weer opliep.',
    ],
    expect: [
      p('1343 dollar', 1343),
      p('1233 euro', 1233, 'EUR'),
      p('1200 dollar', 1200),
      p('duizend dollar', 1000),
      p('220 dollar', 220),
    ],
  },
  {
    url: 'https://tweakers.net/nieuws/119561/bitcoinwaarde-overschrijdt-grens-van-duizend-dollar.html',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Bitcoinwaarde overschrijdt grens van duizend dollar',
    blocks: [
      'De prijs ligt nu rond de 1013 dollar of 963 euro. Volgens Coindesk is het niveau van 2014 nog niet helemaal terug, maar is de grens een mijlpaal.',
      'In juni 2016 waren alle bitcoins in omloop samen ongeveer tien miljard dollar waard, omgerekend 8,8 miljard euro.',
    ],
    expect: [
      p('1013 dollar', 1013),
      p('963 euro', 963, 'EUR'),
      o('tien miljard dollar', 10e9),
      o('8,8 miljard euro', 8.8e9, 'EUR'),
    ],
  },
];
