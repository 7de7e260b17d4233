import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tassetrading.it/domanda/euro-detenuti-su-coinbase-fanno-scattare-la-soglia/answer/79598',
    lang: 'it',
    tags: ['forum', 'label-value', 'format'],
    title: 'Euro detenuti su Coinbase fanno scattare la soglia?',
    blocks: [
      'Buongiorno, riprendo il vostro esempio del sito. Supponiamo che io sia il Sig. Fumagalli e abbia fatto quella vendita di 2 BTC – cambio BTC/EUR 50.555 – VALORE: €101.111 su Coinbase (vendita BTC-EUR), niente USDT e nemmeno Dollari. I €101.111 restano su Coinbase per 1 mese senza altre operazioni e poi li trasferisco sul conto corrente: sono soggetto a tassazione perché ho tenuto per più di 7gg consecutivi € 101.110 sull’exchange? Cioè anche gli Euro su Coinbase dopo una vendita contano per la famosa soglia di € 51.600? Grazie',
    ],
    expect: [
      p('50.555', 50555, 'EUR'),
      o('€101.111', 101111, 'EUR'),
      o('€101.111', 101111, 'EUR'),
      o('€ 101.110', 101110, 'EUR'),
      o('€ 51.600', 51600, 'EUR'),
    ],
  },
  {
    url: 'https://tassetrading.it/domanda/euro-detenuti-su-coinbase-fanno-scattare-la-soglia/answer/79598',
    lang: 'it',
    tags: ['label-value', 'format', 'anaphora'],
    title: 'Euro detenuti su Coinbase fanno scattare la soglia?',
    blocks: [
      '01-01-2021: 2 BTC – cambio BTC/EUR 23.724 – VALORE: €47.449',
      '12-04-2021: 2 BTC – cambio BTC/EUR 50.555 – VALORE: €101.111',
      'Al 01/01 il Sig. Fumagalli detiene 2 BTC per un valore complessivo di €47.449. Ad aprile il suo portafoglio, sempre di 2 BTC, arriva a €101.111, anche per più di 7 giorni lavorativi consecutivi.',
      'A prima vista sembrerebbe che superi la soglia di €51.645,69; ma attenzione: per il superamento della soglia non si usa il cambio giornaliero, bensì quello del 1° gennaio.',
      'Solo la valuta estera e le criptovalute concorrono al raggiungimento della soglia dei 51.645€. Gli EURO non rientrano nel conteggio.',
    ],
    expect: [
      p('23.724', 23724, 'EUR'),
      o('€47.449', 47449, 'EUR'),
      p('50.555', 50555, 'EUR'),
      o('€101.111', 101111, 'EUR'),
      o('€47.449', 47449, 'EUR'),
      o('€101.111', 101111, 'EUR'),
      o('€51.645,69', 51645.69, 'EUR'),
      o('51.645€', 51645, 'EUR'),
    ],
  },
];
