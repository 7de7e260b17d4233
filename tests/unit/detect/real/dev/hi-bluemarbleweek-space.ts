import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bluemarbleweek.space/section-2/article-683723.html',
    lang: 'hi',
    tags: ['prose'],
    title: 'Income Tax को लेकर 1 अप्रैल से बदल रहे हैं ये 5 नियम, हर टैक्सपेयर के लिए जानना है जरूरी',
    blocks: [
      'Income Tax: 1 अप्रैल 2022 से नए वित्त वर्ष के साथ इनकम टैक्स के कई नियम बदल रहे हैं, जिनमें क्रिप्टो एसेट पर लगने वाला टैक्स भी है। पीएफ में 2.50 लाख रुपये से ज्यादा के निवेश पर मिलने वाले ब्याज पर भी टैक्स लगेगा।',
    ],
    expect: [o('2.50 लाख रुपये', 250000, 'INR')],
  },
];
