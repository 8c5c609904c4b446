import 'reflect-metadata';
import { ConfigError } from '@app/config';
import { migrateCommand } from './commands/migrate.command';

type Command = (args: string[]) => Promise<void>;

// Each command is a small module; the table is the help text.
const COMMANDS: Record<string, { run: Command; help: string }> = {
  migrate: { run: migrateCommand, help: 'apply pending database migrations' },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.log('usage: cli <command> [options]\n');
    for (const [n, c] of Object.entries(COMMANDS)) console.log(`  ${n.padEnd(16)} ${c.help}`);
    process.exitCode = name ? 2 : 0;
    return;
  }
  await command.run(args);
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
