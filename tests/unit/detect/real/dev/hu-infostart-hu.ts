import { o, p, type RealCase } from '../labels';

// Hungarian news radio site, guest columns on Bitcoin crashes (the second page is served from the
// paper's mail. mirror host). "több mint tízezer dollárt esett" is a worded change; the slide "Először
// 70 ezer. Aztán 68. Majd 65." gives levels whose scale and currency are left out (read as 68 000 and
// 65 000 dollars); "84 ezer alá" carries no currency word; the forint levels are per coin.
export const cases: RealCase[] = [
  {
    url: 'https://infostart.hu/gazdasag/2026/03/12/fontos-jelensegre-mutat-ra-a-hatalmas-bitcoin-bukas',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Fontos jelenségre mutat rá a hatalmas Bitcoin-bukás',
    blocks: [
      'Fontos jelenségre mutat rá a hatalmas Bitcoin-bukás',
      '2026 februárjában a Bitcoin ára egyetlen nap alatt több mint tízezer dollárt esett. A piaci kapitalizációból nagyjából 200 milliárd dollár tűnt el néhány óra leforgása alatt. Ekkora egynapos értékvesztés korábban csak a legnagyobb technológiai cégeknél fordult elő.',
      'Daniel 2026. február 6-án reggel a szokásos módon nyitotta meg a kereskedési felületét. Előző este még minden viszonylag nyugodtnak látszott. A Bitcoin ára 73 ezer dollár felett állt, és bár a piac a 2025 őszi csúcs óta hetek óta gyengült, semmi sem jelezte, hogy aznap valami rendkívüli történik.',
      'Aztán a grafikon meredeken lefelé fordult. Először 70 ezer. Aztán 68. Majd 65. Néhány órán belül az ár 63 ezer dollár alá esett. Mire a piac stabilizálódott, a Bitcoin piaci kapitalizációja körülbelül 201 milliárd dollárral csökkent.',
      '201 milliárd dollár brutálisan nagy összeg: a teljes éves magyar GDP-vel egyenértékű.',
    ],
    expect: [
      o('tízezer dollárt', 10000),
      o('200 milliárd dollár', 2e11),
      p('73 ezer dollár', 73000),
      p('70 ezer', 70000),
      p('68', 68000),
      p('65', 65000),
      p('63 ezer dollár', 63000),
      o('201 milliárd dollárral', 2.01e11),
      o('201 milliárd dollár', 2.01e11),
    ],
  },
  {
    url: 'https://mail.infostart.hu/gazdasag/2025/11/28/a-bitcoin-100-ezer-dollar-alatt-bekoszontott-a-kripto-tel',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'A bitcoin 100 ezer dollár alatt – beköszöntött a kriptotél',
    blocks: [
      'Villámkrach a villamoson',
      'November 21-én, pénteken egy ismerősöm hitetlenkedve nézte a telefonját. A kijelzőn felvillant egy push-értesítés: „Bitcoin crashes under $90K as death cross creates extreme fear sentiment.” A világ első kriptopénzének grafikonja egyetlen meredek lejtőt mutatott.',
      'A néhány hete még 125 ezer dollár fölött is járó árfolyam gyorsan 84 ezer alá esett. De ez sem volt a mélypont. Aznap 81 ezer dollár alatt is járt az árfolyam.',
      'A magyar befektetők helyzete még drámaibb. Az október elején még 42 millió forint környékén járó Bitcoin azon a pénteken 27 millió forint alatt is járt. A befektetés alig két hónap alatt elvesztette értékének több mint harmadát.',
    ],
    expect: [
      p('$90K', 90000),
      p('125 ezer dollár', 125000),
      p('84 ezer', 84000),
      p('81 ezer dollár', 81000),
      p('42 millió forint', 4.2e7, 'HUF'),
      p('27 millió forint', 2.7e7, 'HUF'),
    ],
  },
];
