import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://support.conio.com/hc/it/articles/115000402394-Qual-%C3%A8-l-andamento-del-prezzo-del-Bitcoin-',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: "Qual è l'andamento del prezzo del Bitcoin?",
    blocks: [
      'Il prezzo del Bitcoin, inteso come andamento del valore di mercato, è cambiato molto dalla sua nascita a oggi. La sua storia mostra perché:',
      {
        text: 'La prima transazione Bitcoin avviene nel 2009.\nAl termine dell’anno 1 Bitcoin vale molto meno di € 0,01.',
        heading: '2009: nascita',
      },
      {
        text: 'Nel 2010 avviene il primo acquisto di un bene reale: due pizze per ben 10.000 Bitcoin.\nIl valore di un Bitcoin aumenta e a fine anno arriva quasi a € 0,05.',
        heading: '2010: primo acquisto',
      },
      {
        text: 'Nel 2011 il valore di 1 Bitcoin arriva a eguagliare quello di un dollaro.\nDopo il collasso di un noto exchange il valore crolla del 70%, ma a fine anno 1 Bitcoin vale quasi € 4.00.',
        heading: '2011: falsa partenza',
      },
      {
        text: "Nel 2012 avviene il primo investimento in una compagnia Blockchain e si verifica il primo halving. Al termine dell'anno 1 Bitcoin vale circa € 10,00.",
        heading: '2012: primi segni di fiducia',
      },
      {
        text: 'Nel 2013 il prezzo cresce incredibilmente e molti store iniziano ad accettare Bitcoin. Il valore del Bitcoin al termine dell’anno è di quasi € 750.00.',
        heading: '2013: popolarità',
      },
      {
        text: "L'anno si apre male: il prezzo crolla dopo una perdita di $450 milioni da parte di Mt.Gox. Al termine dell'anno il valore della moneta arriva a circa € 250.00.",
        heading: '2014: fallimento di Mt.Gox',
      },
      {
        text: 'Nel 2015 i fondi di venture capital scoprono il Bitcoin e investono oltre 1 miliardo di dollari nelle aziende del settore.',
        heading: '2015: venture capital',
      },
    ],
    expect: [
      p('€ 0,01', 0.01, 'EUR'),
      p('€ 0,05', 0.05, 'EUR'),
      p('€ 4.00', 4, 'EUR'),
      p('€ 10,00', 10, 'EUR'),
      p('€ 750.00', 750, 'EUR'),
      o('$450 milioni', 450e6),
      p('€ 250.00', 250, 'EUR'),
      o('1 miliardo di dollari', 1e9),
    ],
  },
];
