import { dropPrefectureDotPrefix } from './prefecture-dot-prefix';

describe('dropPrefectureDotPrefix', () => {
  it('drops an autonomous prefecture short name put before a county with a middle dot', () => {
    expect(dropPrefectureDotPrefix('现将甘孜·理塘县乡村振兴局2037年采购意向公开如下')).toBe('现将理塘县乡村振兴局2037年采购意向公开如下');
    expect(dropPrefectureDotPrefix('阿坝·若尔盖县唐克镇湿地项目')).toBe('若尔盖县唐克镇湿地项目');
    expect(dropPrefectureDotPrefix('延边・珲春市某局')).toBe('珲春市某局');
  });

  it('leaves personal names joined by the middle dot alone', () => {
    expect(dropPrefectureDotPrefix('评审专家：其木格、巴图·朝鲁、阿依古丽·买买提')).toBe('评审专家：其木格、巴图·朝鲁、阿依古丽·买买提');
  });
});
