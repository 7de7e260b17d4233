import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptofamily.nl/bitcoin-beheren/box-3-en-bitcoin-2026-belasting-op-papieren-winst',
    lang: 'nl',
    tags: ['label-value', 'change', 'anaphora'],
    title: 'Box 3 en Bitcoin (2026): belasting op papieren winst uitgelegd voor 1+ BTC houders',
    blocks: [
      {
        heading: 'Wat betekent belasting op papieren winst?',
        text: 'Bij belasting op papieren winst telt waardestijging mee, ook als je niets verkoopt.',
      },
      { heading: 'Wat betekent belasting op papieren winst?', text: '1 BTC gekocht op €25.000' },
      { heading: 'Wat betekent belasting op papieren winst?', text: 'Waarde op peildatum: €80.000' },
      { heading: 'Wat betekent belasting op papieren winst?', text: 'Verschil: €55.000 papieren winst' },
    ],
    expect: [p('€25.000', 25000, 'EUR'), p('€80.000', 80000, 'EUR'), o('€55.000', 55000, 'EUR')],
  },
];
