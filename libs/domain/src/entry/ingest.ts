// @app/domain/ingest: bulletins in from sources (the ingest API and `cli import`) and the
// sources with their API keys.
export * from '../bulletins/bulletin-ingest.service';
export * from '../bulletins/bulletins.module';
export * from '../sources/sources.service';
export * from '../sources/sources.module';
