import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitget.live/it/news/detail/12560605003843',
    lang: 'it',
    tags: ['widget', 'prose', 'format', 'anaphora'],
    title: 'Bitcoin tocca un nuovo massimo storico mentre gli ETF registrano afflussi record',
    blocks: [
      'Punti Chiave',
      'Bitcoin è balzato a un record di $126.198 prima di ritracciare leggermente per le prese di profitto.',
      'Gli ETF spot su Bitcoin negli Stati Uniti hanno registrato afflussi record, alimentando il rally.',
      'La senatrice Lummis ha suggerito che il finanziamento della riserva statunitense di Bitcoin potrebbe partire "in qualsiasi momento".',
      'Bitcoin BTC $124 520 Volatilità 24h: 0,0% Capitalizzazione di mercato: $2,48 T Vol. 24h: $65,98 B ha da poco raggiunto nuovi massimi storici sopra i $126.000, spinto da afflussi record negli ETF spot statunitensi e dal ritorno dell’ottimismo di “Uptober”.',
      'La più grande criptovaluta al mondo ha toccato brevemente i $126.198 nelle ultime ore del 6 ottobre prima di qualche presa di profitto. Al momento della scrittura viene scambiata intorno ai $124.000, con una capitalizzazione di mercato di $2,47 trilioni.',
      'Gli ETF su Bitcoin Registrano il Secondo Maggior Afflusso Giornaliero',
      'Secondo i dati di SoSoValue, questi fondi hanno raccolto afflussi totali per $1,19 miliardi il 6 ottobre, con l’iShares Bitcoin Trust (IBIT) di BlackRock in testa con $967 milioni.',
      'Nate Geraci, presidente di The ETF Store, ha osservato che IBIT è sul punto di superare i $100 miliardi di asset in gestione (AUM). Il Vanguard S&P 500 ETF ha impiegato oltre 2.000 giorni per arrivarci.',
      'iShares Bitcoin ETF è sul punto di superare *$100 miliardi* di AUM…',
    ],
    expect: [
      p('$126.198', 126198),
      p('$124 520', 124520),
      o('$2,48 T', 2.48e12),
      o('$65,98 B', 65.98e9),
      p('$126.000', 126000),
      p('$126.198', 126198),
      p('$124.000', 124000),
      o('$2,47 trilioni', 2.47e12),
      o('$1,19 miliardi', 1.19e9),
      o('$967 milioni', 967e6),
      o('$100 miliardi', 100e9),
      o('$100 miliardi', 100e9),
    ],
  },
];
