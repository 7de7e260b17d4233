import { p, type RealCase } from '../labels';

// French blog: the amount sits in a sentence that says only "La plus célèbre des cryptomonnaies".
export const cases: RealCase[] = [
  {
    url: 'https://www.lafinancedigitale.com/index.php/articles/le-bitcoin-et-les-cryptomonnaies-foudroyes-par-la-pandemie',
    lang: 'fr',
    tags: ['anaphora', 'prose'],
    title: 'Le Bitcoin et les cryptomonnaies foudroyés par la pandémie',
    blocks: [
      'Enfant de la crise financière de 2008, le Bitcoin n’est pas devenu la valeur refuge dont certains rêvaient.',
      'Le krach mondial alimenté par la pandémie du coronavirus aura eu raison du bitcoin. La plus célèbre des cryptomonnaies a touché un plus bas de 3800 dollars dans la nuit de jeudi à vendredi, perdant jusqu’à 50 % de sa valeur en vingt-quatre heures. Dans son sillage, la plupart des cryptomonnaies ont connu d’importants décrochages.',
    ],
    expect: [p('3800 dollars', 3800)],
  },
];
