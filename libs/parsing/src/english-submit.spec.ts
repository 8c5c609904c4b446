import { extractDeadline } from './dates';

describe('English sentences setting the bid deadline', () => {
  it('reads the date bids must be delivered on or before', () => {
    const text =
      '6. Bids must be delivered to the address below on or before 09:30 hours (Beijing time), May 22, 2034. Late bids will be rejected.';
    expect(extractDeadline(text)?.toISOString()).toBe('2034-05-22T01:30:00.000Z');
    expect(extractDeadline('Applications shall be submitted not later than 14:00 hours, 15 August 2034.')?.toISOString()).toBe(
      '2034-08-15T06:00:00.000Z',
    );
  });

  it('takes no date from a sentence about the documents rather than the bids', () => {
    expect(extractDeadline('Bidding documents may be obtained on or before March 11, 2034.')).toBeNull();
  });
});
