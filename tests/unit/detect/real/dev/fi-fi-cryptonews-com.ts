import { o, p, type RealCase } from '../labels';

const heading = 'Bitcoinin sähkönkulutus ja ympäristövaikutukset tiivistettynä';

export const cases: RealCase[] = [
  {
    url: 'https://fi.cryptonews.com/news/bitcoinin-louhiminen-sahkon-hinta.htm',
    lang: 'fi',
    tags: ['prose', 'format'],
    title: 'Kuinka paljon sähköä bitcoinin louhiminen vie yhteensä?',
    blocks: [
      {
        heading,
        text: 'Yhden Bitcoinin louhiminen voi vaatia sähköä eri arvioiden mukaan 150 000–250 000 kWh.',
      },
      {
        heading,
        text: 'Tämänhetkisen bitcoin-kurssin mukaan (noin 40 000 euroa), jos lasketaan pelkkä sähkönkulutus, Suomessa sähkön hinnan pitäisi olla noin 0,15–0,27 euroa per kWh, jotta Bitcoinin louhinnalla pääsisi omilleen.',
      },
      {
        heading,
        text: 'Tähän laskelmaan ei ole lisätty nykyajan louhinnassa tarvittavia kalliita laitteita ja muita kuluja.',
      },
      {
        heading,
        text: 'Yksi Bitcoin-tapahtuma voi kuluttaa jopa 1 200 kWh energiaa, mikä vastaa lähes sataatuhatta tavallista korttimaksua.',
      },
    ],
    expect: [p('40 000 euroa', 40000, 'EUR'), o('0,15', 0.15, 'EUR'), o('0,27 euroa', 0.27, 'EUR')],
  },
];
