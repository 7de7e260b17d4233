import { p, type RealCase } from '../labels';

// A social post (OKX discover feed, mirror host): bare "60K" levels; ETF outflows with no currency
// ("2.9 mil millones") are not labelled; "$BTC" is a cashtag.
export const cases: RealCase[] = [
  {
    url: 'https://web3.ouchyi.army/es-es/discover/post/68018169710592',
    lang: 'es',
    tags: ['forum', 'format'],
    blocks: [
      'Bitcoin a 60K en julio de 2024 era un BTC muy diferente al de 60K hoy. En julio de 2024, Trump levantó el puño tras su intento de asesinato, lo que garantizaba su presidencia y entonces se consideraba extremadamente alcista para los mercados. #Bitcoin comenzó a descontarlo de inmediato. A principios de 2024 se acababan de aprobar los ETFs de Bitcoin al contado y una nueva ola de capital institucional por fin podía acceder a $BTC.',
      'En 2024, la narrativa de que Bitcoin es una cobertura contra la inflación seguía siendo muy fuerte. El optimismo estaba en su punto más alto y el cielo era el límite. Estábamos en descubrimiento de precios y un objetivo de precio de $250,000 se sentía mucho más realista que cero.',
      'En 2026, los ETFs de Bitcoin al contado han visto 2.9 mil millones en salidas desde mediados de enero y aproximadamente 8 mil millones desde finales de 2025. El capital institucional está saliendo, no aportando una nueva afluencia de compras.',
    ],
    expect: [p('60K', 60000), p('60K', 60000), p('$250,000', 250000)],
  },
];
