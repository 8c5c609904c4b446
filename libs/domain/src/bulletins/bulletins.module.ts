import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Bulletin } from './bulletin.entity';
import { BulletinIngestService } from './bulletin-ingest.service';
import { ProjectsModule } from '../projects/projects.module';

@Module({
  imports: [TypeOrmModule.forFeature([Bulletin]), ProjectsModule],
  providers: [BulletinIngestService],
  exports: [BulletinIngestService, TypeOrmModule],
})
export class BulletinsModule {}
