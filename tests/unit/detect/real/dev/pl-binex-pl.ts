import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binex.pl/1301/solana-below-100-analysis-support',
    lang: 'pl',
    tags: ['prose', 'change'],
    title: 'Solana spada poniżej 100 USD w obliczu rosnącej presji rynkowej',
    blocks: [
      'Solana (SOL) osunęła się poniżej psychologicznego poziomu 100 USD, osiągając najniższy kurs od kwietnia 2025 roku. W chwili publikacji SOL notowano w okolicach 98 USD, co przedłuża wielotygodniową przecenę napędzaną szeroką wyprzedażą na rynku kryptowalut.',
      {
        heading: 'Ruchy cenowe i wolumen',
        text: 'W ciągu ostatnich 24 godzin SOL stracił ponad 6%, w ujęciu tygodniowym około 20%, a w perspektywie 30 dni około 25%. 24-godzinny wolumen spot dla Solany zmniejszył się o około 26% do szacunkowych 7,63 mld USD, co wskazuje raczej na ograniczenie uczestnictwa niż na agresywne fale likwidacji.',
      },
    ],
    expect: [o('100 USD', 100), o('98 USD', 98), o('7,63 mld USD', 7.63e9)],
  },
];
