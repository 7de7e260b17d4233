import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://n1info.hr/biznis/zlato-rusi-sve-rekorde-analiticari-prognoziraju-rast-i-do-6400-dolara/',
    lang: 'hr',
    tags: ['prose', 'format'],
    title: 'Zlato ruši sve rekorde, analitičari prognoziraju rast i do 6.400 dolara',
    blocks: [
      'Cijena zlata probila se u ponedjeljak, prvi put u povijesti, iznad razine od 5.000 dolara po unci, jer ulagači zbog geopolitičkih napetosti traže sigurnije utočište za svoj kapital.',
      'Jutros je, pak, ojačala daljnjih 0,9 posto, na 5.029 dolara po unci.',
      '„Procjenjujemo da bi ove godine cijena unce zlata mogla dosegnuti i 6.400 dolara, dok bi prosječna cijena mogla iznositi 5.375 dolara”, kazao je za Reuters nezavisni analitičar Ross Norman.',
    ],
    expect: [
      o('5.000 dolara', 5000),
      o('5.029 dolara', 5029),
      o('6.400 dolara', 6400),
      o('5.375 dolara', 5375),
    ],
  },
];
