import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://degeldpers.nl/2019/06/17/bitcoin-is-terug-waar-komt-de-prijsstijging-vandaan/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin is terug! Waar komt de prijsstijging vandaan?',
    blocks: [
      'Op 17 december 2017 behaalde bitcoin met ruim $20.000 zijn hoogste notering ooit. Omdat de meeste kopers de munt alleen voor snelle winst hadden gekocht, stortte de koers snel weer in. Niet lang daarna werd bitcoin massaal doodverklaard, maar de munt lijkt nu aan een nieuwe opmars bezig. In 2019 steeg de waarde van bitcoin met ruim 250%.',
      'In 2018 zakte de bitcoinkoers van rond de $20.000 naar een schamele $2.600. Een enorme daling, naar alle waarschijnlijkheid veroorzaakt door speculatie op de cryptomarkt. Naast zulke incidentele dalingen wordt de koers ook sterk beïnvloed door de constante aanwas van nieuwe bitcoins.',
      {
        heading: 'Bitcoinblocks',
        text: 'Er worden structureel nieuwe bitcoins gecreëerd, die ook weer op de cryptomarkt worden verkocht. Tot rond het jaar 2100 ontvangen miners iedere tien minuten ongeveer 12,5 ‘verse’ bitcoins.',
      },
    ],
    expect: [p('$20.000', 20000), p('$20.000', 20000), p('$2.600', 2600)],
  },
];
