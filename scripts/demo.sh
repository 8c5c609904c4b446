#!/usr/bin/env bash
# The README's first command: services up, migrate, seed a demo, start a mail catcher, the worker
# and the api, import the real bulletins, and say where to look. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

export PUBLIC_URL="${PUBLIC_URL:-http://localhost:3000}"
export SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:1025}"
# Short windows so a person sees alerts and digests within a minute.
export INSTANT_WINDOW_SECONDS="${INSTANT_WINDOW_SECONDS:-10}"
export LOG_LEVEL="${LOG_LEVEL:-warn}"
MAIL_WEB_PORT="${MAIL_WEB_PORT:-1080}"

bash scripts/services.sh
npm run -s migrate
# The web app the api serves at /app.
npm run -s web:install >/dev/null
npm run -s web:build >/dev/null

pids=()
# npm runs each program under a shell: stop the whole tree, not only npm (a TERM from outside,
# unlike Ctrl-C, does not reach the children).
kill_tree() { local c; for c in $(pgrep -P "$1"); do kill_tree "$c"; done; kill "$1" 2>/dev/null || true; }
cleanup() { for p in "${pids[@]}"; do kill_tree "$p"; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if ! (exec 3<>/dev/tcp/127.0.0.1/1025) 2>/dev/null; then
  npx maildev --smtp 1025 --web "$MAIL_WEB_PORT" --ip 127.0.0.1 --web-ip 127.0.0.1 >/tmp/tender-alerts-maildev.log 2>&1 &
  pids+=($!)
fi

npm run -s start:worker &
pids+=($!)
npm run -s start:api &
pids+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:${PORT:-3000}/health" >/dev/null && break; sleep 0.5; done

npm run -s cli -- seed-demo
mkdir -p tmp
npm run -s cli -- import ../shared/data/bulletins-real.jsonl --source demo-import --rejects tmp/demo-import.rejects.jsonl

cat <<MSG

  tender-alerts demo is running
  ─────────────────────────────
  API          ${PUBLIC_URL}/v1        OpenAPI docs  ${PUBLIC_URL}/docs
  Web app      ${PUBLIC_URL}/app/      Health        ${PUBLIC_URL}/health
  Mail catcher http://127.0.0.1:${MAIL_WEB_PORT}/  (alerts within ~10 s, digests within a minute)
  Logins are printed above by seed-demo. Ctrl-C stops everything.

MSG
wait
