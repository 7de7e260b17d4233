import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://app.beainet.net/es/crypto-wiki/article/bitcoin-miners-costs-surge-in-q2-2025-20260109',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'En el segundo trimestre de 2025, los mineros de Bitcoin cotizados vieron crecer con fuerza sus gastos. El coste medio en efectivo por Bitcoin llegó a los 74 600 $, y al sumar partidas no monetarias como la depreciación, el coste total por Bitcoin alcanzó los 137 800 $.',
      'Los costes en efectivo de 74 600 $ por Bitcoin cubren sobre todo gastos directos: electricidad, mantenimiento, personal y reparaciones.',
      'Cuando el precio de mercado del Bitcoin se acerca o cae por debajo del coste total de producción de 137 800 $, los mineros pueden entrar en pérdidas.',
    ],
    expect: [c('74 600 $', 74600), c('137 800 $', 137800), c('74 600 $', 74600), c('137 800 $', 137800)],
  },
];
