import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://vinegret.net/dve-piccy-papa-johns-zakazannye-v-2010-godu-teper-blizki-k-oshibke-v-1-milliard-dollarov/',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Две пиццы Papa John’s, заказанные в 2010 году, теперь близки к ошибке в 1 миллиард долларов',
    blocks: [
      'Две пиццы от Papa John’s, которые программист Ласло Ханеч заказал в 2010 году за 10 тысяч биткоинов, стали легендарными. По текущему курсу эти пиццы обошлись Ласло более чем в 978 миллионов долларов.',
      {
        text: '22 мая 2016 года стоимость тех самых 10 тысяч BTC, потраченных Ханечем на пиццу за $41 в 2010 году, выросла в тысячи раз.',
        heading: 'Рост цен на «День пиццы»',
      },
    ],
    expect: [o('978 миллионов долларов', 978e6), o('$41', 41)],
  },
];
