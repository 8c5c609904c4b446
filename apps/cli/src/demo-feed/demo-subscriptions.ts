import type { NewSubscription } from '@app/domain/members';

// Filters a construction company's sales staff would set up, each catching part of the demo
// feed: instant alerts for one, digests (due at once) for the others.
export function demoSubscriptions(): NewSubscription[] {
  return [
    { name: '河南 医疗设备', keywords: ['医疗设备', '医疗器械', '设备采购'], regions: ['410000'], frequency: 'instant' },
    { name: '道路市政', keywords: ['道路', '市政', '改造 工程'], excludeWords: ['监理'], frequency: 'daily' },
    { name: '学校 采购', keywords: ['学校', '学院 采购'], categories: ['tender'], frequency: 'daily' },
    { name: '江苏 招标与更正', regions: ['320000'], categories: ['tender'], stages: ['correction', 'extension'], frequency: 'weekly' },
  ];
}
