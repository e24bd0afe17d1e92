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

scripts/test-e2e.sh sqlite
scripts/test-e2e.sh postgresql
