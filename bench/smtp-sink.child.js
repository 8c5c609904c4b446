// A sink that accepts every message and keeps nothing, run as a child of bench/smtp-send.bench.ts
// so that receiving costs the bench's sender no CPU. Tells its parent the port it listens on.
const { SMTPServer } = require('smtp-server');

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => callback());
  },
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));
