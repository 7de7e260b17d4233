import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.wnp.pl/tech/banka-jakiej-jeszcze-nie-bylo-krol-kryptowalut-pod-presja,644537.html',
    lang: 'pl',
    tags: ['prose', 'anaphora'],
    title: 'Bańka, jakiej jeszcze nie było. Król kryptowalut pod presją',
    blocks: [
      'Wystarczy spojrzeć na stopę zwrotu z bitcoina z ostatnich pięciu dni: wynosi ona -19 proc., a od początku roku najpopularniejsza kryptowaluta potaniała o 65 proc.',
      'I tak Bitcoin, który pod koniec 2021 roku osiągnął szczyt na poziomie 66 tys. dolarów za sztukę, obecnie – po delikatnym odreagowaniu ostatniego krachu – wyceniany jest na niespełna 17 tys. dolarów. To wciąż dużo, ale skala spadku od szczytu to blisko 75 proc.',
    ],
    expect: [p('66 tys. dolarów', 66000), p('17 tys. dolarów', 17000)],
  },
];
