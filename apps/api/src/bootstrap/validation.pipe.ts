import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Flattens class-validator errors to { field: 'items.3.title', message } pairs. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/**
 * Global validation: unknown fields rejected (a typo is an error, not a silently ignored
 * setting), payloads transformed to DTO classes.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const flat = flattenValidationErrors(errors);
      return new BadRequestException({
        code: 'validation_failed',
        message: flat.map((f) => `${f.field}: ${f.message}`).join('; '),
        errors: flat,
      });
    },
  });
}
