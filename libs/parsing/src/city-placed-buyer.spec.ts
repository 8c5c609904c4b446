import { cityPlacedBuyer } from './city-placed-buyer';

describe('cityPlacedBuyer', () => {
  it('puts back the city the body writes before a district unit', () => {
    const text = '鼓楼区五凤街道办事处采购结果公示\n福州市鼓楼区五凤街道办事处社区宣传栏更新采购已完成';
    expect(cityPlacedBuyer('鼓楼区五凤街道办事处', text)).toBe('福州市鼓楼区五凤街道办事处');
    expect(cityPlacedBuyer('鼓楼区五凤街道办事处', '南京市鼓楼区五凤街道办事处')).toBe('南京市鼓楼区五凤街道办事处');
    expect(cityPlacedBuyer('浈江区城市管理和综合执法局', '采购人：韶关市浈江区城市管理和综合执法局')).toBe(
      '韶关市浈江区城市管理和综合执法局',
    );
  });

  it('takes no city that is not the district’s own, and leaves a name the text never places', () => {
    expect(cityPlacedBuyer('鼓楼区五凤街道办事处', '厦门市鼓楼区五凤街道办事处')).toBe('鼓楼区五凤街道办事处');
    expect(cityPlacedBuyer('鼓楼区五凤街道办事处', '本市鼓楼区五凤街道办事处')).toBe('鼓楼区五凤街道办事处');
    expect(cityPlacedBuyer('鼓楼区五凤街道办事处', '采购人：鼓楼区五凤街道办事处')).toBe('鼓楼区五凤街道办事处');
    expect(cityPlacedBuyer('福州市鼓楼区五凤街道办事处', '福建省福州市鼓楼区五凤街道办事处')).toBe('福州市鼓楼区五凤街道办事处');
  });
});
