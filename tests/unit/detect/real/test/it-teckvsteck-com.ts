import { p, type RealCase } from '../labels';

// Italian tech blog, a history of Bitcoin's price by year: levels in section headings ("2017: La corsa
// ai 20.000 dollari") and in body text that often says only "il prezzo"; a coin count with no currency.
export const cases: RealCase[] = [
  {
    url: 'https://teckvsteck.com/2024/12/05/il-percorso-di-bitcoin-verso-i-100-000-dollari',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Il percorso di Bitcoin verso i 100.000 dollari',
    blocks: [
      'Bitcoin, la criptovaluta per eccellenza, ha tagliato un traguardo storico superando quota 100.000 dollari.',
      {
        text: 'Nel 2010 un utente spese 10.000 Bitcoin per due pizze, il primo acquisto reale con la criptovaluta.',
        heading: 'Le origini: dalla nascita al primo dollaro',
      },
      {
        text: 'Dopo anni di scambi tra pochi appassionati, Bitcoin toccò per la prima volta i 1.000 dollari nel 2013.',
        heading: '2013: Il primo grande salto',
      },
      '2017: La corsa ai 20.000 dollari',
      'Spinto dalla popolarità crescente, a dicembre il valore di Bitcoin salì fino a 20.000 dollari, prima di un nuovo crollo.',
      {
        text: 'Con l’arrivo di Tesla, MicroStrategy e PayPal, il prezzo superò i 60.000 dollari a fine 2021.',
        heading: '2020-2021: La rinascita e l’ingresso istituzionale',
      },
      '2024: Halving e superamento dei 100.000 dollari',
    ],
    expect: [
      p('100.000 dollari', 100000),
      p('1.000 dollari', 1000),
      p('20.000 dollari', 20000),
      p('20.000 dollari', 20000),
      p('60.000 dollari', 60000),
      p('100.000 dollari', 100000),
    ],
  },
];
