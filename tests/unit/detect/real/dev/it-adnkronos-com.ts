import { p, type RealCase } from '../labels';

// Wire story: "La criptomoneta" after the headline, a bare level "11.000" and a compressed range "15-16.000 dollari".
export const cases: RealCase[] = [
  {
    url: 'http://www.adnkronos.com/soldi/economia/2017/12/22/bitcoin-picco-una-settimana_LGjQBe28ICao1NGvoh5lDL.html',
    lang: 'it',
    tags: ['anaphora', 'format'],
    blocks: [
      "Bitcoin a picco. La criptomoneta ha perso oltre il 30% del proprio valore rispetto all'inizio della settimana, come evidenzia la piattaforma CoinDesk. In un mercato che fatica a spiegare le fluttuazioni, una certezza sono le cifre del valore: crollato al di sotto dei 5000 dollari, nel giro di qualche ora è risalito attorno a 11.000, nettamente al di sotto dei 15-16.000 dollari registrati solo 24 ore prima. Stesso andamento, rileva CoinDesk, anche per le altre criptomonete.",
    ],
    expect: [p('5000 dollari', 5000), p('11.000', 11000), p('15', 15000), p('16.000 dollari', 16000)],
  },
];
