import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinotag.com/analiz/btc-risk-analizi-19-ocak-2026-sermaye-koruma-perspektifi',
    lang: 'tr',
    tags: ['widget', 'format', 'change'],
    title: 'BTC Risk Analizi: 19 Ocak 2026 Sermaye Koruma Perspektifi',
    blocks: [
      'BTC Risk Analizi: 19 Ocak 2026 Sermaye Koruma Perspektifi',
      'BTC/USDT',
      '$29,958,231,423.63',
      '$90,574.00 / $87,263.53',
      'Fark: $3,310.47 (3.79%)',
      '+0.0045%\nLong öder',
    ],
    expect: [
      o('$29,958,231,423.63', 29958231423.63),
      p('$90,574.00', 90574),
      p('$87,263.53', 87263.53),
      o('$3,310.47', 3310.47),
    ],
  },
  {
    url: 'https://coinotag.com/analiz/btc-risk-analizi-19-ocak-2026-sermaye-koruma-perspektifi',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format', 'change'],
    title: 'BTC Risk Analizi: 19 Ocak 2026 Sermaye Koruma Perspektifi',
    blocks: [
      'Bitcoin şu anda 92.548,78$ seviyesinde işlem görüyor ve son 24 saatte %2,81 düştü. Günlük aralık 91.910,20$ - 95.531,12$ arasında gerçekleşti. Potansiyel ödül hedefi 108.000$ (%16,7 yukarı potansiyel), düşüş hedefi ise 80.000$ (%13,5 aşağı risk); risk/ödül oranı yaklaşık 1:1,24.',
      {
        text: 'Son 24 saatlik işlem hacmi 14,09 milyar$ ile güçlü, ancak fiyat %2,81 geriledi. Günlük fiyat aralığı yaklaşık 3.621$ (92.548$ fiyatına göre %3,91 volatilite). Fiyat EMA20 (92.673,25$) altında, Supertrend düşüş sinyalinde ve direnç 101.828,73$.',
        heading: 'Piyasa Volatilitesi ve Risk Ortamı',
      },
    ],
    expect: [
      p('92.548,78$', 92548.78),
      p('91.910,20$', 91910.2),
      p('95.531,12$', 95531.12),
      p('108.000$', 108000),
      p('80.000$', 80000),
      o('14,09 milyar$', 14.09e9),
      o('3.621$', 3621),
      p('92.548$', 92548),
      p('92.673,25$', 92673.25),
      p('101.828,73$', 101828.73),
    ],
  },
];
