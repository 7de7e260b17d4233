import { o, p, type RealCase } from '../labels';

// Russian crypto explainer on Polymarket bets: "$55k" in the headline, then levels with the sign after
// ("55 000 $"), one glued to the next word ("65 000 $вниз") and one with no space ("66 000$"); a
// market-cap loss in words as the negative.
export const cases: RealCase[] = [
  {
    url: 'https://main.d34szcsfxnagyb.amplifyapp.com/ru/bitcoin/btc-55k-polymarket',
    lang: 'ru',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Вероятность BTC < $55k выросла: сигнал или отражение паники?',
    blocks: [
      'Вероятность BTC < $55k выросла: сигнал или отражение паники?',
      'Настроения на крипторынке заметно ухудшились, и это хорошо видно по ставкам на Polymarket. Около 75% участников уверены, что курс первой криптовалюты упадёт до 55 000 $. Заметная часть трейдеров допускает и более глубокое снижение — до 50 000 $ и даже 45 000 $.',
      'Опасения подпитывает недавний обвал: 23 февраля цена биткоина пробила отметку 65 000 $вниз, а сейчас актив пытается удержаться чуть выше 66 000$. С начала года капитализация главной криптовалюты сократилась на четверть, потеряв около 440 миллиардов долларов.',
    ],
    expect: [
      p('$55k', 55000),
      p('55 000 $', 55000),
      p('50 000 $', 50000),
      p('45 000 $', 45000),
      p('65 000 $', 65000),
      p('66 000$', 66000),
      o('440 миллиардов долларов', 440e9),
    ],
  },
];
