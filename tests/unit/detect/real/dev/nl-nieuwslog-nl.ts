import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.nieuwslog.nl/1260466-bitcoin-bestaat-vandaag-7-jaar-en-zorgt-nieuwe-miljonairs/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin bestaat vandaag 7 jaar en zorgt voor nieuwe miljonairs',
    blocks: [
      'Vandaag precies 7 jaar geleden begon het allemaal voor de Bitcoin: de digitale munt bestaat vandaag precies 7 jaar. Tegelijk met het jubileum is er een nieuw record gebroken. De bitcoin koers is in 7 jaar tijd nog nooit zo hoog geweest. De koers ging vandaag over de $ 2.100 heen. Dit staat gelijk aan ongeveer € 1878. In de eerste uren van de maandagochtend ging de koers zelfs over de $2185 heen. Afgelopen weekend was de digitale munt voor het eerst meer dan $ 2000 per Bitcoin waard.',
      "Op 22 mei 2010 werd de eerste officiële transactie met Bitcoins gedaan. Programmeur Laszlo Hanyecz kocht 2 pizza's van Papa John's en betaalde met 10.000 Bitcoins die hij net gemined had. De munten hadden toen nog maar een waarde van $ 0,003 cent per stuk.",
      {
        heading: 'De waarde van de Bitcoins is de laatste jaren enorm gestegen!',
        text: "De 10.000 Bitcoins waren bij de eerste transactie goed voor $ 30. Dezelfde pizza's zouden nu omgerekend $ 21,8 miljoen kosten in Bitcoins.",
      },
      {
        heading: 'De waarde van de Bitcoins is de laatste jaren enorm gestegen!',
        text: 'In het begin waren het vooral programmeurs die in de Bitcoin geloofden. Programmeurs die 7 jaar geleden voor $ 100 aan Bitcoins wisten te verzamelen, hebben nu een vermogen van $ 72,9 miljoen.',
      },
    ],
    expect: [
      p('$ 2.100', 2100),
      p('€ 1878', 1878, 'EUR'),
      p('$2185', 2185),
      p('$ 2000', 2000),
      p('$ 0,003', 0.003),
      o('$ 30', 30),
      o('$ 21,8 miljoen', 21.8e6),
      o('$ 100', 100),
      o('$ 72,9 miljoen', 72.9e6),
    ],
  },
];
