import { safeHttpUrl } from './safe-url';

describe('links to the source', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://www.example.gov.cn/zbgg/1.html')).toBe('https://www.example.gov.cn/zbgg/1.html');
    expect(safeHttpUrl('http://example.cn/a?b=1')).toBe('http://example.cn/a?b=1');
  });

  it('drops script, data and broken URLs', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
