import { o, p, type RealCase } from '../labels';

// French blog explainer: the price of one bitcoin on a given day, then what 10 coins bought in 2015 cost and are worth.
export const cases: RealCase[] = [
  {
    url: 'https://netpublic.fr/blog/bitcoin-faut-il-investir-dans-les-crypto-monnaies',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Bitcoin : faut-il investir dans les crypto-monnaies ?',
    blocks: [
      'Combien coûte le Bitcoin, la crypto-monnaie dont beaucoup ont entendu parler mais que très peu connaissent vraiment ? Beaucoup : par exemple, pour acheter 1 bitcoin (oui, un seul) à 12h00 le 17 mars 2021, il fallait payer 45 627,77 euros. Voici des chiffres qui font briller les yeux, à l’idée que si l’on avait acheté 10 Bitcoins en 2015 pour 3400 euros, on aurait désormais en poche une somme qui, au taux de change actuel, vaudrait plus de 450 000 euros.',
      'Mais ce seul Bitcoin acheté le 17 mars de cette année pourrait tout aussi rapidement valoir la moitié, voire un quart de son prix.',
    ],
    expect: [
      p('45 627,77 euros', 45627.77, 'EUR'),
      o('3400 euros', 3400, 'EUR'),
      o('450 000 euros', 450000, 'EUR'),
    ],
  },
];
