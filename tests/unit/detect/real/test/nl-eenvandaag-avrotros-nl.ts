import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://eenvandaag.avrotros.nl/item/waarom-donald-trump-nu-voor-cryptomunten-is/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Waarom Donald Trump nu voor cryptomunten is',
    blocks: [
      'Sinds de verkiezingsoverwinning van Donald Trump is de bitcoin naar recordhoogte gestegen. In de weken na de verkiezingen steeg de cryptomunt meer dan 35 procent in waarde. "Trump wil van de VS de cryptohoofdstad van de wereld maken."',
      '1 bitcoin was vóór de winst van Trump nog zo\'n 63 duizend euro waard, nu is de waarde gestegen tot meer dan 85 duizend euro. Dat leidt tot euforie in de cryptowereld, ziet cryptokenner Bart Mol. "Je ziet nu dat de markt besluit te geloven in de beloftes van Trump. En dat leidt wel tot euforie, want het is de eerste keer dat de magische grens van 100 duizend dollar in zicht komt."',
      {
        heading: 'Trump belooft minder regels',
        text: 'Mol vertelt dat Trump via het lobbycollectief "Stand With Crypto" miljoenen dollars aan steun kreeg tijdens zijn campagne. Trump op zijn beurt heeft de cryptowereld meerdere beloftes gedaan.',
      },
    ],
    expect: [
      p('63 duizend euro', 63000, 'EUR'),
      p('85 duizend euro', 85000, 'EUR'),
      p('100 duizend dollar', 100000),
    ],
  },
];
