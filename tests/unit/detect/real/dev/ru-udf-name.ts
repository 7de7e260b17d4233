import { o, type RealCase } from '../labels';

// Belarusian news on a state-backed mining farm: the only amount is an investment in Belarusian roubles.
export const cases: RealCase[] = [
  {
    url: 'https://udf.name/news/main_news/278827-v-belarusi-nachali-majnit-kriptovaljuty-na-grjes-vygodno-li-jeto/amp.html',
    lang: 'ru',
    tags: ['prose'],
    title: 'В Беларуси начали майнить криптовалюты на ГРЭС. Выгодно ли это?',
    blocks: [
      'Власти Беларуси похвастались добычей криптовалюты на Березовской ГРЭС. Биткоины уже майнят десятки тысяч компьютеров, а новую ферму строят на месте цехов «Кричевцементношифера».',
      'Ферму в Белоозерске собираются расширять. Сейчас мощность объекта составляет 105 МВт. Еще одну ферму китайские инвесторы планируют построить на территории «Кричевцементношифера» в Могилевской области: до конца лета хотят реализовать инвестиционный проект на 190 млн рублей.',
    ],
    expect: [o('190 млн рублей', 190e6, 'BYN')],
  },
];
