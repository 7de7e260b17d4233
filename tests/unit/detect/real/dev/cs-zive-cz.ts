import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.zive.cz/bleskovky/kdy-to-praskne-tentokrat-bitcoin-po-trech-letech-opet-prekonal-magickou-hranici-1-000-usd-za-kus/sc-4-a-185471/default.aspx',
    lang: 'cs',
    tags: ['prose', 'format'],
    title:
      'Kdy to praskne tentokrát? Bitcoin po třech letech opět překonal magickou hranici 1 000 USD za kus',
    blocks: [
      'Kdy to praskne tentokrát? Bitcoin po třech letech opět překonal magickou hranici 1 000 USD za kus',
      'Bitcoinu se média naposledy ve velkém věnovala před třemi lety, kdy se jeho cena na sklonku roku 2013 vyšplhala přes tisíc dolarů za kus.',
      'Zhruba před rokem začal bitcoin opět růst, a zatímco se Česko probouzelo z novoroční oslavy, kurz na mnoha burzách znovu překonal magickou tisícidolarovou hranici.',
      'Tržní hodnota celého bitcoinového systému díky rostoucí ceně překonala 16,4 miliard amerických dolarů, což je víc než při bublině z roku 2013.',
    ],
    expect: [
      p('1 000 USD', 1000),
      p('tisíc dolarů', 1000),
      p('tisícidolarovou', 1000),
      o('16,4 miliard amerických dolarů', 1.64e10),
    ],
  },
];
