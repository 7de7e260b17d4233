import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://privatbankar.hu/reszveny/halalkereszt-es-medvecsapda-merre-tovabb-bitcoin-317451',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Halálkereszt és medvecsapda – merre tovább, bitcoin?',
    blocks: [
      'A bitcoin árfolyama a hosszú hétvégén ismét mélypontot ütött, április elsején, hétfőn – ami nem minden keresztény országban ünnep – 6400-6500 dollár között járt. (A különböző kereskedési rendszerekben különböző árak érvényesek, a Coindesk átlagár-indexének alja 6443 dollár volt.)',
      'Ezzel megközelítette, de nem érte el a február 5-én beállított, 5950 dollár körüli mélypontot. Az „altcoinok”, az alternatív kriptodevizák nagy része is követte a trendet, sokuk éves mélypontot ütött, mint az ether (360 dollár körül), a ripple (0,4565 dollárnál) vagy a bitcoin cash (625 dollárnál).',
      'Az utóbbi két napban valamelyest magához tért a piac, a bitcoin most 7360 dollár a bitcoin és 403 az ether. A kriptodeviza-piac kapitalizációja így ma 277 milliárd dollár, a január eleji csúcs 830 milliárd körül volt, ennek majdnem pontosan háromszorosa.',
    ],
    expect: [
      p('6400', 6400),
      p('6500 dollár', 6500),
      p('6443 dollár', 6443),
      p('5950 dollár', 5950),
      o('360 dollár', 360),
      o('0,4565 dollárnál', 0.4565),
      o('625 dollárnál', 625),
      p('7360 dollár', 7360),
      o('277 milliárd dollár', 2.77e11),
    ],
  },
];
