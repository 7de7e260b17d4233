import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.newstream.cz/trhy/bitcoin-zase-rostl-ale-jen-v-dolarech-v-korunach-to-neni-zadny-slagr',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin zase rostl, ale jen v dolarech. V korunách to není žádný šlágr',
    blocks: [
      'Letošní rok byl pro držitele bitcoinu zatím příznivý. Přestože se v první polovině dubna jeho cena propadla až k 75 tisícům dolarů, už v květnu zaznamenala rekordní hodnotu blížící se 112 tisícům dolarů.',
      'Za první pololetí bitcoin posílil, v dolarech dokonce výrazně, o více než 16 procent. A to navzdory propadu v první polovině dubna, kdy cena klesla k 75 tisícům dolarů, ačkoli rok zahajoval bitcoin na 93 tisících. Aktuálně se ale cena blíží 110 tisícům, což je blízko historickému maximu z letošního května (téměř 112 tisíc dolarů).',
      'Rekordní výše v korunách dosáhl bitcoin symbolicky letos 20. ledna, kdy se Donald Trump znovu ujal úřadu prezidenta USA. Rekordní korunová cena činila 2,597 milionu korun za jeden bitcoin. Pak se ale vydal směrem dolů a v polovině dubna klesl až k úrovni 1,7 milionu. Poté sice opět rostl, v korunách však přidal podstatně méně a aktuálně se prodává na úrovni 2,280 milionu za bitcoin.',
      'Nárůst ceny od 1. ledna po dnešek tak v korunách představuje jen 0,4 procenta.',
    ],
    expect: [
      p('75 tisícům dolarů', 75000),
      p('112 tisícům dolarů', 112000),
      p('75 tisícům dolarů', 75000),
      p('93 tisících', 93000),
      p('110 tisícům', 110000),
      p('112 tisíc dolarů', 112000),
      p('2,597 milionu korun', 2597000, 'CZK'),
      p('1,7 milionu', 1.7e6, 'CZK'),
      p('2,280 milionu', 2.28e6, 'CZK'),
    ],
  },
];
