import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://smartcityexhibition.it/economia/bitcoin-crollo-senza-fine-quotazioni-sotto-i-4000-dollari.html',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'Per le monete virtuali novembre 2018 forse non sarà il mese della fine, ma di sicuro ha portato il Bitcoin a nuovi e pesanti minimi annuali. Oggi, 25 novembre 2018, dopo i crolli degli ultimi giorni l’oro digitale è affondato fino a bucare al ribasso anche la soglia psicologica dei 4000 contro il dollaro americano.',
      'La capitalizzazione delle criptovalute crolla a $ 115 miliardi',
      {
        text: 'Di riflesso anche le altre criptomonete più capitalizzate cedono alle vendite, con un vero tracollo della capitalizzazione complessiva: il mercato capitalizza ora $ 115 miliardi, contro il massimo storico di oltre 800 miliardi di dollari e gli oltre 200 miliardi di dollari di due settimane fa. Basti pensare che il 12 novembre 1 Bitcoin valeva 6.400 dollari, mentre in queste ore è sceso fino a $ 3660.',
        heading: 'La capitalizzazione delle criptovalute crolla a $ 115 miliardi',
      },
      {
        text: 'Pur coprendo ancora oltre metà del mercato, la capitalizzazione del Bitcoin è crollata a $ 64 miliardi, e pagano dazio anche le altre criptovalute, a partire da Ethereum, che ha toccato un nuovo minimo annuale a 104 dollari, e da Ripple (XRP), scivolata in area 0,33 dollari.',
        heading: 'La capitalizzazione delle criptovalute crolla a $ 115 miliardi',
      },
      'Bitcoin, Ripple ed Ethereum capitalizzano quasi 90 miliardi di dollari',
      {
        text: 'Con una capitalizzazione di quasi 90 miliardi di dollari, le uniche tre monete virtuali davvero rilevanti sono Bitcoin, Ripple ed Ethereum; dopo c’è il vuoto. La quarta, il Bitcoin Cash, vale ‘soli’ 3 miliardi di dollari, quasi un quarto degli attuali $ 11 miliardi di Ripple.',
        heading: 'Bitcoin, Ripple ed Ethereum capitalizzano quasi 90 miliardi di dollari',
      },
    ],
    expect: [
      p('4000', 4000),
      o('$ 115 miliardi', 115e9),
      o('$ 115 miliardi', 115e9),
      o('800 miliardi di dollari', 800e9),
      o('200 miliardi di dollari', 200e9),
      p('6.400 dollari', 6400),
      p('$ 3660', 3660),
      o('$ 64 miliardi', 64e9),
      o('104 dollari', 104),
      o('0,33 dollari', 0.33),
      o('90 miliardi di dollari', 90e9),
      o('90 miliardi di dollari', 90e9),
      o('3 miliardi di dollari', 3e9),
      o('$ 11 miliardi', 11e9),
    ],
  },
];
