import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://alephtech.ro/tehnologie/bitcoin-in-2026-200-000-e-posibil-dar-nu-gratis-si-depinde-de-cine-conduce-piata-oamenii-sau-institutiile/amp',
    lang: 'ro',
    tags: ['prose', 'format', 'anaphora'],
    title:
      'Bitcoin în 2026. 200.000 $ e posibil, dar nu „gratis” — și depinde de cine conduce piața: oamenii sau instituțiile',
    blocks: [
      'Bitcoin în 2026. 200.000 $ e posibil, dar nu „gratis” — și depinde de cine conduce piața: oamenii sau instituțiile',
      'Bitcoin a fost ani la rând genul de activ care îți cere nu doar bani, ci și nervi. La final de 2025 povestea e aceeași, doar miza e mai mare: după un an cu fluctuații puternice și o corecție serioasă, piața discută deja obsesiv despre 2026 și întrebarea-vedetă: poate Bitcoin să atingă 200.000 de dolari?',
      {
        text: 'Acum (19 decembrie 2025), BTC este în jur de 88.292 $, potrivit datelor de piață. Asta vine după o perioadă de scădere față de maximele din toamnă, când Bitcoin a atins un vârf în jurul 126.273 $ (valoare citată în analiza MarketWatch despre revizuirea prognozelor Standard Chartered).',
        heading: 'Bitcoin a intrat la „dietă”: după maxime, piața își caută direcția',
      },
    ],
    expect: [
      p('200.000 $', 200000),
      p('200.000 de dolari', 200000),
      p('88.292 $', 88292),
      p('126.273 $', 126273),
    ],
  },
];
