#!/usr/bin/env bash
# Runs the database test suites (tests/db, tests/attack) on PostgreSQL 15 + PostGIS 3, the server line Supabase
# runs, in a private cluster created for this run on a free local port and removed afterwards.
set -euo pipefail

PG_VERSION=15
PGBIN=/usr/lib/postgresql/$PG_VERSION/bin
POSTGIS_CONTROL=/usr/share/postgresql/$PG_VERSION/extension/postgis.control

if [ ! -x "$PGBIN/initdb" ] || [ ! -f "$POSTGIS_CONTROL" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test:pg: installing PostgreSQL $PG_VERSION + PostGIS 3 from Debian packages…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$PG_VERSION" "postgresql-$PG_VERSION-postgis-3" "postgresql-$PG_VERSION-pgtap" >/dev/null
  else
    echo "test:pg needs PostgreSQL $PG_VERSION with PostGIS 3: apt-get install postgresql-$PG_VERSION postgresql-$PG_VERSION-postgis-3" >&2
    exit 1
  fi
fi

# initdb refuses to run as root: run the server as the postgres user then.
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

WORK=$(mktemp -d /tmp/qatysu-pg.XXXXXX)
chmod 755 "$WORK"
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

cleanup() {
  run "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

run "$PGBIN/initdb" -D "$WORK/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
run "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
  -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
echo "test:pg: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"

set +e
QATYSU_PG_URL="postgres://postgres@127.0.0.1:$PORT/postgres" npx vitest run tests/db tests/attack "$@"
vitest_status=$?

# pgTAP files in Supabase's layout, on the template database the suite built.
if [ -f "/usr/share/postgresql/$PG_VERSION/extension/pgtap.control" ]; then
  tap=$(for f in supabase/tests/database/*.sql; do
    psql -X -q -t -A -h 127.0.0.1 -p "$PORT" -U postgres -d qatysu_template -v ON_ERROR_STOP=1 -f "$f" 2>&1
  done)
  echo "$tap"
  ok=$(grep -c '^ok ' <<<"$tap" || true)
  notok=$(grep -c '^not ok ' <<<"$tap" || true)
  echo "pgTAP: $ok passed, $notok failed"
  [ "$notok" = 0 ] && [ "$ok" -gt 0 ] || exit 1
else
  echo "pgTAP is not installed (apt-get install postgresql-$PG_VERSION-pgtap): its checks were not run" >&2
  exit 1
fi
exit $vitest_status
