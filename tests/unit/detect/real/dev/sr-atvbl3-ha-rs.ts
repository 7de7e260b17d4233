import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://atvbl3.ha.rs/vijesti/ekonomija/bitkoin-kapitalizuje-vise-od-vize-i-masterkarda-zajedno-17-3-2021',
    lang: 'sr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitkoin kapitalizuje više od Vize i Masterkarda zajedno',
    blocks: [
      'Vrijednost kriptovalute bitkoin veća je od dvije najveće svjetske kartičarske mreže, Vize i Masterkarda, čija zajednička tržišna kapitalizacija iznosi 871 milijardu dolara.',
      'Prema posljednjim podacima sa tržišta kriptovaluta, bitkoin trenutno kapitalizuje nešto više od jedan bilion dolara. Digitalna kovanica je od nule stigla do tržišne vrijednosti od 1.000 milijardi dolara 3,6 puta brže od Majkrosofta.',
      'Najstarija svjetska digitalna valuta je prošle nedjelje, kada je dostigla rekordnu cijenu od 61.700 dolara, bila vrednija od tri najveće svjetske banke zajedno. Tada se njena tržišna kapitalizacija približila nivou od oko 1,15 biliona dolara, dok je vrijednost "JPMorgana", Benk ov Amerika i ICBC zajedno iznosila 1,08 biliona dolara.',
      'Da bi stvarno pomračio sjaj zlata, bitkoin bi trebalo da se trguje po cijeni od 590.000 dolara, dodaju navedeni izvori.',
      'U utorak popodne, bitkoin se trgovao po cijeni od 54.865 dolara za jedan novčić.',
    ],
    expect: [
      o('871 milijardu dolara', 871e9),
      o('jedan bilion dolara', 1e12),
      o('1.000 milijardi dolara', 1e12),
      p('61.700 dolara', 61700),
      o('1,15 biliona dolara', 1.15e12),
      o('1,08 biliona dolara', 1.08e12),
      p('590.000 dolara', 590000),
      p('54.865 dolara', 54865),
    ],
  },
];
