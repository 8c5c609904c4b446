import type { MatchHitDetail } from './match.entity';
import { hitSummary } from './match-hits';

const hit = (place: MatchHitDetail['place'], sentence: string): MatchHitDetail => ({
  entry: '道路',
  term: '道路',
  place,
  aligned: true,
  offset: 0,
  sentence,
});

describe('hitSummary', () => {
  it('lists places strongest first and gives the sentence of the strongest hit outside the title', () => {
    expect(hitSummary([hit('qualification', '资格要求:具备道路资质。'), hit('title', '某道路工程'), hit('body', '含道路照明。')])).toEqual({
      hitPlaces: ['title', 'body', 'qualification'],
      hitSentence: '含道路照明。',
    });
  });
  it('has no sentence when every hit is in the title or nothing was recorded', () => {
    expect(hitSummary([hit('title', '某道路工程')])).toEqual({ hitPlaces: ['title'], hitSentence: null });
    expect(hitSummary([])).toEqual({ hitPlaces: [], hitSentence: null });
    expect(hitSummary(null)).toEqual({ hitPlaces: [], hitSentence: null });
  });
});
