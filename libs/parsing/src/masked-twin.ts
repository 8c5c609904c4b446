// 标讯 sites that sell access mask a winner in their summary box (贵州***有限公司（登录后查看完整信息）)
// while the notice pasted below names it in full. The masked form is then the same company seen
// through the wall, not a second winner: it is dropped when a full name fits its mask. A note
// telling readers to log in or pay is the site's, never part of a name, so it is taken off first.
const WALL_NOTE = /[（(][^（()）]*(?:登录|登陆|会员|VIP|查看)[^（()）]*[)）]$/iu;
const MASK = /[*＊]+/u;

/** A name without the site's trailing 登录/会员 note. */
export function withoutWallNote(name: string): string {
  return name.replace(WALL_NOTE, '').trim();
}

/** The names, a masked one left out when another name in the list fits its mask. */
export function dropMaskedTwins(names: string[]): string[] {
  const bare = names.map(withoutWallNote).filter((name) => name !== '');
  const full = bare.filter((name) => !MASK.test(name));
  return bare.filter((name) => {
    if (!MASK.test(name)) return true;
    const parts = name.split(/[*＊]+/u).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const fits = new RegExp(`^${parts.join('.+')}$`, 'u');
    return !full.some((other) => fits.test(other));
  });
}
