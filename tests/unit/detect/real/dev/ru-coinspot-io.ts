import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinspot.io/interesting/kompaniya-microstrategy-pokupala-bitcoiny-v-techenie-11-kvartalov-podryad',
    lang: 'ru',
    tags: ['prose', 'anaphora'],
    title: 'Компания MicroStrategy покупала биткоины в течение 11 кварталов подряд',
    blocks: [
      'MicroStrategy покупает BTC уже 11 кварталов подряд и остаётся одним из крупнейших публичных держателей криптовалюты.',
      'Компания собрала 140 000 биткоинов по средней цене $29 803 за монету. Учитывая эту цену покупки, MicroStrategy сейчас в небольшом минусе: курс BTC держится ниже $28 000.',
    ],
    expect: [p('$29 803', 29803), p('$28 000', 28000)],
  },
];
