export * from './wechat.errors';
export * from './wechat-token-store';
export * from './wechat-client';
export * from './wechat-template';
