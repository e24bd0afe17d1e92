#!/usr/bin/env bash
# The whole test suite: static checks, unit and integration tests on SQLite and PostgreSQL,
# the production build, and the end-to-end tests in Chromium on both databases.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== static checks"
npm run db:check
npx tsc --noEmit -p .
npx eslint --max-warnings=0 .

echo "== unit and integration tests (SQLite)"
CASHLENS_TEST_DB=sqlite npx vitest run

# The same suite on other dates: no test may depend on the day it runs. The process clock starts at
# each instant and runs on from there (faketime's "@" form), so timeouts still fire. Both runs start
# minutes before midnight, so they cross a month end and a year end, and then into a leap day.
# FAKETIME_DONT_RESET: the test forks (child processes) continue the parent's fake time instead of
# each starting again at the start instant.
for start in '2027-12-31 23:57:00' '2028-02-28 23:58:00'; do
  echo "== unit and integration tests (SQLite), clock starting at $start UTC"
  TZ=UTC FAKETIME_DONT_RESET=1 CASHLENS_TEST_DB=sqlite faketime -f "@$start" npx vitest run
done

# The sandbox bank has no database of the app's; its tests ran above. Everything else runs again on PostgreSQL.
echo "== unit and integration tests (PostgreSQL)"
CASHLENS_TEST_DB=postgresql npx vitest run --exclude 'sandbox/**' --exclude 'node_modules/**' --exclude 'e2e/**'

echo "== production build"
npm run build

# The two databases' end-to-end runs go side by side: each has its own app, sandbox banks and SMTP
# ports, its own throwaway database and data folders (scripts/test-e2e.sh) and its own output folder.
# Most of a run is waiting on a browser or a bank, so together they take little longer than one.
mkdir -p .tmp
echo "== end-to-end tests on SQLite and PostgreSQL, side by side"
E2E_APP_PORT=3100 E2E_SANDBOX_PORT=4110 E2E_SANDBOX_CU_PORT=4210 E2E_SMTP_PORT=3125 \
  scripts/test-e2e.sh sqlite --output=test-results/sqlite >.tmp/e2e-sqlite.log 2>&1 &
sqlite_run=$!
E2E_APP_PORT=3300 E2E_SANDBOX_PORT=4310 E2E_SANDBOX_CU_PORT=4410 E2E_SMTP_PORT=3325 \
  scripts/test-e2e.sh postgresql --output=test-results/postgresql >.tmp/e2e-postgresql.log 2>&1 &
postgresql_run=$!
sqlite_status=0; postgresql_status=0
wait "$sqlite_run" || sqlite_status=$?
wait "$postgresql_run" || postgresql_status=$?
cat .tmp/e2e-sqlite.log .tmp/e2e-postgresql.log
echo "== end-to-end: SQLite exit $sqlite_status, PostgreSQL exit $postgresql_status"
[ "$sqlite_status" -eq 0 ] && [ "$postgresql_status" -eq 0 ]
