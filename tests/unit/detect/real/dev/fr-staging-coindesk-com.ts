import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://staging.coindesk.com/fr/markets/2015/01/14/bitcoin-price-continues-to-fall-breaking-through-200-barrier',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Le prix du Bitcoin continue de chuter, franchissant la barre des 200 $',
    blocks: [
      'Le prix du Bitcoin continue de chuter, franchissant la barre des 200 $',
      "Le prix du Bitcoin est tombé sous le seuil historique de 200 $ à 07h24 (GMT) aujourd'hui, un territoire inédit depuis fin 2013.",
      'Cinq minutes après ce franchissement, le cours a encore reculé à 185 $. Moins de 15 minutes plus tard, il est tombé à 179,13 $.',
      'Ce dernier prix compte, car il se situe juste en dessous de 1 000 yuans chinois, la monnaie impliquée dans 65% des échanges de Bitcoin.',
      'Au moment de mettre sous presse, le prix avait un peu rebondi à 205,54 $.',
      { text: 'Des prix dignes de Gox', heading: 'Gox' },
      "La dernière fois que le prix du Bitcoin a franchi la barre des 200 dollars, c'était fin octobre 2013, en route vers son sommet historique de plus de 1 100 dollars. Hors de Mt Gox, le prix n'est alors pas descendu sous le milieu des 500 dollars.",
    ],
    expect: [
      p('200 $', 200),
      p('200 $', 200),
      p('185 $', 185),
      p('179,13 $', 179.13),
      p('1 000 yuans', 1000, 'CNY'),
      p('205,54 $', 205.54),
      p('200 dollars', 200),
      p('1 100 dollars', 1100),
      p('500 dollars', 500),
    ],
  },
];
