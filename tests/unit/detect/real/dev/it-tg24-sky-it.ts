import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tg24.sky.it/economia/2021/04/02/bitcoin-tasse',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Bitcoin, quante tasse si pagano sui guadagni',
    blocks: [
      'Il 2020 è stato l’anno del Bitcoin, il cui prezzo è cresciuto di quasi quattro volte. E la corsa non si ferma: dall’inizio dell’anno il valore è quasi raddoppiato.',
      'Tasse 0 sotto i 51mila euro',
      'Ma quante tasse si pagano sui guadagni? Per esempio quando vendiamo una frazione di Bitcoin per incassare euro. In Italia non è chiaro. Quello che sappiamo è che, per le persone fisiche, se si detengono Bitcoin per più di sette giorni e per un valore pari ad almeno 51.645,69 euro - corrispondenti a 100 milioni di vecchie lire a cui la legge fa ancora riferimento - si sarà tassati al 26 per cento sulle eventuali plusvalenze in caso di vendita.',
    ],
    expect: [
      o('51mila euro', 51000, 'EUR'),
      o('51.645,69 euro', 51645.69, 'EUR'),
      o('100 milioni di vecchie lire', 1e8, 'ITL'),
    ],
  },
];
