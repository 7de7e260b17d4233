import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://indeksonline.rs/?p=82323',
    lang: 'sr',
    tags: ['prose', 'format'],
    title: 'Tržišna kapitalizacija bitkoina ponovo iznad 1.000 milijardi dolara',
    blocks: [
      'NJUJORK – Tržišna kapitalizacija bitkoina danas je ponovo prešla granicu od 1.000 milijardi dolara, pošto je cena ove kriptovalute, prema poslednjim podacima sa trgovinske platforme KoinDesk, porasla na 54.550 dolara za jedan novčić.',
      'Ovo je drugi put u poslednjih 18 dana da tržišna vrednost najpopularnije svetske virtuelne valute probije vrednost od jednog biliona dolara. Bitkoin je prvi put prešao tržišnu kapitalizaciju od bilion dolara 19. februara i zadržao se par dana na tom nivou.',
      'Od početka ove godine bitkoin je ojačao za 80 posto. Bitkoin je najvišu cenu svih vremena, od 58.332,36 dolara, zabeležio 22. februara.',
      'Eter se, inače, danas trguje po ceni od 1.836,73 dolara, u porastu od 7,0 posto na dnevnom nivou.',
    ],
    expect: [
      o('1.000 milijardi dolara', 1e12),
      p('54.550 dolara', 54550),
      o('jednog biliona dolara', 1e12),
      o('bilion dolara', 1e12),
      p('58.332,36 dolara', 58332.36),
      o('1.836,73 dolara', 1836.73),
    ],
  },
];
