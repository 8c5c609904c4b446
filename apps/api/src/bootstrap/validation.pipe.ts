import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { findUnstorableText } from '@app/domain';
import { perItemFields } from '../common/validated-per-item';

/** Flattens class-validator errors to { field: 'items.3.title', message } pairs. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

const failed = (errors: Array<{ field: string; message: string }>) =>
  new BadRequestException({
    code: 'validation_failed',
    message: errors.map((f) => `${f.field}: ${f.message}`).join('; '),
    errors,
  });

/**
 * Global validation: unknown fields rejected, payloads transformed to DTO classes. Before that,
 * every string of the body, query and path is checked for what Postgres cannot store (NUL, lone
 * surrogates), so no route reaches the database with it and answers 500. Fields a DTO validates
 * item by item (ingest batches) are left to that per-item check.
 */
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => failed(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const unstorable = findUnstorableText(value, metadata.data ?? '', perItemFields(metadata.metatype));
      if (unstorable.length) throw failed(unstorable);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe();
}
