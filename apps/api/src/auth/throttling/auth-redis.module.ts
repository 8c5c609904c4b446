import { Module } from '@nestjs/common';
import { AuthRedis } from './auth-redis';

@Module({ providers: [AuthRedis], exports: [AuthRedis] })
export class AuthRedisModule {}
