import { extractBudget } from './budget';
import { derivedCeilingAfter } from './derived-ceiling';

const yuan = (text: string) => extractBudget(text)?.yuan ?? null;

describe('derivedCeilingAfter', () => {
  it('reads the ceiling stated after the rate it was derived by', () => {
    const text = '招标控制价按批复概算下浮5%确定，即2,337万元。';
    expect(derivedCeilingAfter(text, '招标控制价'.length, null)?.yuan).toBe(23_370_000);
    expect(derivedCeilingAfter('最高限价：预算价下浮3%，为485万元', '最高限价'.length, null)?.yuan).toBe(4_850_000);
  });

  it('is null where the label is followed by its figure or by a rate alone', () => {
    expect(derivedCeilingAfter('招标控制价：412万元', '招标控制价'.length, null)).toBeNull();
    expect(derivedCeilingAfter('投标报价：按控制价下浮8%', '投标报价'.length, null)).toBeNull();
  });
});

describe('extractBudget with a ceiling derived from a base figure', () => {
  it('takes the derived ceiling, not the base it came from', () => {
    expect(yuan('批复概算：建安费2,460万元。招标控制价按批复概算建安费下浮5%确定，即2,337万元。')).toBe(23_370_000);
    expect(yuan('最高投标限价：以工程概算为基数下浮3.5%，计 1,158,000.00 元')).toBe(1_158_000);
  });
});
