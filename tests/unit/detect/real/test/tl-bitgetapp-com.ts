import { o, p, type RealCase } from '../labels';

// Tagalog exchange news (translated). The forecast "$1 milyon" uses the Tagalog scale word, while the ETF
// capital keeps the English "$132.5 billion" in the same paragraph as the level "$124,000"; footnote
// markers "[1]" and "[5]" sit next to the amounts.
export const cases: RealCase[] = [
  {
    url: 'https://www.bitgetapp.com/ph/amp/news/detail/12560604941866',
    lang: 'tl',
    tags: ['prose', 'format'],
    blocks: [
      'Ang pag-akyat ng Bitcoin patungong $1 milyon ay naging sentro ng atensyon ng mga mamumuhunan, gumagawa ng polisiya, at mga kritiko. Ang matapang na hula ni Eric Trump sa Bitcoin Asia conference sa Hong Kong—na tiyak na aabot ang Bitcoin sa $1 milyon—ay nagpasiklab ng debate kung posible ba ang ganitong target.',
      'Hindi na haka-haka ang lumalaking demand ng mga institusyon para sa Bitcoin. Pagsapit ng Q2 2025, mahigit 59% ng mga institutional investor ang naglalaan ng hindi bababa sa 10% ng kanilang portfolio sa Bitcoin [5]. Ang U.S. CLARITY Act at mga SEC-approved spot ETF gaya ng IBIT ng BlackRock ay nagbukas ng $132.5 billion sa institutional capital [1]. Pinalalakas pa ito ng supply: binawasan ng 2024 halving ang block rewards ng 50%, na nagtulak na sa presyo patungong $124,000 [1].',
    ],
    expect: [p('$1 milyon', 1e6), p('$1 milyon', 1e6), o('$132.5 billion', 132.5e9), p('$124,000', 124000)],
  },
];
