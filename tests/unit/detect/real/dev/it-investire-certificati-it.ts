import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.investire-certificati.it/?p=38037',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Quanto valgono le criptovalute?',
    blocks: [
      {
        text: 'La capitalizzazione di mercato si ottiene moltiplicando il prezzo corrente per il numero totale di monete in circolazione: è lo stesso procedimento usato per un’azienda (numero di azioni per valore unitario).',
        heading: 'Come si calcola la capitalizzatone delle criptovalute?',
      },
      {
        text: 'Se consideriamo la capitalizzazione di mercato di tutte le criptovalute, il valore complessivo è di quasi 4.000 miliardi di dollari, circa 3400 miliardi di euro. Numeri in forte crescita, anche se le fasi rialziste del bitcoin e delle altre monete alternano alti e bassi.',
        heading: 'Quanto valgono le criptovalute?',
      },
    ],
    expect: [o('4.000 miliardi di dollari', 4e12), o('3400 miliardi di euro', 3.4e12, 'EUR')],
  },
];
