import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitnord.no/fees',
    lang: 'no',
    tags: ['table', 'format'],
    title: 'Avgifter og begrensninger',
    blocks: [
      'Det er faste avgifter ved kjøp og salg på alle børsmarkeder. Du betaler avgift i valutaen du betaler med, for eksempel Stable NOK (NOK) hvis du kjøper Bitcoin (BTC), og Bitcoin (BTC) hvis du selger Bitcoin (BTC).',
      {
        text: 'Bitcoin (BTC) / Stable NOK (NOK)',
        header: 'Valutapar',
        row: 'Bitcoin (BTC) / Stable NOK (NOK)',
      },
      { text: '0.50%', header: 'Avgift', row: 'Bitcoin (BTC) / Stable NOK (NOK)' },
      {
        text: '0.00000600 BTC / 1.00 NOK',
        header: 'Avgift (minimum)',
        row: 'Bitcoin (BTC) / Stable NOK (NOK)',
      },
      {
        heading: 'Norske kroner (NOK)',
        text: 'Norske kroner kan innbetales med bankoverføring. Når overføringen er bekreftet, blir midlene automatisk vekslet til Stable NOK til en fastsatt pris på 1kr. Det er ingen avgifter ved dette.',
      },
    ],
    expect: [o('1.00 NOK', 1, 'NOK'), o('1kr', 1, 'NOK')],
  },
];
