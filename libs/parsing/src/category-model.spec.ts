import { bigramsOf, type CategoryModel, predictCategory } from './category-model';

describe('bigramsOf', () => {
  it('takes bigrams inside runs of Han characters only', () => {
    expect(bigramsOf('开工仪式 2026年 签约')).toEqual(['开工', '工仪', '仪式', '签约']);
    expect(bigramsOf('abc 1 一')).toEqual([]);
  });
});

describe('predictCategory', () => {
  const model: CategoryModel = {
    classes: ['tender', 'award', 'change', 'intent', 'proposed', 'news', 'other'],
    docs: [10, 10, 10, 10, 10, 10, 10],
    totals: [20, 20, 20, 20, 20, 20, 20],
    vocab: { 记者: [0, 0, 0, 0, 0, 20, 0], 投标: [20, 0, 0, 0, 0, 0, 0], 中标: [0, 20, 0, 0, 0, 0, 0] },
  };

  it('picks the class whose bigrams the text uses, with its probability', () => {
    const guess = predictCategory('本报记者从现场获悉', model);
    expect(guess?.category).toBe('news');
    expect(guess!.probability).toBeGreaterThan(0.5);
    expect(predictCategory('欢迎投标', model)?.category).toBe('tender');
  });

  it('is unsure between classes the text names equally, and null without known bigrams', () => {
    expect(predictCategory('投标 中标', model)!.probability).toBeLessThan(0.6);
    expect(predictCategory('天气很好', model)).toBeNull();
  });

  it('ships a trained model that knows the common notice words', () => {
    expect(predictCategory('某某日报记者报道,项目现场机器轰鸣,建设正酣')?.category).toBe('news');
  });
});
