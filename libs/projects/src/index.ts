export { foldPartyName, samePartyName } from './party-name';
export { normaliseProjectCode } from './project-code';
export { projectCore } from './project-name';
export { linkKeys } from './link-keys';
export type { LinkableBulletin } from './link-keys';
export { LINK_WINDOW_DAYS, linkBulletins } from './link-bulletins';
export type { LinkInput } from './link-bulletins';
export { lotMarker } from './lot-marker';
