/** The URL or an address it resolves to is not one outbound HTTP may reach. Never worth a retry. */
export class OutboundRefusedError extends Error {
  readonly code = 'outbound_refused';
  constructor(message: string) {
    super(message);
    this.name = 'OutboundRefusedError';
  }
}

/**
 * The request failed. `transmitted` says whether the whole request had been written when it did:
 * before that the receiver cannot have acted on it; after, it may have.
 */
export class OutboundRequestError extends Error {
  constructor(
    message: string,
    readonly transmitted: boolean,
  ) {
    super(message);
    this.name = 'OutboundRequestError';
  }
}
