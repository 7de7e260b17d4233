import { o, p, type RealCase } from '../labels';

// Spanish-language US news piece on a Reddit/Twitter campaign to buy "$30 dólares en bitcoin" for El Salvador:
// sign-plus-word levels ("$51,000 dólares"), the small purchase sums and a pooled total, and Saylor's tweet in English.
export const cases: RealCase[] = [
  {
    url: 'https://laopinion.com/2021/09/07/el-bitcoin-supero-los-50000-dolares-y-luego-se-desplomo-en-horas-como-paso/',
    lang: 'es',
    tags: ['forum', 'prose', 'format'],
    title: 'El Bitcoin superó los 50,000 dólares y luego se desplomó en horas: cómo pasó',
    blocks: [
      'El Bitcoin volvió a ser noticia por su volatilidad. Hoy se convirtió en moneda de curso legal en El Salvador, lo que probablemente ayudó a que en las últimas 24 horas superara los $51,000 dólares por unidad, para desplomarse en pocas horas hasta los $46,000 dólares.',
      'Miles de usuarios de redes sociales se unieron para comprar $30 dólares en bitcoin, celebrando los $30 dólares que recibirán los salvadoreños al registrarse en la billetera del gobierno.',
      'La idea nació en un grupo de Reddit con 3 millones de usuarios, que calcularon que si cada uno invertía $30 dólares en bitcoins, podían aportar unos $90 millones de dólares a la liquidez de la divisa.',
      'On September 7, El Salvador will officially begin using #Bitcoin as its national currency alongside the U.S. dollar. Every cyber hornet 🐝 I know is planning to buy $30 in BTC tomorrow in solidarity with the people of #ElSalvador and their leader @nayibbukele. Will you join us?',
    ],
    expect: [
      p('$51,000 dólares', 51000),
      p('$46,000 dólares', 46000),
      o('$30 dólares', 30),
      o('$30 dólares', 30),
      o('$30 dólares', 30),
      o('$90 millones de dólares', 90e6),
      o('$30', 30),
    ],
  },
];
