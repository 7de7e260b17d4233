import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ct24.ceskatelevize.cz/clanek/ekonomika/bitcoin-dal-klesa-jeho-cena-sestoupila-pod-97-tisic-dolaru-367182',
    lang: 'cs',
    tags: ['prose', 'format'],
    title: 'Bitcoin dál klesá, jeho cena sestoupila pod 97 tisíc dolarů',
    blocks: [
      'Cena nejznámější kryptoměny bitcoin dál klesá, v pátek ráno sestoupila pod 97 tisíc dolarů (2,01 milionu korun). Obchodníci na kryptoměnových trzích přitom za den zaznamenali nucenou likvidaci kryptoměn za více než miliardu dolarů, ukazují data webu CoinGlass.',
      'Krátce před 11:00 SEČ se bitcoin prodával za méně než 96 800 dolarů a za posledních 24 hodin vykazoval propad o 6,1 procenta.',
      'Na maximu se cena bitcoinu ocitla začátkem letošního října, kdy se dostala nad 125 tisíc dolarů.',
      'ČNB ve čtvrtek 13. listopadu uvedla, že nakoupila digitální aktiva založená na blockchainu za milion dolarů (20,9 milionu korun).',
    ],
    expect: [
      p('97 tisíc dolarů', 97000),
      p('2,01 milionu korun', 2.01e6, 'CZK'),
      o('miliardu dolarů', 1e9),
      p('96 800 dolarů', 96800),
      p('125 tisíc dolarů', 125000),
      o('milion dolarů', 1e6),
      o('20,9 milionu korun', 2.09e7, 'CZK'),
    ],
  },
];
