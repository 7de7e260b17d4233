/** Small word sets the keyword scan and the walks read beside the keyword lists (lexicon.ts). */

import { table } from './text';

/** Words before a coin mention that make the amount per coin ("per bitcoin", "one BTC"). */
export const PER_COIN = new Set(
  'per pro par por je each one single a an ein einen eines einem un une uno una um uma één een egy ett jedan jedna một один одного одну jednego jeden bir satu एक প্রতি এক ایک یک प्रति'.split(
    ' ',
  ),
);
/** Words before a coin mention after an amount that make the amount a holding ("$5M of bitcoin"). */
export const HELD = new Set('of in worth de des du em di an en में'.split(' '));
/**
 * Words of time that may stand between a coin and its price verb ("one bitcoin now costs R1-million":
 * coin-verbs.ts) or between a move verb and its size ("verlor seitdem 8.000 Dollar": move-size.ts).
 */
export const TIME_WORDS = new Set(
  (
    'now currently still already today yesterday overnight also just jetzt aktuell derzeit momentan nun ' +
    'bereits heute gestern seitdem zuletzt noch actuellement maintenant désormais déjà hier ahora ' +
    'actualmente ya hoy ayer todavía agora atualmente já hoje ontem ainda ora attualmente già oggi ieri ' +
    'ancora nu momenteel inmiddels thans vandaag teraz obecnie już dziś сегодня вчера'
  ).split(' '),
);
/** Small words allowed between an amount and the noun after it ("$2 billion in inflows", "$3,500 per ether"). */
export const LINK = new Set(
  (
    'in of per a an the for net new worth each de di du des d em en pro je der del da do dos das della la le el il ' +
    'l por par pour para von by um about around roughly nearly almost some more than over rund etwa fast knapp ' +
    'environ près presque cerca alrededor aproximadamente quase circa quasi लगभग प्रति की का के में'
  ).split(' '),
);
/** Quote currencies of trading pairs (BTC/USD, BTCUSDT). */
export const QUOTES: Record<string, string> = table({
  usd: 'USD',
  usdt: 'USD',
  usdc: 'USD',
  busd: 'USD',
  fdusd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  krw: 'KRW',
  inr: 'INR',
  brl: 'BRL',
  aud: 'AUD',
  cad: 'CAD',
  chf: 'CHF',
  try: 'TRY',
});
/** Units counted in satoshis are amounts of coin, never a price. */
export const SATS = new Set(['sat', 'sats', 'satoshi', 'satoshis']);
