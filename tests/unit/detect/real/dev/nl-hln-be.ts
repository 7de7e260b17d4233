import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.hln.be/geld/economie/koers-bitcoin-blijft-dalen-cryptomunt-zakt-onder-de-grens-van-4-000-dollar~af1a6edd/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Koers Bitcoin blijft dalen: cryptomunt zakt onder de grens van 4.000 dollar',
    blocks: [
      'Koers Bitcoin blijft dalen: cryptomunt zakt onder de grens van 4.000 dollar',
      "De bitcoin blijft dalen. Gisterenavond zakte de koers van de munt door de grens van 4.000 dollar, (zo'n 3.500 euro). Zo weinig was de virtuele munt voor het laatst waard op 27 september 2017.",
      "In 2017 begon de munt het jaar op net geen 1.000 dollar en eind november ging hij door de barrière van 10.000 dollar. Enkele weken later was hij heel even meer dan 20.000 dollar (toen zo'n 18.000 euro) waard.",
      {
        heading: 'Terugval',
        text: 'Sinds de zomer leek de bitcoin juist vrij stabiel en bleef hij maandenlang tussen de 6.000 en 7.000 dollar hangen. Maar de afgelopen anderhalve week daalde de waarde met meer dan 2.000 dollar of ruim 1700 euro.',
      },
    ],
    expect: [
      p('4.000 dollar', 4000),
      p('4.000 dollar', 4000),
      p('3.500 euro', 3500, 'EUR'),
      p('1.000 dollar', 1000),
      p('10.000 dollar', 10000),
      p('20.000 dollar', 20000),
      p('18.000 euro', 18000, 'EUR'),
      p('6.000', 6000),
      p('7.000 dollar', 7000),
      o('2.000 dollar', 2000),
      o('1700 euro', 1700, 'EUR'),
    ],
  },
  {
    url: 'https://www.hln.be/geld/-bitcoins-minen-zal-in-toekomst-haast-niets-meer-opleveren-voor-kleinere-spelers~ad7e2be9/?utm_medium=rss&utm_content=Net%20binnen',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: '"Bitcoins minen zal in toekomst haast niets meer opleveren voor kleinere spelers"',
    blocks: [
      'Geld verdienen met het minen van bitcoins wordt steeds lastiger. Blijft de koers lang onder de 8.000 dollar, dan moeten de grote delvers de handen ineenslaan, voorspelt Bill Tai van Bitfury tegenover Bloomberg.',
      {
        heading: '11,7 miljoen euro per dag',
        text: 'Wie als eerste de oplossing vindt, krijgt per keer 12,5 bitcoin. De bitcoin staat nu net boven de 8.000 dollar, dus wordt er per keer bijna 82.000 euro uitgekeerd, ofwel 11,7 miljoen euro per dag.',
      },
    ],
    expect: [
      p('8.000 dollar', 8000),
      p('8.000 dollar', 8000),
      o('82.000 euro', 82000, 'EUR'),
      o('11,7 miljoen euro', 11.7e6, 'EUR'),
    ],
  },
  {
    url: 'https://www.hln.be/economie/de-crypto-koorts-is-in-het-land-onze-reporter-investeerde-200-euro-dit-zijn-zijn-bevindingen~a618b258/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'De crypto-koorts is in het land: onze reporter investeerde 200 euro, dit zijn zijn bevindingen',
    blocks: [
      'Liefst 50.547,70 dollar of zo’n 41.600 euro moest je dinsdag om 13.35 uur betalen voor één enkele bitcoin, een historische kaap. Tesla waagde op 8 februari als eerste de sprong, met een investering van 1,25 miljard euro. Onze reporter liet zich aansteken en stapte met 200 euro de cryptomarkt in.',
    ],
    expect: [
      p('50.547,70 dollar', 50547.7),
      p('41.600 euro', 41600, 'EUR'),
      o('1,25 miljard euro', 1.25e9, 'EUR'),
      o('200 euro', 200, 'EUR'),
    ],
  },
];
