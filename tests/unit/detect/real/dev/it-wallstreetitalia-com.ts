import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://wallstreetitalia.com/?p=466423',
    lang: 'it',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    blocks: [
      'Produrre Bitcoin sta costando parecchio alla Corea del Sud. Estrarre un solo Bitcoin in quello che è uno dei maggiori mercati delle valute digitali al mondo costa 26.170 dollari, secondo i dati diffusi dall’azienda Elite Fixtures. I minatori sono essenziali per mantenere la blockchain e il suo registro di transazioni in continua crescita.',
      'Altrove, però, il mining costa meno. Dai dati di Elite Fixtures il Venezuela risulta il paese più economico in cui estrarre bitcoin: estrarre una unità della valuta virtuale più nota al mondo costa 531 dollari. Alcuni venezuelani si sono dati al mining per sopravvivere alla crisi economica del Paese.',
      'Secondo i dati di Blockchain.info, le entrate complessive di tutti i minatori di Bitcoin hanno toccato il massimo storico di 53 milioni di dollari il 17 dicembre, lo stesso giorno in cui la valuta digitale ha segnato il suo prezzo più alto di 19,783,21 dollari.',
    ],
    expect: [
      c('26.170 dollari', 26170),
      c('531 dollari', 531),
      o('53 milioni di dollari', 53e6),
      p('19,783,21 dollari', 19783.21),
    ],
  },
];
