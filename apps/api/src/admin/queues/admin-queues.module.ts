import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { AuthModule } from '../../auth/auth.module';
import { ADMIN_PREFIX } from '../common/admin-controller.decorator';
import { QueueDashboard } from './queue-dashboard.service';
import { QueueDashboardAuth } from './queue-dashboard-auth.middleware';
import { QueueDashboardSessions } from './queue-dashboard-sessions.service';
import { QueueSessionController } from './queue-session.controller';

/** bull-board at /v1/admin/queues behind a dashboard session cookie (POST /v1/admin/queues/session). */
@Module({
  imports: [AuthModule, AdminDomainModule],
  controllers: [QueueSessionController],
  providers: [QueueDashboard, QueueDashboardSessions, QueueDashboardAuth],
})
export class AdminQueuesModule implements NestModule {
  constructor(private readonly dashboard: QueueDashboard) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(QueueDashboardAuth, this.dashboard.router as () => void).forRoutes(`${ADMIN_PREFIX}/queues`);
  }
}
