#!/usr/bin/env bash
# The README's first command: services up, migrate, seed a demo, start a mail catcher, the worker
# and the api, import a week of demo bulletins, and say where to look. Ctrl-C stops everything it
# started.
#   npm run demo -- --import FILE   also import FILE (JSON Lines or CSV; repeatable)
#   npm run demo -- --no-feed       skip the demo feed (e.g. to import only your own files)
set -euo pipefail
cd "$(dirname "$0")/.."

imports=()
feed=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --import) [[ $# -ge 2 ]] || { echo "--import needs a file" >&2; exit 2; }; imports+=("$2"); shift 2 ;;
    --import=*) imports+=("${1#--import=}"); shift ;;
    --no-feed) feed=0; shift ;;
    *) echo "unknown option: $1 (use --import FILE or --no-feed)" >&2; exit 2 ;;
  esac
done
# Fail before starting anything when a file to import is not there.
for f in "${imports[@]}"; do [[ -r "$f" ]] || { echo "cannot read $f" >&2; exit 1; }; done

export PUBLIC_URL="${PUBLIC_URL:-http://localhost:${PORT:-3000}}"
export SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:1025}"
# Short windows so a person sees alerts and digests within a minute.
export INSTANT_WINDOW_SECONDS="${INSTANT_WINDOW_SECONDS:-10}"
export LOG_LEVEL="${LOG_LEVEL:-warn}"
MAIL_WEB_PORT="${MAIL_WEB_PORT:-1080}"
# The catcher listens where SMTP_URL points (smtp://127.0.0.1:1025 unless set).
SMTP_PORT="${SMTP_URL##*:}"; SMTP_PORT="${SMTP_PORT%%[/?]*}"

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

if ! (exec 3<>/dev/tcp/127.0.0.1/"$SMTP_PORT") 2>/dev/null; then
  npx maildev --smtp "$SMTP_PORT" --web "$MAIL_WEB_PORT" --ip 127.0.0.1 --web-ip 127.0.0.1 >/tmp/tender-alerts-maildev.log 2>&1 &
  pids+=($!)
fi

npm run -s start:worker &
pids+=($!)
npm run -s start:api &
pids+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:${PORT:-3000}/health" >/dev/null && break; sleep 0.5; done

npm run -s cli -- seed-demo
mkdir -p tmp
if [[ $feed == 1 ]]; then
  # Written fresh on every run, so the week of notices ends today.
  npm run -s cli -- demo-feed --out tmp/demo-feed.jsonl
  npm run -s cli -- import tmp/demo-feed.jsonl --source demo-feed --rejects tmp/demo-feed.rejects.jsonl
fi
for f in "${imports[@]}"; do
  npm run -s cli -- import "$f" --source demo-import --rejects "tmp/$(basename "$f").rejects.jsonl"
done

cat <<MSG

  tender-alerts demo is running
  ─────────────────────────────
  API          ${PUBLIC_URL}/v1        OpenAPI docs  ${PUBLIC_URL}/docs
  Web app      ${PUBLIC_URL}/app/      Health        ${PUBLIC_URL}/health
  Mail catcher http://127.0.0.1:${MAIL_WEB_PORT}/  (alerts within ~10 s, digests within a minute)
  Logins are printed above by seed-demo. Ctrl-C stops everything.

MSG
wait
