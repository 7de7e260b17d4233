import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btcinfor.com/minage/la-chute-du-bitcoin-sous-la-barre-des-70-000-dollars-pourrait-interrompre-les-operations-des-mineurs.html',
    lang: 'fr',
    tags: ['cost', 'prose', 'anaphora'],
    title:
      'La chute du Bitcoin sous la barre des 70 000 dollars pourrait interrompre les opérations des mineurs',
    blocks: [
      "Aux alentours de 70 000 $, l'intérêt se déplace des spéculateurs vers les acteurs fondamentaux du réseau, notamment les mineurs.",
      "Avec la difficulté actuelle et un coût moyen de l'électricité proche de 0,08 $ par kWh, une zone de forte pression financière se dessine. Pour la plupart des Antminer de la série S21, qui pèsent lourd dans la puissance de hachage mondiale, le seuil de rentabilité se situe entre 69 000 $ et 74 000 $.",
      'Si le minage reste rentable pour beaucoup au-dessus de 70 000 $, en dessous de ce seuil la rentabilité devient plus sélective.',
      "Si le prix du Bitcoin chute brièvement sous les 70 000 $ et se redresse vite, l'impact sera limité.",
    ],
    expect: [
      p('70 000 $', 70000),
      o('0,08 $', 0.08),
      c('69 000 $', 69000),
      c('74 000 $', 74000),
      p('70 000 $', 70000),
      p('70 000 $', 70000),
    ],
  },
];
