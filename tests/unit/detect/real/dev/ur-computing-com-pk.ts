import { o, p, type RealCase } from '../labels';

// Pakistani tech site: the Bitcoin level is a misspelled number word ("آتھ ہزار ڈالر" for آٹھ ہزار, eight
// thousand dollars; "چند سو ڈالر", a few hundred dollars, has no number and is not labelled); the rest is
// ether's price per coin ("442 ڈالر فی ایتھریم") and a frozen total glued to تقریبا.
export const cases: RealCase[] = [
  {
    url: 'https://www.computing.com.pk/bitcoin-ke-bad-ethereum-ki-qeemat-main-bhi-izafa/',
    lang: 'ur',
    tags: ['prose', 'format'],
    title: 'بٹ کوائن کے بعد ایتھریم کی قیمتوں میں بھی اضافہ',
    blocks: [
      'پچھلے کئی دنوں سے انٹرنیٹ کی دنیا کی سب سے زیادہ استعمال ہونے والی آن لائن کرنسی بٹ کوائن کی قیمت میں ہوش ربا اضافے کی خبریں آپ پڑھ ہی چکے ہوں گے، جن کے مطابق صرف چند ماہ میں بٹ کوائن کی قیمت چند سو ڈالر سے آتھ ہزار ڈالر تک جا پہنچی ہے۔ اور یہ اضافہ اب بھی جاری ہے۔',
      'تاہم تازہ اطلاعات کے مطابق آن لائن کرپٹوکرنسیز میں بٹ کوائن کی قریب ترین حریف "ایتھریم" نے بھی قیمت میں اڑان بھری ہے۔ اور ٹیک آف کرتے ہی ایک ایتھر کی قیمت 14 فی صد اضافے سے 442 ڈالر فی ایتھریم تک پہنچ گئی ہے، جو رواں سال جون کے بعد سب سے اونچی سطح ہے۔',
      'چند ہفتے پہلے ایتھریم والٹ میں ایک بگ سامنے آنے کے بعد تقریبا150 ملین ڈالر مالیت کے ایتھر منجمد ہو گئے تھے، جس کی وجہ سے ایتھریم کی قیمت کچھ کم ہوئی تھی۔',
    ],
    expect: [p('آتھ ہزار ڈالر', 8000), o('442 ڈالر', 442), o('150 ملین ڈالر', 1.5e8)],
  },
];
