import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gieldomania.pl/podatki-od-kryptowalut-w-polsce-pit-38-bez-stresu',
    lang: 'pl',
    tags: ['prose'],
    title: 'Podatki od kryptowalut w Polsce: PIT-38 bez stresu',
    blocks: [
      'Nie masz natomiast wyboru, jeśli wystąpiło tzw. odpłatne zbycie kryptowaluty.',
      'Stawka wynosi 19% dochodu (przychód minus koszty), a jeśli Twój roczny dochód przekroczy milion złotych, dodatkowe 4% daniny solidarnościowej.',
    ],
    expect: [o('milion złotych', 1e6, 'PLN')],
  },
];
