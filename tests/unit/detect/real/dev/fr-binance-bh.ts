import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.binance.bh/fr/square/post/289364762672162',
    lang: 'fr',
    tags: ['cost', 'forum', 'format'],
    title: "Le coût moyen d'extraction d'un Bitcoin",
    blocks: [
      "D'après les derniers chiffres de Ki Young Ju (CryptoQuant), extraire un Bitcoin coûte aujourd'hui en moyenne environ 67.700 USD, calcul tiré du rapport du troisième trimestre 2025 de MARA Holdings.",
      'Chez MARA au T3 2025, faire tourner 1 PH/s pendant 24 heures coûte environ 31,3 USD.',
      "Pour CryptoQuant, le « coût énergétique acheté par BTC » publié par l'entreprise (environ 39.235 USD/BTC) ne couvre que la part énergie.",
    ],
    expect: [c('67.700 USD', 67700), o('31,3 USD', 31.3), c('39.235 USD/BTC', 39235)],
  },
  {
    url: 'https://www.binance.bh/fr/square/post/33636788945746',
    lang: 'fr',
    tags: ['forum', 'format'],
    blocks: [
      "94 419,76 $ C'était le prix d'un Bitcoin au 1er janvier 2025. Presque 350 jours plus tard, après plusieurs ATH, il se traite au même niveau.",
      "Il a d'abord passé la barre historique des 100k en décembre 2024, puis touché son record de 126 277,05 $ le 6 octobre 2025, avant de rechuter de près de 40 %.",
      "D'où la question : le Bitcoin repassera-t-il les 100K avant 2026 ?",
      "Sur les marchés de prévision, les cotes d'un Bitcoin à 100K $ avant minuit le soir du Nouvel An 2025 ne respirent pas la confiance. Début novembre, Polymarket donnait 78 % de chances d'un passage sous 100K $ avant 2026.",
    ],
    expect: [
      p('94 419,76 $', 94419.76),
      p('100k', 100000),
      p('126 277,05 $', 126277.05),
      p('100K', 100000),
      p('100K $', 100000),
      p('100K $', 100000),
    ],
  },
  {
    url: 'https://www.binance.bh/fr/square/post/289492166600482',
    lang: 'fr',
    tags: ['forum', 'format', 'label-value'],
    blocks: [
      {
        text: "• Or : Prix au comptant d'environ 4,966 USD/once, +18 % depuis janvier. A passé la barre des 5,000 USD et vise 5,500-6,000 USD d'ici la fin de l'année.",
        heading: '1. Prix actuel et performance récente',
      },
      {
        text: "• Bitcoin : Prix d'environ 71,087 USD, +3 % sur la journée, mais environ 40 % sous le sommet de 2025 (environ 96,000 USD).",
        heading: '1. Prix actuel et performance récente',
      },
    ],
    expect: [
      o('4,966 USD/once', 4966),
      o('5,000 USD', 5000),
      o('5,500', 5500),
      o('6,000 USD', 6000),
      p('71,087 USD', 71087),
      p('96,000 USD', 96000),
    ],
  },
];
