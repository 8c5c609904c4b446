import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorDto } from './api-error.dto';

const EXAMPLES: Record<number, { description: string; code: string; message: string; errors?: Array<{ field: string; message: string }> }> =
  {
    400: {
      description: 'Invalid input; `errors` names each field',
      code: 'validation_failed',
      message: 'keywords.0: must not be empty',
      errors: [{ field: 'keywords.0', message: 'must not be empty' }],
    },
    401: { description: 'Missing, invalid, expired or revoked access token', code: 'token_invalid', message: 'Access token is invalid' },
    403: { description: 'Not allowed', code: 'forbidden', message: 'This needs the admin role' },
    404: {
      description: 'Not found — also for anything that belongs to another member',
      code: 'subscription_not_found',
      message: 'Subscription not found',
    },
    409: {
      description: 'Conflicts with the current state',
      code: 'phone_already_verified',
      message: 'This phone number is already verified',
    },
    422: {
      description: 'Valid, but over a plan limit or too broad',
      code: 'plan_subscription_limit',
      message: 'The free plan allows 3 subscriptions',
    },
    429: {
      description: 'Rate limited or locked out; see Retry-After',
      code: 'rate_limited',
      message: 'Too many requests; try again in 60 s',
    },
  };

/** Documents the error responses an endpoint can give, all in the one error shape. */
export function ApiErrors(...statuses: Array<keyof typeof EXAMPLES>): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => {
      const { description, ...example } = EXAMPLES[status];
      return ApiResponse({
        status,
        description,
        type: ApiErrorDto,
        example: { statusCode: status, ...example, requestId: '5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10' },
      });
    }),
  );
}
