import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.webnoviny.sk/vofinanciach/bitcoin-stupol-nad-hranicu-20-tisic-dolarov-za-kus-napriek-tomu-ze-akciovy-trh-usa-oslabil/',
    lang: 'sk',
    tags: ['prose', 'format'],
    title: 'Bitcoin stúpol nad hranicu 20-tisíc dolárov za kus, napriek tomu, že akciový trh USA oslabil',
    blocks: [
      'Bitcoin stúpol nad hranicu 20-tisíc dolárov za kus, hoci americký akciový trh oslabil',
      'Digitálna mena bitcoin, najrozšírenejšia kryptomena sveta, v utorok prekonala hranicu 20-tisíc dolárov za kus a vystúpila tak najvyššie za viac ako týždeň. Bitcoin pridal vyše sedem percent a obchodoval sa až na úrovni 20 265,95 dolára za kus.',
      'Rast bitcoinu podporil celý trh kryptomien a digitálna mena ether posilnila zhruba o sedem percent na 1 389,75 dolára za kus. Informuje o tom portál cnbc.com.',
      'Dolárový index, ktorý meria hodnotu amerického dolára voči košu iných svetových mien, od začiatku roka stúpol o viac ako 18 percent. Silný dolár na bitcoin spravidla pôsobí negatívne.',
    ],
    expect: [
      p('20-tisíc dolárov', 20000),
      p('20-tisíc dolárov', 20000),
      p('20 265,95 dolára', 20265.95),
      o('1 389,75 dolára', 1389.75),
    ],
  },
];
