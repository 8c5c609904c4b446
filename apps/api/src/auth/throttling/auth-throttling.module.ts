import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AuthRedis } from './auth-redis';
import { AuthRedisModule } from './auth-redis.module';
import { LoginLockoutService } from './login-lockout.service';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/**
 * The `auth` throttler for AuthThrottlerGuard, counted in Redis. A module that puts
 * AuthThrottlerGuard on its routes imports this one (the guard's dependencies come from here).
 */
@Module({
  imports: [
    AuthRedisModule,
    ThrottlerModule.forRootAsync({
      imports: [AuthRedisModule],
      inject: [APP_CONFIG, AuthRedis],
      useFactory: (config: AppConfig, redis: AuthRedis) => ({
        throttlers: [{ name: 'auth', ttl: 60_000, limit: config.rateLimits.authPerMinute }],
        storage: new RedisThrottlerStorage(redis),
      }),
    }),
  ],
  providers: [LoginLockoutService],
  exports: [ThrottlerModule, LoginLockoutService],
})
export class AuthThrottlingModule {}
