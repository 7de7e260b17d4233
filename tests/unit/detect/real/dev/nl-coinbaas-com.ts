import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinbaas.com/historie-van-cryptocurrency-en-market-cap/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'De historie van cryptocurrency en market cap',
    blocks: [
      'De historie van cryptocurrency en market cap',
      'Cryptocurrencies schommelen soms razendsnel in waarde. Er was ooit een moment dat de Bitcoin makkelijk te minen was en de waarde hooguit tien dollar per Bitcoin bedroeg. Maar de tijden veranderen en inmiddels is de bekendste cryptovaluta explosief gegroeid. De waarde kan soms wel tussen 6000 tot 20.000 dollar per Bitcoin liggen.',
      'Marketcap berekenen',
      'Stel: er is een vrij nieuwe cryptovaluta. Er zijn 50 miljoen munten van deze valuta in omloop. De munten zijn 2 euro per stuk waard. De marketcap ligt dan op 100 euro.',
      'Aan de hand van de market cap is ook uit te rekenen hoe groot de investering moet zijn om een bepaald doel te halen. Een cryptocurrency heeft bijvoorbeeld een market cap van 500 miljoen euro. Door in totaal 4,5 miljard euro te investeren, is de munt na verloop van tijd al tien keer meer waard.',
    ],
    expect: [
      p('tien dollar', 10),
      p('6000', 6000),
      p('20.000 dollar', 20000),
      o('2 euro', 2, 'EUR'),
      o('100 euro', 100, 'EUR'),
      o('500 miljoen euro', 500000000, 'EUR'),
      o('4,5 miljard euro', 4500000000, 'EUR'),
    ],
  },
];
