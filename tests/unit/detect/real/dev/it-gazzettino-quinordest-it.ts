import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://gazzettino.quinordest.it/miniera-bitcoin-guadagna-piu-colossi-tech/',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'La società cinese Bitmain, specializzata nel mining di Bitcoin, avrebbe generato profitti per circa 4 miliardi di dollari, più di Nvidia e di altri colossi del tech.',
      'Un tempo bastava un normale computer per minare Bitcoin; oggi, per rendere davvero redditizia l’attività, servono apparecchiature molto più potenti e decisamente più costose.',
      'La potenza dell’hardware serve a risolvere le complicatissime operazioni matematiche necessarie a validare le transazioni in Bitcoin. Ogni volta che un computer convalida una transazione riceve un premio di 12,5 Bitcoin, che al cambio attuale sono circa 125mila dollari.',
      'Tra le “miniere” cinesi più note c’è Bitmain, fondata nel 2013 da Micree Zhan e Jihan Wu, che nel 2017 ha registrato profitti compresi tra i 3 e i 4 miliardi di dollari.',
      'In ogni caso, il fatto che nel 2017 il Bitcoin abbia toccato il record storico di 20mila dollari ha fatto molto bene agli affari di questa azienda.',
    ],
    expect: [
      o('4 miliardi di dollari', 4e9),
      o('125mila dollari', 125000),
      o('3', 3e9),
      o('4 miliardi di dollari', 4e9),
      p('20mila dollari', 20000),
    ],
  },
];
