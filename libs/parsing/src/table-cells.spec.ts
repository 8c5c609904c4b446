import { splitCells } from './table-cells';

describe('splitCells', () => {
  it('keeps a date and its time in one cell of a row split by spaces', () => {
    expect(splitCells('某县学校设备采购 265.00 2030-01-08 09:30')).toEqual(['某县学校设备采购', '265.00', '2030-01-08 09:30']);
    expect(splitCells('甲项目 2030年1月8日 9:30:00 乙公司')).toEqual(['甲项目', '2030年1月8日 9:30:00', '乙公司']);
  });

  it('leaves figures that are no time and rows split by bars as they are', () => {
    expect(splitCells('1 课桌椅 380000 12')).toEqual(['1', '课桌椅', '380000', '12']);
    expect(splitCells('| 2030-01-08 | 09:30 |')).toEqual(['2030-01-08', '09:30']);
  });
});
