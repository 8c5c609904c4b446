import { captureIo } from '../test/capture-io';
import { COMMANDS, runCli } from './main';

describe('runCli', () => {
  it('prints the command table with no command, exit 0', async () => {
    const io = captureIo();
    expect(await runCli([], io)).toBe(0);
    for (const name of ['migrate', 'import', 'parse', 'match', 'source:create', 'source:key', 'source:revoke'])
      expect(io.out()).toContain(`  ${name} `);
  });

  it('exits 2 with the table on stderr for an unknown command', async () => {
    const io = captureIo();
    expect(await runCli(['imprt'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown command: imprt[\s\S]*import/);
  });

  it('exits 2 with the message and the usage for bad arguments', async () => {
    const io = captureIo();
    expect(await runCli(['import', 'x.jsonl'], io)).toBe(2);
    expect(io.err()).toBe(`import: --source is required\nusage: npm run cli -- ${COMMANDS.import.usage}\n`);
    expect(await runCli(['source:revoke', '--key-id', 'abc'], captureIo())).toBe(2);
    expect(await runCli(['match', '--subscriptions', 's.json'], captureIo())).toBe(2);
  });

  it('prints a command usage for --help', async () => {
    const io = captureIo();
    expect(await runCli(['parse', '--help'], io)).toBe(0);
    expect(io.out()).toBe(`usage: npm run cli -- ${COMMANDS.parse.usage}\n`);
  });

  it('loads every command module', () => {
    for (const c of Object.values(COMMANDS)) expect(typeof c.load()).toBe('function');
  });
});
