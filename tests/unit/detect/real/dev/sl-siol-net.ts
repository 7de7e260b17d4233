import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://siol.net/posel-danes/novice/ali-bo-bitcoin-ponovno-zrasel-496388',
    lang: 'sl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Ali bo bitcoin ponovno zrasel?',
    blocks: [
      'Oglasno sporočilo',
      'Od začetka leta do danes je Bitcoin zabeležil rast za več kot 35%, trenutna vrednost je več kot 5000 dolarjev. Ali se bo ponovila vrtoglava rast s konca leta 2017, bo pokazal čas.',
      'Aprila leta 2010 je bila cena enega Bitcoina 0.003 dolarja, rekordno ceno pa je Bitcoin dosegel decembra 2017, ko je bila vrednost več kot 17.000 dolarjev.',
    ],
    expect: [p('5000 dolarjev', 5000), p('0.003 dolarja', 0.003), p('17.000 dolarjev', 17000)],
  },
  {
    url: 'https://siol.net/digisvet/novice/zgodovinski-dan-za-bitcoin-padla-je-magicna-meja-541475',
    lang: 'sl',
    tags: ['prose', 'format'],
    title: 'Zgodovinski dan za bitcoin: padla je magična meja',
    blocks: [
      'Bitcoin na "slovenski" borzi s kriptovalutami Bitstamp v času pisanja kotira pri okrog 20.700 ameriških dolarjih oziroma okrog 17.000 evrih. Gre za najvišjo ceno bitcoina v enajstletni zgodovini te najbolj prepoznavne kriptovalute.',
      'Proti še nikoli doseženemu mejniku je bitcoin odločneje začel plezati v začetku prejšnjega meseca, cenovno mejo 20.000 dolarjev pa je prvič resneje napadel 1. decembra, ko se je nekajdnevna rast ustavila pri 19.697 dolarjih.',
      'Vse več analitikov meni, da se bitcoin tokrat ne bo ustavil pri 20.000 dolarjih, temveč bo "potegnil" krepko dlje.',
    ],
    expect: [
      p('20.700 ameriških dolarjih', 20700),
      p('17.000 evrih', 17000, 'EUR'),
      p('20.000 dolarjev', 20000),
      p('19.697 dolarjih', 19697),
      p('20.000 dolarjih', 20000),
    ],
  },
  {
    url: 'https://siol.net/digisvet/novice/mnogi-so-vceraj-dobili-morda-najboljso-novico-v-letu-2020-537602',
    lang: 'sl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Mnogi so včeraj dobili morda najboljšo novico v letu 2020',
    blocks: [
      'Nekaj dni po tem, ko je bila v Sloveniji prvič razglašena epidemija, je bitcoin padel najnižje v letu 2020. 15. marca je bilo treba na večini borz s kriptovalutami za en bitcoin odšteti manj kot 5.000 evrov.',
      'Osem dni po vnovični razglasitvi epidemije bitcoin kotira tako visoko kot letos še ni. V torek je namreč presegel ceno 11.500 evrov oziroma 13.600 ameriških dolarjev. Nazadnje je bil toliko vreden 26. junija lani.',
      'Če bitcoin doseže in zadrži ceno 14.000 ameriških dolarjev (okrog 11.850 evrov), bo naslednja postaja magična meja 20.000 dolarjev, ki jo je kriptovaluta enkrat že dosegla, meni kriptoanalitik Raoul Pal.',
      'There are literally only two resistances left on the #bitcoin chart - 14,000 and then the old all-time high at 20,000. I fully expect new all-time highs by early next year at the latest.',
    ],
    expect: [
      p('5.000 evrov', 5000, 'EUR'),
      p('11.500 evrov', 11500, 'EUR'),
      p('13.600 ameriških dolarjev', 13600),
      p('14.000 ameriških dolarjev', 14000),
      p('11.850 evrov', 11850, 'EUR'),
      p('20.000 dolarjev', 20000),
      p('14,000', 14000),
      p('20,000', 20000),
    ],
  },
  {
    url: 'https://siol.net/digisvet/novice/kriptovalute-plujejo-v-nevarne-vode-bo-za-mnoge-kmalu-konec-igre-462746',
    lang: 'sl',
    tags: ['prose', 'format'],
    title: 'Kriptovalute plujejo v nevarne vode, bo za mnoge kmalu konec igre?',
    blocks: [
      'Bitcoin je v zadnjem tednu padel pod 7.500 ameriških dolarjev oziroma najnižje po 7. februarju, ether tako nizko ni bil že od začetka decembra lani, ripple pa še dlje.',
      '8.000 ameriških dolarjev: magična meja, pod katero bo nevarno pasti?',
      {
        text: 'Potem ko je bitcoin prejšnji teden znova zdrsnil pod 8.000 ameriških dolarjev (6.515 evrov), je analitično podjetje z Wall Streeta Fundstrat opozorilo, da je to za nekatere rudarje bitcoina postala skrajna meja, pri kateri še lahko ustvarjajo dobiček.',
        heading: '8.000 ameriških dolarjev: magična meja, pod katero bo nevarno pasti?',
      },
    ],
    expect: [
      p('7.500 ameriških dolarjev', 7500),
      p('8.000 ameriških dolarjev', 8000),
      p('8.000 ameriških dolarjev', 8000),
      p('6.515 evrov', 6515, 'EUR'),
    ],
  },
  {
    url: 'https://siol.net/digisvet/novice/velika-kriza-kriptovalut-kdor-je-kupil-januarja-se-danes-lahko-razjoce-484975',
    lang: 'sl',
    tags: ['prose', 'change', 'format'],
    title: 'Velika kriza kriptovalut: kdor je kupil januarja, se danes lahko razjoče',
    blocks: [
      'Bitcoin, ki predstavlja levji delež vrednosti trga kriptovalut, je v preteklosti že doživel obdobja pesimizma, padcev in stagnacije, a še nobeno ni bilo tako drastično kot zadnjih dvanajst mesecev. V tem času je bitcoin izgubil kar 83 odstotkov rekordne cene iz druge polovice decembra 2017.',
      'Bitcoin je v zadnjih sedmih dneh izgubil še 20 odstotkov vrednosti, v zadnjem mesecu pa skupno skoraj 50 odstotkov.',
      'Kako iz 1.000 evrov narediti 63 evrov',
      {
        text: 'Ethereum oziroma ether, ki je ob bitcoinu najbolj znano ime na trgu kriptovalut, je od 13. januarja letos, ko je dosegel rekordno ceno blizu 1.400 ameriških dolarjev oziroma okrog 1.220 evrov, pa do danes, ko na borzah stane 77 evrov, padel za skoraj 94 odstotkov.',
        heading: 'Kako iz 1.000 evrov narediti 63 evrov',
      },
      {
        text: 'Kdor bi v ETH na vrhuncu rasti cene vložil 1.000 evrov, bi do danes ustvaril kar 937 evrov izgube, vrednost njegove naložbe bi namreč znašala samo še 63 evrov.',
        heading: 'Kako iz 1.000 evrov narediti 63 evrov',
      },
    ],
    expect: [
      o('1.000 evrov', 1000, 'EUR'),
      o('63 evrov', 63, 'EUR'),
      o('1.400 ameriških dolarjev', 1400),
      o('1.220 evrov', 1220, 'EUR'),
      o('77 evrov', 77, 'EUR'),
      o('1.000 evrov', 1000, 'EUR'),
      o('937 evrov', 937, 'EUR'),
      o('63 evrov', 63, 'EUR'),
    ],
  },
  {
    url: 'https://siol.net/posel-danes/novice/ce-bi-pred-osmimi-leti-vlozili-100-usd-v-bitcoin-bi-danes-imeli-280-milijonov-468100',
    lang: 'sl',
    tags: ['prose', 'format'],
    title: 'Če bi pred osmimi leti vložili 100 USD v bitcoin, bi danes imeli 280 milijonov',
    blocks: [
      'Če bi pred osmimi leti vložili 100 USD v bitcoin, bi danes imeli 280 milijonov',
      'Oglasno sporočilo',
      'Bitcoin je vrsta digitalnega denarja (kriptovaluta), ki je iz leta v leto bolj priljubljena, tudi v Sloveniji. Aprila 2010 je bila cena enega bitcoina 0,003 dolarja, medtem ko je danes več kot 8.400 dolarjev.',
    ],
    expect: [
      o('100 USD', 100),
      o('280 milijonov', 280e6),
      p('0,003 dolarja', 0.003),
      p('8.400 dolarjev', 8400),
    ],
  },
];
