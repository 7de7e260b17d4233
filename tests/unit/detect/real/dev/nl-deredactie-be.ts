import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://deredactie.be/cm/vrtnieuws/binnenland/1.3036435',
    lang: 'nl',
    tags: ['prose', 'format'],
    blocks: [
      "De huiszoekingen vonden plaats in Brussel, Jette, Sint-Jans-Molenbeek, Laken en Evere. Ze pasten in een onderzoek van het federaal parket, nadat was vastgesteld dat op de online marktplaats localbitcoins.com diensten werden aangeboden om bitcoins in te ruilen tegen contant geld of omgekeerd. Vooral de account 'Zhao Dong 1982' bleek in België actief, meestal in de grensstreek met Nederland en Duitsland.",
      'Voor het inruilen van de bitcoins - voor bedragen van minstens 5.000 euro - werden commissies aangerekend die vele malen hoger liggen dan bij de gekende online exchangers. Het omruilen gebeurde tijdens korte ontmoetingen met klanten op publieke plaatsen zoals parkings, hotels en fastfoodrestaurants.',
      'Tijdens de huiszoekingen werden 100.000 euro cash geld en 300.000 euro op rekeningen bij financiële instellingen en internetdienstverleners in beslag genomen. Drie personen werden opgepakt; twee van hen zijn aangehouden wegens witwassen.',
    ],
    expect: [
      o('5.000 euro', 5000, 'EUR'),
      o('100.000 euro', 100000, 'EUR'),
      o('300.000 euro', 300000, 'EUR'),
    ],
  },
];
