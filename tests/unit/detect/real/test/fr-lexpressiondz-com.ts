import { p, type RealCase } from '../labels';

// Algerian daily, AFP wire on a 2018 slide: French grouping with a dot ("6.400 dollars"), the later
// levels in sentences that say "il" rather than bitcoin.
export const cases: RealCase[] = [
  {
    url: 'http://www.lexpressiondz.com/linformation_en_continue/285653-le-bitcoin-poursuit-sa-chute-passe-sous-6-400-dollars.html',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Le bitcoin poursuit sa chute, passe sous 6.400 dollars',
    blocks: [
      'Le bitcoin poursuit sa chute, passe sous 6.400 dollars',
      'Le bitcoin, qui recule fortement depuis plusieurs semaines, a continué de baisser mardi, passant sous les 6.400 dollars alors qu’il approchait les 20.000 dollars en décembre. Vers 03H00 GMT, il se traitait autour de 6.330 dollars, au plus bas depuis novembre, contre 8.550 dollars lundi.',
    ],
    expect: [
      p('6.400 dollars', 6400),
      p('6.400 dollars', 6400),
      p('20.000 dollars', 20000),
      p('6.330 dollars', 6330),
      p('8.550 dollars', 8550),
    ],
  },
];
