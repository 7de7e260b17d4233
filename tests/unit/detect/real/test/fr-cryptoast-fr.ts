import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoast.fr/bitcoin-chute-60000-dollars-voit-prix-divise-2-depuis-record-octobre/',
    lang: 'fr',
    tags: ['prose', 'widget', 'anaphora'],
    title: "Bitcoin chute à 60 000 dollars et voit son prix divisé par 2 depuis son record d'octobre",
    blocks: [
      "Bitcoin chute à 60 000 dollars et voit son prix divisé par 2 depuis son record d'octobre",
      "Nouvelle vague de ventes : le prix du bitcoin a failli percer le palier des 60 000 dollars pendant la nuit. Le BTC a désormais vu son cours coupé en deux depuis son sommet de l'automne.",
      'Bitcoin\n\n68268.2$',
      "Entre jeudi soir et vendredi, le Bitcoin (BTC) a prolongé ses pertes, approchant les 60 000 dollars. L'actif est depuis remonté à 64 800 dollars, mais reste en repli de 8,7 % sur 24 heures.",
      "Le prix du bitcoin cède maintenant 48,5 % depuis son record (ATH) du 6 octobre à 126 000 dollars. Sur Polymarket, les parieurs jugent plus probable un retour sous les 30 000 dollars qu'un nouveau record en 2026. La probabilité de passer sous 55 000 dollars grimpe à 73 %, et à 59 % pour une chute sous 50 000 dollars.",
    ],
    expect: [
      p('60 000 dollars', 60000),
      p('60 000 dollars', 60000),
      p('68268.2$', 68268.2),
      p('60 000 dollars', 60000),
      p('64 800 dollars', 64800),
      p('126 000 dollars', 126000),
      p('30 000 dollars', 30000),
      p('55 000 dollars', 55000),
      p('50 000 dollars', 50000),
    ],
  },
  {
    url: 'https://cryptoast.fr/34-hausse-6-mois-produire-1-bitcoin-minage-coute-plus-en-plus-cher/',
    lang: 'fr',
    tags: ['cost', 'prose'],
    title: '+34 % en 6 mois : produire 1 bitcoin par le minage coûte de plus en plus cher',
    blocks: [
      "À 70 000 dollars par bitcoin, le coût médian d'exploitation des mineurs a grimpé de 34 % en 6 mois, d'après le dernier rapport de TheMinerMag.",
      {
        text: "Le rapport estime qu'au deuxième trimestre, le coût d'exploitation direct médian pour extraire 1 BTC devrait franchir 70 000 dollars. Fin 2024, ce chiffre était évalué à 52 000 dollars, contre 64 000 dollars au 1er trimestre.",
        heading: "Le coût d'exploitation médian pour créer 1 bitcoin passe à 70 000 dollars",
      },
      'Ces calculs reposent sur un tarif moyen de 0,06 dollar par kWh, bien en dessous de ce que paierait un particulier installé en France.',
    ],
    expect: [
      c('70 000 dollars', 70000),
      c('70 000 dollars', 70000),
      c('52 000 dollars', 52000),
      c('64 000 dollars', 64000),
      o('0,06 dollar', 0.06),
    ],
  },
  {
    url: 'https://cryptoast.fr/bitcoin-btc-ether-eth-rouge-mai-quoi-attendre-mois-juin/',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin (BTC) et Ether (ETH) dans le rouge en mai : quoi attendre pour juin ?',
    blocks: [
      'Cette semaine, le prix du bitcoin (BTC) reste coincé dans un range entre les 30 000 dollars et les 25 000 dollars. Sur le graphique journalier, le BTC semble glisser vers son support à 25 000 dollars après plusieurs échecs sous la résistance psychologique à 30 000 dollars.',
      "Si le prix a rebondi à plusieurs reprises sur le 0,382 de Fibonacci à 26 020 dollars, il demeure sous les résistances de l'Ichimoku, qui bloquent encore tout envol au-dessus des 30 000 dollars.",
      "Le cours de l'Ether (ETH) est clairement en range, avec une résistance majeure à 2 000 dollars et un support à défendre vers les 1 700 dollars.",
    ],
    expect: [
      p('30 000 dollars', 30000),
      p('25 000 dollars', 25000),
      p('25 000 dollars', 25000),
      p('30 000 dollars', 30000),
      p('26 020 dollars', 26020),
      p('30 000 dollars', 30000),
      o('2 000 dollars', 2000),
      o('1 700 dollars', 1700),
    ],
  },
];
