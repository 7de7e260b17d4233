import { p, type RealCase } from '../labels';

// Cedilla spelling ('corecţie', 'tranzacţiona'); a drawdown described through levels only.
export const cases: RealCase[] = [
  {
    url: 'https://incomemagazine.ro/bitcoin-a-scazut-cu-aproape-30-fata-de-maximul-sau-absolut-insa-istoria-arata-ca-astfel-de-corectii-sunt-normale/',
    lang: 'ro',
    tags: ['prose', 'anaphora'],
    title:
      'Bitcoin a scăzut cu aproape 30% faţă de maximul său absolut, însă istoria arată că astfel de corecţii sunt normale',
    blocks: [
      'Cea mai mare criptomonedă din lume a coborât la aproximativ 80.000 de dolari luna trecută, înainte să revină şi să scadă din nou în această săptămână.',
      'Nivelul de sub 81.000 de dolari a însemnat o corecţie de circa 36% faţă de maximul istoric de aproape 126.000 de dolari atins în octombrie.',
      'Joi, bitcoin se tranzacţiona la peste 93.000 de dolari, potrivit Coinmetrics, cu aproximativ 26% sub vârful anterior.',
    ],
    expect: [
      p('80.000 de dolari', 80000),
      p('81.000 de dolari', 81000),
      p('126.000 de dolari', 126000),
      p('93.000 de dolari', 93000),
    ],
  },
];
