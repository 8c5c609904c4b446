/** What kind of failure a domain error is; the API maps each kind to one HTTP status. */
export type DomainErrorKind = 'validation' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'limit' | 'rate_limited';

/**
 * Base for errors thrown by libs/. Libraries never throw HttpException: they do not know they are
 * behind HTTP (the worker and the CLI use them too); the api's one filter maps these codes.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly errors?: Array<{ field: string; message: string }>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what.toLowerCase().replace(/\s+/g, '_')}_not_found`, `${what} not found`);
  }
}

/** Too many attempts: the API answers 429 with `Retry-After: retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', code, message);
  }
}

export class ValidationError extends DomainError {
  constructor(errors: Array<{ field: string; message: string }>, code = 'validation_failed') {
    super('validation', code, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
}
