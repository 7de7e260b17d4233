import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://it.marketscreener.com/notizie/ultimo/Il-Bitcoin-raggiunge-il-livello-di-40-000-dollari-per-la-prima-volta-quest-anno-45490503',
    lang: 'it',
    tags: ['prose', 'change', 'format'],
    title: "Il Bitcoin raggiunge il livello di 40.000 dollari per la prima volta quest'anno",
    blocks: [
      'Domenica il Bitcoin è arrivato a 40.085 dollari, il massimo da quasi un anno e mezzo,\n\nspinto dalle scommesse\n\nsu un prossimo via libera agli ETF.',
      "Alle 2234 GMT il Bitcoin saliva dell'1,55%, aggiungendo 611 dollari rispetto alla chiusura precedente.",
      "La criptovaluta più grande e conosciuta al mondo guadagna il 51,1% dal minimo annuale di $26.533 dell'11 ottobre.",
      'Il Bitcoin resta sotto il record di 69.000 dollari del novembre 2021.',
      'Ether, la moneta della rete Ethereum, è salita domenica del 2,07% a 2.210,70 dollari, aggiungendo 44,90 dollari alla chiusura precedente.',
    ],
    expect: [
      p('40.085 dollari', 40085),
      o('611 dollari', 611),
      p('$26.533', 26533),
      p('69.000 dollari', 69000),
      o('2.210,70 dollari', 2210.7),
      o('44,90 dollari', 44.9),
    ],
  },
];
