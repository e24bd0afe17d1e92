#!/usr/bin/env bash
# Runs the Playwright suite against the production build on a throwaway database.
# Usage: scripts/test-e2e.sh sqlite|postgresql [playwright args…]   (run `npm run build` first)
set -euo pipefail
provider="${1:?usage: test-e2e.sh sqlite|postgresql}"; shift
cd "$(dirname "$0")/.."

work="$(mktemp -d "${TMPDIR:-/tmp}/cashlens-e2e.XXXXXX")"
export CASHLENS_DATA_DIR="$work/data" E2E_SANDBOX_DATA_DIR="$work/sandbox"
pg_name=""
cleanup() {
  [ -n "$pg_name" ] && npx tsx scripts/test/pg-database.ts drop "$pg_name" || true
  rm -rf "$work"
}
trap cleanup EXIT

case "$provider" in
  sqlite)
    export DATABASE_URL="file:$work/data/cashlens.db" ;;
  postgresql)
    pg_name="cashlens_e2e_$(date +%s)_$$"
    DATABASE_URL="$(npx tsx scripts/test/pg-database.ts create "$pg_name")"
    export DATABASE_URL
    # Production configurations must bring their own secret.
    export AUTH_SECRET="$(node -e "console.log(require('node:crypto').randomBytes(33).toString('base64url'))")"
    export TOKEN_ENCRYPTION_KEYS="e2e:$(node -e "console.log(require('node:crypto').randomBytes(32).toString('base64'))")" ;;
  *) echo "unknown provider: $provider (use sqlite or postgresql)" >&2; exit 2 ;;
esac

export NEXT_TELEMETRY_DISABLED=1
echo "== end-to-end tests on $provider"
npx playwright test "$@"
