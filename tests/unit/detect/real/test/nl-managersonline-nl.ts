import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.managersonline.nl/nieuws/21524/bitcoinsalaris-wordt-opnieuw-populairder-nu-waarde-bitcoin-stijgt.html',
    lang: 'nl',
    tags: ['prose'],
    title: 'Bitcoinsalaris wordt opnieuw populairder nu waarde bitcoin stijgt',
    blocks: [
      'Salaris in bitcoin heeft weinig nadelen - Bitcoin is alweer een tijd aan een opmars bezig en begon vooral hard te klimmen toen PayPal aankondigde ook bitcoin-betalingen te gaan ondersteunen. Volgens Aad Mosheuvel van Bitcoinkoers.org tonen ook grote financiële dienstverleners en werkgevers steeds meer interesse in Bitcoin.',
      '"Bij een salaris in bitcoin gaat het eigenlijk om een beloning in natura, een extraatje bovenop het loon. Het telt dus niet mee voor de verplichte betaling van het minimumloon: alleen het deel boven het minimumloon kan in bitcoins worden uitbetaald. Verder wordt het gewoon belast, en werknemers met een vermogen boven 30.000 euro betalen vermogensbelasting over hun digitale portefeuille," legt Mosheuvel uit.',
    ],
    expect: [o('30.000 euro', 30000, 'EUR')],
  },
];
