import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://yle.fi/uutiset/3-9991645?origin=rss',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Bitcoinin arvo on romahtanut tällä viikolla neljänneksen viime sunnuntain huipustaan, 19 500 dollarista. Perjantaina digivaluutan arvo kävi vajaassa 12 600 dollarissa, mutta nousi iltapäivällä verkon kauppapaikoilla takaisin 14 000:een.',
      'Bitcoin-sijoittajat ovat saattaneet säikähtää keskuspankkien viime viikkojen varoituksia siitä, että virtuaalivaluutta on kupla.',
    ],
    expect: [p('19 500 dollarista', 19500), p('12 600 dollarissa', 12600), p('14 000:een', 14000)],
  },
  {
    url: 'https://yle.fi/uutiset/3-11726521?origin=rss',
    lang: 'fi',
    tags: ['prose', 'format'],
    blocks: [
      'Tulli on päättänyt myydä bitcoin-omaisuutensa. Se on takavarikoinut lähinnä huumetutkintojen yhteydessä 1 981 bitcoinin edestä kryptovaluuttaa.',
      'Nykykurssilla omaisuuden arvo on jopa 60 miljoonaa euroa. Bitcoinin arvo on heilahdellut viime vuosina suuresti, ja Tulli on hyötynyt heilahteluista.',
      'Suurin osa Tullin bitcoineista on peräisin vuodelta 2016. Tuolloin takavarikoitiin 1 666 bitcoinia niin sanotun Douppikauppa-jutun rikostutkinnassa. Erän arvo oli aluksi alle 700 000 euroa, mutta torstain kurssilla se oli noussut yli 50 miljoonaan euroon.',
    ],
    expect: [
      o('60 miljoonaa euroa', 6e7, 'EUR'),
      o('700 000 euroa', 700000, 'EUR'),
      o('50 miljoonaan euroon', 5e7, 'EUR'),
    ],
  },
  {
    url: 'https://yle.fi/uutiset/3-11221295?origin=rss',
    lang: 'fi',
    tags: ['prose', 'format'],
    blocks: [
      'Virtuaalivaluutta bitcoinista on tullut Tullille odottamaton ongelma. Tulli takavarikoi jo vuosia sitten 1 666 bitcoinia suuren huumejutun yhteydessä, mutta niitä ei ole pystytty vaihtamaan tavalliseksi rahaksi.',
      'Maanantain kurssilla Tullin hallussa olevien bitcoinien markkinahinta olisi jopa 15 miljoonaa euroa.',
    ],
    expect: [o('15 miljoonaa euroa', 1.5e7, 'EUR')],
  },
];
