export * from './project.entity';
export * from './project-link-key.entity';
export * from './project-linker.service';
export * from './project-summaries';
export * from './projects.service';
export * from './projects.module';
