import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonomist.ch/2019/09/12/costo-mining-bitcoin-asic/',
    lang: 'it',
    tags: ['cost', 'format', 'prose'],
    title: 'Quanto costa minare un bitcoin? Il confronto fra i principali ASIC',
    blocks: [
      'Da settimane il prezzo di bitcoin oscilla tra i 9mila ed 11mila dollari, eppure la corsa al mining non rallenta. Ma quanto costa davvero minare un bitcoin?',
      'Secondo uno studio recente, il costo reale per estrarre un bitcoin è stimato fra i 5100 ed 8500 dollari, ben sotto gli attuali 10mila dollari per BTC.',
      "Pesa molto il prezzo dell'energia, fissato nello studio a 0.06 dollari per kWh, valore realistico in Est Europa o Asia ma non in Italia.",
      {
        text: 'Il più dispendioso in bolletta resta il vecchio Antminer S9: minare un bitcoin con questo apparecchio costerebbe oltre 7mila dollari di corrente, sempre a 0.06 dollari per kWh.',
        heading: 'Quanto costa minare un bitcoin? Il confronto fra i principali ASIC',
      },
      'Oggi i vecchi S9 si trovano a meno di 300 dollari.',
    ],
    expect: [
      p('9mila', 9000),
      p('11mila dollari', 11000),
      c('5100', 5100),
      c('8500 dollari', 8500),
      p('10mila dollari', 10000),
      o('0.06 dollari', 0.06),
      c('7mila dollari', 7000),
      o('0.06 dollari', 0.06),
      o('300 dollari', 300),
    ],
  },
  {
    url: 'https://cryptonomist.ch/2023/11/10/prezzo-ethereum-eth-usd-massimi-annuali/',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Prezzo di Ethereum (ETH) in USD ai massimi annuali',
    blocks: [
      'Da quando il prezzo di Bitcoin ha superato i 32.000 USD, a fine ottobre, i record annuali si sono susseguiti. Per Ethereum (ETH) invece no.',
      "Ieri però si è risvegliato di colpo, salendo in un giorno da 1.900 USD a oltre 2.100 USD, a un passo dal record dell'anno.",
      "Già prima della notizia il prezzo di ETH era passato da meno di 1.920$ a più di 1.940$; poi è schizzato a quasi 2.050$ in mezz'ora.",
    ],
    expect: [
      p('32.000 USD', 32000),
      o('1.900 USD', 1900),
      o('2.100 USD', 2100),
      o('1.920$', 1920),
      o('1.940$', 1940),
      o('2.050$', 2050),
    ],
  },
  {
    url: 'https://cryptonomist.ch/2020/11/16/bitcoin-previsioni-analisti/',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin: previsioni degli analisti fino a 318.000$',
    blocks: [
      'Bitcoin: previsioni degli analisti fino a 318.000$',
      'Fa più rumore di tutte quella di Tom Fitzpatrick di Citibank, per il quale il prezzo di BTC potrebbe toccare addirittura 318.000 dollari entro la fine del prossimo anno.',
    ],
    expect: [p('318.000$', 318000), p('318.000 dollari', 318000)],
  },
  {
    url: 'https://cryptonomist.ch/2020/03/17/crollata-profittabilita-mining-bitcoin/',
    lang: 'it',
    tags: ['format', 'anaphora'],
    title: 'Crollata la profittabilità del mining di bitcoin',
    blocks: [
      'La profittabilità si misura in USD al giorno per 1 THash/s, e in questi giorni è scesa sotto gli 0,08 $ al giorno per THash/s.',
      "Fino al 6 marzo era quasi il doppio, sopra 0,15 $, e l'11 febbraio oltre 0,18 $. A fine giugno 2019 era salita a quasi 0,50 $, e a metà dicembre 2017 aveva sfiorato quota 5,00$.",
      'Il prezzo invece è passato da circa 9.000 $ a circa 5.000 $, oltre il 40% in meno.',
    ],
    expect: [
      o('0,08 $', 0.08),
      o('0,15 $', 0.15),
      o('0,18 $', 0.18),
      o('0,50 $', 0.5),
      o('5,00$', 5),
      p('9.000 $', 9000),
      p('5.000 $', 5000),
    ],
  },
];
