// Preloaded into the api and worker by bench:e2e (NODE_OPTIONS=--require): counts every SQL
// statement the process sends through node-postgres and writes the count to
// BENCH_QUERY_COUNT_FILE twice a second and at exit, for "statements per bulletin" without
// pg_stat_statements.
const { writeFileSync } = require('node:fs');
const pg = require('pg');

const file = process.env.BENCH_QUERY_COUNT_FILE;
let count = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  count++;
  return query.apply(this, args);
};
if (file) {
  const write = () => writeFileSync(file, String(count));
  setInterval(write, 500).unref();
  process.on('exit', write);
}
