#!/usr/bin/env bash
# Sets up what the tests need on a Debian machine (as root), idempotently, then runs every test.
#   ./test.sh            install/start what is missing, then dotnet test Dossier.slnx
#   SKIP_SETUP=1 ./test.sh   run the tests only
#   ./test.sh --setup-only   set up, then print the variables the tests read (eval "$(./test.sh --setup-only)")
# Exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")"

PG_USER=dossier_test
PG_PASSWORD=dossier_test
PG_DATABASE=dossier_test
APT_UPDATED=0

say() { printf '==> %s\n' "$*" >&2; }

apt_install() {
  # Only packages not yet installed; apt-get update only once, and only when something is missing.
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$APT_UPDATED" -eq 0 ]; then
    say "apt-get update"
    apt-get update -qq
    APT_UPDATED=1
  fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_dotnet() {
  if command -v dotnet >/dev/null 2>&1 && dotnet --list-sdks | grep -q '^10\.'; then
    return 0
  fi
  apt_install ca-certificates curl libicu-dev
  say "installing the .NET 10 SDK into /usr/share/dotnet"
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
  ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
}

ensure_postgres() {
  apt_install postgresql
  local version
  version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    say "creating PostgreSQL $version cluster"
    pg_createcluster "$version" main >/dev/null
  fi
  local cluster
  cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
  if ! pg_lsclusters -h | awk 'NR==1 {print $4}' | grep -q online; then
    say "starting PostgreSQL cluster $cluster"
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster start
  fi
  local port
  port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
  for _ in $(seq 1 30); do
    su postgres -c "psql -p $port -qtAc 'SELECT 1'" >/dev/null 2>&1 && break
    sleep 1
  done
  if [ "$(su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'\"")" != "1" ]; then
    say "creating PostgreSQL user $PG_USER"
    su postgres -c "psql -p $port -qc \"CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD' CREATEDB\""
  fi
  if [ "$(su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'\"")" != "1" ]; then
    say "creating PostgreSQL database $PG_DATABASE"
    su postgres -c "createdb -p $port -O $PG_USER $PG_DATABASE"
  fi
  export DOSSIER_TEST_PG="Host=127.0.0.1;Port=$port;Username=$PG_USER;Password=$PG_PASSWORD;Database=$PG_DATABASE"
}

ensure_chromium() {
  apt_install chromium
  export DOSSIER_CHROMIUM=/usr/bin/chromium
}

if [ "${SKIP_SETUP:-0}" != "1" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh installs packages and must run as root (or set SKIP_SETUP=1 with everything in place)." >&2
    exit 2
  fi
  ensure_dotnet
  ensure_postgres
  ensure_chromium
fi

if [ "${1:-}" = "--setup-only" ]; then
  printf 'export DOSSIER_TEST_PG=%q DOSSIER_CHROMIUM=%q\n' "${DOSSIER_TEST_PG:-}" "${DOSSIER_CHROMIUM:-}"
  exit 0
fi

say "DOSSIER_TEST_PG=${DOSSIER_TEST_PG:-<unset: PostgreSQL tests skip>}"
say "dotnet test Dossier.slnx"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test Dossier.slnx -c Release \
  --logger "console;verbosity=normal" \
  --logger "trx" \
  --results-directory TestResults
