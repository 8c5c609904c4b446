export * from './address-policy';
export * from './outbound.errors';
export * from './outbound-url';
export * from './outbound-http';
