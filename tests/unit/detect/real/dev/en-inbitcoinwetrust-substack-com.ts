import { o, type RealCase } from '../labels';

// A Substack essay on the "if I had put $100 in Bitcoin in 2010" fantasy: the stake and what it grows
// into, never the price of one coin.
const url = 'https://inbitcoinwetrust.substack.com/p/eighty-one-levels-of-hell-the-unbearable';
const title = 'Eighty-One Levels of Hell: The Unbearable ...';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      '“If I put $100 in Bitcoin in 2010, I’d have $2.8 billion now.”',
      'It’s the great financial ghost story of the 21st century. It’s a statement we hear at family dinners, see on social media, and murmur to ourselves as we watch the charts.',
    ],
    expect: [o('$100', 100), o('$2.8 billion', 2.8e9)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'The First Filter: The “Life-Changing” Money',
      'Bitcoin isn’t an “asset class”; it’s digital voodoo, a weird experiment discussed on obscure forums. You don’t “invest” $100. You waste $100, the same way you might on a new video game or a large pizza.',
      'But you get lucky. Your little joke, your $100 digital token, starts to move.',
      'First, your $100 becomes $1,000. You laugh. You tell your friends. They tell you to sell and buy a new laptop. You don’t.',
    ],
    expect: [o('$100', 100), o('$100', 100), o('$100', 100), o('$100', 100), o('$1,000', 1000)],
  },
];
