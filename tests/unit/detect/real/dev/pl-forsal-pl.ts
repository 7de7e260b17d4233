import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://forsal.pl/finanse/waluty/artykuly/8168057,cena-bitcoina-krach-czarna-sroda-na-rynku-kryptowalut.html',
    lang: 'pl',
    tags: ['prose', 'change', 'format'],
    title: 'Cena bitcoina: krach. Czarna środa na rynku kryptowalut',
    blocks: [
      {
        heading: 'Załamanie kursu bitcoina',
        text: 'Około 16:20 kurs bitcoina tracił prawie 22 proc. do 35 tys. dol. Według CoinDesk godzinę wcześniej straty sięgały nawet 30 proc., a notowania spadały do 31,9 tys. dol.',
      },
      {
        heading: 'Załamanie kursu bitcoina',
        text: 'Od kwietniowej rekordowej wyceny 65 tys. dol. bitcoin stracił już ponad połowę wartości. Nie tylko on padł ofiarą wyprzedaży: Ethereum straciło 40 proc., a Dogecoin 45 proc.',
      },
      {
        heading: 'Dlaczego bitcoin gwałtownie tanieje?',
        text: 'Spore zamieszanie wywołał Elon Musk i jego wpis o wpływie bitcoina na klimat. W zeszłą środę cena bitcoina spadła o prawie 10 tys. dolarów, gdy szef Tesli ogłosił, że koncern przestaje przyjmować płatności w tej kryptowalucie.',
      },
    ],
    expect: [
      p('35 tys. dol.', 35000),
      p('31,9 tys. dol.', 31900),
      p('65 tys. dol.', 65000),
      o('10 tys. dolarów', 10000),
    ],
  },
];
