export * from './wechat.errors';
export * from './wechat-token-store';
export * from './wechat-client';
export * from './wechat-template';
export * from './wechat-client.factory';
export * from './wechat-binding.service';
export * from './wechat-scene';
export * from './wechat-push';
