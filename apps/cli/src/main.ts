import 'reflect-metadata';
import { ConfigError } from '@app/config';
import { CliError, UsageError } from './cli.errors';
import { type CliIo, println, processIo } from './cli-io';

/** Resolves to the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

// Each command is a small module, loaded when run: `parse` and `match` need no Nest or TypeORM,
// and should not pay for loading them. The table is the help text.
function lazy<M>(path: string): M {
  // import() would go through Node's ESM loader, which does not find our extensionless .ts modules under ts-node.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy loading is the point
  return require(path) as M;
}

export const COMMANDS: Record<string, { usage: string; help: string; load: () => Command }> = {
  migrate: {
    usage: 'migrate',
    help: 'apply pending database migrations',
    load: () => lazy<typeof import('./commands/migrate.command')>('./commands/migrate.command').migrateCommand,
  },
  'secrets:reencrypt': {
    usage: 'secrets:reencrypt',
    help: 'write every stored webhook/robot signing secret again under SECRETS_ENCRYPTION_KEY (after a key rotation)',
    load: () => lazy<typeof import('./commands/secrets-reencrypt.command')>('./commands/secrets-reencrypt.command').secretsReencryptCommand,
  },
  import: {
    usage: 'import <file> --source <name> [--format jsonl|csv] [--rejects <path>] [--batch 500]',
    help: 'import bulletins from a JSON Lines or CSV file, as the ingest API does',
    load: () => lazy<typeof import('./commands/import.command')>('./commands/import.command').importCommand,
  },
  parse: {
    usage: 'parse [file|-] [--text-only]',
    help: 'print what the parser reads from each bulletin (JSON Lines in and out)',
    load: () => lazy<typeof import('./commands/parse.command')>('./commands/parse.command').parseCommand,
  },
  link: {
    usage: 'link [file|-]',
    help: 'group the bulletins of a JSON Lines file into projects ({id, projectId} per line, no database)',
    load: () => lazy<typeof import('./commands/link.command')>('./commands/link.command').linkCommand,
  },
  match: {
    usage: 'match --subscriptions <subs.json> --bulletins <file.jsonl|->',
    help: 'print which subscriptions each bulletin matches (no database)',
    load: () => lazy<typeof import('./commands/match.command')>('./commands/match.command').matchCommand,
  },
  'demo-feed': {
    usage: 'demo-feed [--out <file.jsonl>] [--seed <n>] [--now <iso date>]',
    help: 'write a week of demo bulletins (written by this project) as JSON Lines',
    load: () => lazy<typeof import('./commands/demo-feed.command')>('./commands/demo-feed.command').demoFeedCommand,
  },
  'seed-demo': {
    usage: 'seed-demo',
    help: 'create the demo admin, member and subscriptions (idempotent)',
    load: () => lazy<typeof import('./commands/seed-demo.command')>('./commands/seed-demo.command').seedDemoCommand,
  },
  'source:create': {
    usage: 'source:create --name <name>',
    help: 'create a source and print its API key (shown once)',
    load: () => lazy<typeof import('./commands/source-create.command')>('./commands/source-create.command').sourceCreateCommand,
  },
  'source:key': {
    usage: 'source:key --name <name>',
    help: 'issue another API key for an existing source',
    load: () => lazy<typeof import('./commands/source-key.command')>('./commands/source-key.command').sourceKeyCommand,
  },
  'source:revoke': {
    usage: 'source:revoke --key-id <uuid>',
    help: 'revoke an API key by its id',
    load: () => lazy<typeof import('./commands/source-revoke.command')>('./commands/source-revoke.command').sourceRevokeCommand,
  },
};

const HELP = ['-h', '--help', 'help'];

function printCommands(out: CliIo['stdout']): void {
  println(out, 'usage: npm run cli -- <command> [options]\n');
  for (const [n, c] of Object.entries(COMMANDS)) println(out, `  ${n.padEnd(16)} ${c.help}`);
}

/** Runs one command line; resolves to the exit code (0 ran, 1 failed, 2 bad arguments). */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || HELP.includes(name)) {
    printCommands(io.stdout);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    println(io.stderr, `unknown command: ${name}\n`);
    printCommands(io.stderr);
    return 2;
  }
  if (args.some((a) => a === '-h' || a === '--help')) {
    println(io.stdout, `usage: npm run cli -- ${command.usage}`);
    return 0;
  }
  try {
    return await command.load()(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      println(io.stderr, `${name}: ${err.message}\nusage: npm run cli -- ${command.usage}`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof CliError) {
      println(io.stderr, `${name}: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

if (require.main === module) {
  // `cli parse file | head` closes stdout early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? process.exit(0) : undefined));
  // Exit explicitly: after a failed boot (database down) Redis clients would keep retrying forever.
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
