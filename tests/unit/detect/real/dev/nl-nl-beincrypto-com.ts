import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nl.beincrypto.com/bitcoin-crash-onder-80k-markt-liquidatie',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin crasht onder $80.000: markt ziet grote liquidaties',
    blocks: [
      'De Bitcoin koers zakte onder het steunniveau van $80.000 naar een dieptepunt in 9 maanden. Daardoor werden posities van handelaren ter waarde van $2,6 miljard geliquideerd.',
      'Volgens BeInCrypto zakte de coin door de daling van 6% tot $77.082, waarna een klein herstel volgde. Zo laag stond de koers niet meer sinds april 2025.',
      {
        text: 'Volgens Glassnode lag Bitcoin voor het eerst in 30 maanden onder zijn True Market Mean, dat nu op $80.500 staat. De vorige keer was eind 2023, toen de coin rond $29.000 handelde.',
        heading: 'Bitcoin zakt voor het eerst in jaren onder de ‘fair value’',
      },
      'BTC-houders zitten nu in een lastige situatie: de Short-Term Holder Cost Basis is gestegen tot $95.400, terwijl de Active Investor Mean op $87.300 ligt.',
      'Volgens CoinGlass leidde de crash tot de liquidatie van ongeveer $2,58 miljard aan posities. Vooral longposities werden geraakt: $2,42 miljard van het totaal.',
      'Ethereum-handelaren leden het grootste verlies, met $1,15 miljard aan liquidaties. Bij Bitcoin was het totale verlies meer dan $772 miljoen.',
      'Veel handelaren hadden hun posities met te veel hefboom uitgebreid om het $80.000-steunniveau te verdedigen.',
    ],
    expect: [
      p('$80.000', 80000),
      o('$2,6 miljard', 2.6e9),
      p('$77.082', 77082),
      p('$80.500', 80500),
      p('$29.000', 29000),
      p('$95.400', 95400),
      p('$87.300', 87300),
      o('$2,58 miljard', 2.58e9),
      o('$2,42 miljard', 2.42e9),
      o('$1,15 miljard', 1.15e9),
      o('$772 miljoen', 772e6),
      p('$80.000', 80000),
    ],
  },
  {
    url: 'https://nl.beincrypto.com/bitcoin-koers-diepere-verkoopgolf-volgend',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin koers: volgt een diepere verkoopgolf?',
    blocks: [
      'De recente koersstijging van Bitcoin duurde kort: de grootste coin zakte na een korte opleving snel terug naar het niveau van begin januari.',
      {
        text: 'Daarna steeg de koers weer richting het gemiddelde van het model. Dat niveau komt overeen met de Short-Term Holder Cost Basis rond $99.100.',
        heading: 'Bitcoin-houders missen overtuiging',
      },
    ],
    expect: [p('$99.100', 99100)],
  },
];
