import { c, p, type RealCase } from '../labels';

const url =
  'https://www.altcoinews.it/2018/07/06/bitcoin-la-nuova-previsione-di-tom-lee-lo-vede-a-22-000-dollari-entro-la-fine-dellanno/';
const title = 'Bitcoin, la nuova previsione di Tom Lee lo vede a 22.000 dollari entro la fine dell’anno.';

export const cases: RealCase[] = [
  {
    url,
    lang: 'it',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Bitcoin, la nuova previsione di Tom Lee lo vede a 22.000 dollari entro la fine dell’anno.',
      'Tom Lee, l’unico importante stratega di Wall Street a emettere obiettivi del prezzo di bitcoin, ha detto a CNBC giovedì che vede la criptovaluta più grande del mondo entro la fine dell’anno a più di $ 20.000 per unità – il 20 percento in meno rispetto alla sua stima precedente.',
    ],
    expect: [p('22.000 dollari', 22000), p('$ 20.000', 20000)],
  },
  {
    url,
    lang: 'it',
    tags: ['cost', 'anaphora', 'prose'],
    title,
    blocks: [
      '“Il bitcoin è stato storicamente scambiato a 2,5 volte i suoi costi di estrazione: non è escluso che possa raggiungere più di $ 20.000 entro la fine dell’anno”, ha detto il co-fondatore di Fundstrat Global Advisors su ” Squawk Box”.',
      '“Quello che stavo cercando di illustrare è che, dati i costi di estrazione e applicando la media storica di 2,5 volte i costi di estrazione, ciò implicherebbe un valore equo superiore a $ 20.000, circa $ 22.000”.',
      '“Continuiamo a pensare che i bitcoin possano raggiungere $ 25.000 entro la fine dell’anno o qualcosa del genere.”',
      '“La ragione per cui bitcoin sembra davvero buono è il costo del mining di circa $ 7.000 a pieno carico e la difficoltà sta aumentando, quindi entro la fine dell’anno saranno $ 9.000.”',
    ],
    expect: [
      p('$ 20.000', 20000),
      p('$ 20.000', 20000),
      p('$ 22.000', 22000),
      p('$ 25.000', 25000),
      c('$ 7.000', 7000),
      c('$ 9.000', 9000),
    ],
  },
];
