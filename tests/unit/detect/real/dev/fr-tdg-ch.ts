import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tdg.ch/pourquoi-tant-de-genevois-font-confiance-aux-cryptomonnaies-617944626674',
    lang: 'fr-CH',
    tags: ['prose', 'format'],
    title: 'Pourquoi tant de Genevois font confiance aux cryptomonnaies',
    blocks: [
      'Le bitcoin a atteint sa plus haute valeur, 38’000 dollars, depuis sa création en 2009. AFP',
      'Ces derniers jours, vous avez sans doute entendu que le bitcoin a vu sa valeur exploser. Au moment d’écrire ces lignes, un bitcoin valait quelque 38’000 dollars. Du jamais-vu depuis le lancement de la monnaie en 2009.',
    ],
    expect: [p('38’000 dollars', 38000), p('38’000 dollars', 38000)],
  },
  {
    url: 'https://www.tdg.ch/high-tech/bitcoin-gagne-economie-reelle-geneve/story/27406036',
    lang: 'fr-CH',
    tags: ['prose', 'anaphora'],
    title: 'Le bitcoin gagne l’économie réelle à Genève',
    blocks: [
      'On glisse son billet et le compte créé via une application smartphone est immédiatement crédité. Chaque bière sera ensuite encaissée par un simple scan du sommelier. Prévoir 514 francs pour un bitcoin selon le taux de change d’hier.',
    ],
    expect: [p('514 francs', 514, 'CHF')],
  },
];
