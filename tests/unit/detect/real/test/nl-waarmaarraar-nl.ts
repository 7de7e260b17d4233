import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.waarmaarraar.nl/pages/re/122284/Happy_Bitcoin_Pizza_Day.html',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Happy Bitcoin Pizza Day!',
    blocks: [
      "Vandaag exact twaalf jaar geleden - op 22 mei 2010 - vond de eerste commerciële bitcoin-transactie plaats. Programmeur Laszlo Hanyecz vroeg op het Bitcoin-forum of iemand twee pizza's voor hem kon bestellen in ruil voor 10.000 bitcoin.",
      '2) 10.000 bitcoin voor 41 USD',
      {
        heading: '2) 10.000 bitcoin voor 41 USD',
        text: "In 2010 was de prijs van een bitcoin nog lastig te bepalen: bitcoin was een onbekend experiment waar maar een handjevol mensen van wist. Iemand op het forum zocht de marktwaarde van de 10.000 bitcoins op en merkte op dat het een tamelijk genereus aanbod was: zijn 10.000 bitcoins zijn 41 dollar waard, wel erg veel geld voor twee pizza's. Een snel rekensommetje leert dus dat de prijs van een bitcoin op dat moment rond de 0.004 USD lag, minder dan een halve cent per stuk.",
      },
      '3) Geen spijt',
      {
        heading: '3) Geen spijt',
        text: "10.000 bitcoins, dat is een dure pizza geweest, hoor je geregeld. Op dit moment zo'n 293 miljoen USD, aldus de Bitcoin Pizza Index. Toch heeft Laslo geen spijt van zijn aankoop: op dat moment was de waarde van een bitcoin nihil.",
      },
    ],
    expect: [
      o('41 USD', 41),
      o('41 dollar', 41),
      p('0.004 USD', 0.004),
      p('een halve cent', 0.005),
      o('293 miljoen USD', 293e6),
    ],
  },
  {
    url: 'https://www.waarmaarraar.nl/pages/re/128478/Brit_die_per_ongeluk_harde_schijf_met_730_miljoen_euro_weggooide_wil_nu_hele_vuilnisbelt_opkopen.html',
    lang: 'nl',
    tags: ['prose'],
    title:
      'Brit die per ongeluk harde schijf met 730 miljoen euro weggooide, wil nu hele vuilnisbelt opkopen',
    blocks: [
      'Brit die per ongeluk harde schijf met 730 miljoen euro weggooide, wil nu hele vuilnisbelt opkopen',
      'De wereldberoemde speurtocht naar een ongekend fortuin van 730 miljoen euro krijgt een verrassende wending. James Howells, de Britse IT’er die al jaren tevergeefs jaagt op zijn verloren harde schijf met duizenden Bitcoins, wil een hele vuilnisbelt opkopen.',
      'Howells (39) is al meer dan tien jaar verwikkeld in een strijd met Newport, een gemeente in het zuiden van Wales. Zijn harde schijf, met daarop Bitcoins die momenteel een waarde vertegenwoordigen van ruim 730 miljoen euro, belandde in 2013 per ongeluk op de vuilnisbelt.',
    ],
    expect: [
      o('730 miljoen euro', 730e6, 'EUR'),
      o('730 miljoen euro', 730e6, 'EUR'),
      o('730 miljoen euro', 730e6, 'EUR'),
    ],
  },
];
