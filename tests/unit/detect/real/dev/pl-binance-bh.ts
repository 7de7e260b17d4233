import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.binance.bh/pl/square/post/289364762672162',
    lang: 'pl',
    tags: ['cost', 'format', 'forum'],
    blocks: [
      'Nowe dane od Ki Young Ju, CEO CryptoQuant, wskazują, że średni koszt wydobycia każdego Bitcoina to obecnie około 67.700 USD. Liczbę wyliczono wstecz z raportu 10-Q MARA Holdings za III kwartał 2025 roku.',
      {
        heading: 'Jak kształtują się koszty wydobycia Bitcoina?',
        text: 'Po pierwsze energia, największa pozycja. Dla MARA w III kwartale 2025 roku utrzymanie 1 PH/s przez dobę kosztowało około 31,3 USD.',
      },
      {
        heading: 'Jak kształtują się koszty wydobycia Bitcoina?',
        text: 'Według CryptoQuant podawany przez firmę „koszt energii zakupionej na BTC” (około 39.235 USD/BTC) obejmuje tylko część kosztów energii.',
      },
    ],
    expect: [c('67.700 USD', 67700), o('31,3 USD', 31.3), c('39.235 USD/BTC', 39235)],
  },
];
