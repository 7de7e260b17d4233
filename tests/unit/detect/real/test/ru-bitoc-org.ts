import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitoc.org/bitkoin-komissii-vse-o-komissionnyh-sborah-v-blokchejn-seti-bitcoin-kak-rasschitat-i-ukazat-optimalnye-sbory-pri-vyvode-bitkoina-na-primerah/',
    lang: 'ru',
    tags: ['prose', 'label-value'],
    title: 'Биткоин комиссии: все о комиссионных сборах в блокчейн сети Bitcoin',
    blocks: [
      'Комиссия — это сумма, которую владелец Биткоина платит при каждом переводе монет на другой адрес.',
      'График комиссии Биткоин-транзакции за 2016-2019 годы (максимум — $37,5 в декабре 2017 года):',
    ],
    expect: [o('$37,5', 37.5)],
  },
];
