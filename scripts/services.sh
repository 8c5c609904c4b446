#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer on the configured URLs (and PgBouncer is installed): starts the installed servers when
# they are down, installs them with apt-get when missing (root only), creates the databases.
# Idempotent: safe to run before every command. Docker is not needed (see docker/ for that path).
set -euo pipefail

DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/tenders}"
TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/tenders_test}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

log() { printf '\033[36m[services]\033[0m %s\n' "$*"; }

url_host() { local rest="${1#*://}"; rest="${rest#*@}"; rest="${rest%%/*}"; echo "${rest%%:*}"; }
url_port() { local rest="${1#*://}"; rest="${rest#*@}"; rest="${rest%%/*}"; [[ "$rest" == *:* ]] && echo "${rest##*:}" || echo "$2"; }
url_db() { local rest="${1#*://}"; rest="${rest#*/}"; echo "${rest%%\?*}"; }
is_local() { [[ "$1" == 127.0.0.1 || "$1" == localhost || "$1" == ::1 ]]; }

apt_install() {
  if [[ $(id -u) -ne 0 ]]; then echo "cannot install $* without root; install it yourself" >&2; exit 1; fi
  log "installing $* with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "$@" >/dev/null
}

wait_for() { # wait_for <what> <command...>
  local what=$1; shift
  for _ in $(seq 1 60); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "$what did not come up" >&2; exit 1
}

ensure_postgres() {
  local host port; host=$(url_host "$DATABASE_URL"); port=$(url_port "$DATABASE_URL" 5432)
  command -v pg_isready >/dev/null || apt_install postgresql
  if ! pg_isready -q -h "$host" -p "$port"; then
    is_local "$host" || { echo "PostgreSQL at $host:$port does not answer" >&2; exit 1; }
    ls /etc/postgresql/*/main >/dev/null 2>&1 || apt_install postgresql
    local version; version=$(ls /etc/postgresql | sort -n | tail -1)
    log "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    wait_for PostgreSQL pg_isready -q -h "$host" -p "$port"
  fi
  for url in "$DATABASE_URL" "$TEST_DATABASE_URL"; do
    local db; db=$(url_db "$url")
    local admin="${url%/*}/postgres"
    if [[ "$(psql "$admin" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]]; then
      log "creating database $db"
      psql "$admin" -qc "CREATE DATABASE \"$db\"" >/dev/null
    fi
  done
  log "PostgreSQL ok on $host:$port"
}

ensure_redis() {
  local host port; host=$(url_host "$REDIS_URL"); port=$(url_port "$REDIS_URL" 6379)
  command -v redis-cli >/dev/null || apt_install redis-server
  if [[ "$(redis-cli -h "$host" -p "$port" ping 2>/dev/null)" != PONG ]]; then
    is_local "$host" || { echo "Redis at $host:$port does not answer" >&2; exit 1; }
    command -v redis-server >/dev/null || apt_install redis-server
    log "starting Redis"
    local dir=/var/lib/tender-alerts-redis
    mkdir -p "$dir" 2>/dev/null || dir=/tmp
    # As production runs it (README, "Redis in production"): noeviction so BullMQ never loses keys
    # to memory pressure, and an append-only file so a restart keeps the queues.
    redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly yes --appendfsync everysec \
      --maxmemory-policy noeviction --dir "$dir" --logfile /tmp/tender-alerts-redis.log
    wait_for Redis bash -c "[[ \$(redis-cli -h $host -p $port ping) == PONG ]]"
  fi
  log "Redis ok on $host:$port"
}

# PgBouncer is only installed: test/pgbouncer.e2e-spec.ts starts one of its own in front of the
# test database (transaction pooling), so a fresh machine needs the binary, not a service.
ensure_pgbouncer() {
  [[ -x /usr/sbin/pgbouncer ]] || command -v pgbouncer >/dev/null || apt_install pgbouncer
  log "PgBouncer installed ($(/usr/sbin/pgbouncer --version 2>/dev/null | head -1 || pgbouncer --version | head -1))"
}

ensure_postgres
ensure_redis
ensure_pgbouncer
