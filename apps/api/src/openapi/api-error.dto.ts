import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ApiFieldErrorDto {
  @ApiProperty({ example: 'keywords.0' })
  field: string;

  @ApiProperty({ example: 'must not be empty' })
  message: string;
}

/** The one error shape (AllExceptionsFilter), documented once for every endpoint. */
export class ApiErrorDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'validation_failed', description: 'Stable, machine-readable reason' })
  code: string;

  @ApiProperty({ example: 'keywords.0: must not be empty' })
  message: string;

  @ApiPropertyOptional({ type: [ApiFieldErrorDto], description: 'One entry per failing field' })
  errors?: ApiFieldErrorDto[];

  @ApiProperty({ example: '5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10', description: 'Also in the x-request-id response header' })
  requestId: string;
}
