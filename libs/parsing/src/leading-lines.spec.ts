import { leadingLines } from './leading-lines';

describe('leadingLines', () => {
  it('gives what splitting on line ends and keeping the first lines gives', () => {
    for (const text of ['', 'a', 'a\n', '\n\n', 'a\nb\nc', 'a\r\nb\n\nc\n', '一\n二\n三\n四'])
      for (const count of [0, 1, 2, 3, 8]) expect(leadingLines(text, count)).toEqual(text.split('\n').slice(0, count));
  });
});
