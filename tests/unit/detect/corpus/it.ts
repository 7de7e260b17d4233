import { btc, type CorpusCase, cost, other } from './types';

// Italian press (Il Sole 24 Ore, Milano Finanza, Money.it style).
export const it: CorpusCase[] = [
  {
    name: 'sole24ore-style: sale fino a',
    text: 'Il bitcoin è salito fino a 69.500 dollari, mentre l’ether si è fermato a 3.400 dollari.',
    locale: 'it',
    expect: [btc('69.500 dollari'), other('3.400 dollari')],
  },
  {
    name: 'milano-finanza-style: capitalizzazione',
    text: 'La capitalizzazione di mercato del bitcoin ha superato i 1.300 miliardi di dollari.',
    locale: 'it',
    expect: [other('1.300 miliardi di dollari')],
  },
  {
    name: 'money.it-style: prezzo oggi in euro',
    text: 'Il prezzo del Bitcoin oggi è di 61.800 euro, in calo del 2% rispetto a ieri.',
    locale: 'it',
    expect: [btc('61.800 euro')],
  },
  {
    name: 'cryptonomist-style: costo di produzione',
    text: 'Secondo gli analisti il costo di produzione di un bitcoin è di circa 50.000 dollari.',
    locale: 'it',
    expect: [cost('50.000 dollari')],
  },
  {
    name: 'repubblica-style: perso poi sceso',
    text: 'In una sola giornata il bitcoin ha perso 3.000 dollari, scendendo a 59.700 dollari.',
    locale: 'it',
    expect: [other('3.000 dollari'), btc('59.700 dollari')],
  },
  {
    name: 'sole24ore-style: afflussi etf',
    text: 'Gli ETF sul bitcoin hanno raccolto afflussi per 450 milioni di dollari, e la criptovaluta quota 66.200 dollari.',
    locale: 'it',
    expect: [other('450 milioni di dollari'), btc('66.200 dollari')],
  },
  {
    name: 'milano-finanza-style: oro oncia',
    text: 'L’oro tocca i 2.380 dollari l’oncia, il bitcoin i 70.100 dollari.',
    locale: 'it',
    expect: [other('2.380 dollari'), btc('70.100 dollari')],
  },
  {
    name: 'corriere-style: previsione',
    text: 'Per alcuni analisti il bitcoin potrebbe toccare quota 100.000 dollari entro fine anno.',
    locale: 'it',
    expect: [btc('100.000 dollari')],
  },
];
