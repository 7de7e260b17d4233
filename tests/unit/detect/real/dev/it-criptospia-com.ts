import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptospia.com/gli-investitori-ritirano-333-milioni-di-dollari-dalletf-bitcoin-di-blackrock-il-piu-grande-deflusso-dal-lancio',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      "Gli investitori hanno appena strappato 333 milioni di dollari dall'iShares Bitcoin Trust ETF (IBIT) di BlackRock in un solo giorno. Si tratta del ritiro più grande che il fondo abbia mai visto dal suo lancio di successo lo scorso anno.",
      'Dal suo debutto a gennaio, IBIT ha incassato 37 miliardi di dollari di nuova liquidità. Ha anche contribuito a spingere Bitcoin al massimo storico storico di 108.315 dollari a metà dicembre.',
      "La criptovaluta apicale viene ora scambiata a 96.421 dollari (un calo dell'11% rispetto al suo massimo storico) e il gruppo più ampio di ETF Bitcoin con sede negli Stati Uniti ha registrato deflussi netti per 2 miliardi di dollari dal 19 dicembre.",
    ],
    expect: [
      o('333 milioni di dollari', 333e6),
      o('37 miliardi di dollari', 37e9),
      p('108.315 dollari', 108315),
      p('96.421 dollari', 96421),
      o('2 miliardi di dollari', 2e9),
    ],
  },
  {
    url: 'https://criptospia.com/crypto-markets-plunged-80b-daily-as-xrp-ada-dot-link-dropped-hard-market-watch',
    lang: 'it',
    tags: ['prose', 'change', 'anaphora', 'format'],
    blocks: [
      "I movimenti dei prezzi di Bitcoin hanno preso una brutta piega nelle ultime 12 ore circa, con un massiccio crollo di 3.000 dollari che ha spinto l'asset verso il minimo settimanale.",
      'BTC è crollato sotto i 41.000 dollari',
      "L'inizio di dicembre di Bitcoin è stato piuttosto impressionante. L'asset è entrato nell'ultimo mese dell'anno a meno di $ 38.000, ma ha rapidamente guadagnato terreno e si è ritrovato sopra $ 40.000 e persino $ 42.000 quattro giorni dopo.",
      'Nei giorni successivi i rialzisti hanno mantenuto lo slancio, culminando il 6 dicembre con il superamento dei 44.000$ per la prima volta da maggio 2022.',
      'Dopo alcuni giorni di scambi laterali, la criptovaluta ha dato il via ad un altro rialzo che ha portato sabato mattina a toccare i 44.700 dollari, un nuovo picco di 19 mesi. Il resto del fine settimana è stato meno volatile, con BTC che si è attestato intorno ai 44.000 dollari.',
      'Tuttavia, lunedì è iniziato con un calo dei prezzi che ha spinto il bitcoin a sud fino a meno di $ 41.000. Tuttavia, il principale asset digitale ha recuperato parte delle perdite giornaliere e ora supera i 42.000 dollari. Questa volatilità ha danneggiato gli investitori con un indebitamento eccessivo, con posizioni liquidate per un valore di oltre 400 milioni di dollari su scala giornaliera.',
      'La capitalizzazione di mercato di BTC è scesa ora sotto gli 830 miliardi di dollari, ma il suo dominio sulle alt è ancora al 52,4% su CMC.',
      {
        text: 'Ethereum è in calo di oltre il 4% e si trova sotto i 2.250 dollari. Binance Coin, Solana, Dogecoin, Tron, Polygon e Shiba Inu hanno registrato cali in percentuali simili.',
        heading: 'Le alternative cadono più forte',
      },
    ],
    expect: [
      o('3.000 dollari', 3000),
      p('41.000 dollari', 41000),
      p('$ 38.000', 38000),
      p('$ 40.000', 40000),
      p('$ 42.000', 42000),
      p('44.000$', 44000),
      p('44.700 dollari', 44700),
      p('44.000 dollari', 44000),
      p('$ 41.000', 41000),
      p('42.000 dollari', 42000),
      o('400 milioni di dollari', 400e6),
      o('830 miliardi di dollari', 830e9),
      o('2.250 dollari', 2250),
    ],
  },
];
