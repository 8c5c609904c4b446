import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Bulletin } from './bulletin.entity';
import { BulletinIngestService } from './bulletin-ingest.service';

@Module({
  imports: [TypeOrmModule.forFeature([Bulletin])],
  providers: [BulletinIngestService],
  exports: [BulletinIngestService, TypeOrmModule],
})
export class BulletinsModule {}
