import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.vrt.be/vrtnws/nl/2018/02/15/bitcoin-verdappert-en-is-weer-10-000-dollar-waard/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin verdappert en is weer 10.000 dollar waard',
    blocks: [
      'Wie de bitcoinhype achterna liep, zag de waarde de laatste weken met lede ogen dag na dag zakken: van bijna 20.000 dollar razendsnel omlaag tot ongeveer 6.000 dollar begin deze maand.',
      'Nu lijkt de angst wat weg. In een week tijd steeg de bitcoinkoers weer zo’n 20 procent. De kaap van de 10.000 is weer gerond, zonder duidelijke aanleiding, al is de piek van 20.000 van midden december nog ver weg.',
    ],
    expect: [p('20.000 dollar', 20000), p('6.000 dollar', 6000)],
  },
];
