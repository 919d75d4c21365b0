# Sourced by test.sh (`. tools/postgres/test-server.sh`): makes sure a local PostgreSQL is running
# for the store tests and exports DOSSIER_TEST_PG. Safe to run again and again.
#
# On a Debian-like machine with the postgresql package (installed here with apt-get when missing):
# creates the cluster if there is none, starts it if it is down, creates the role and database
# `dossier` / `dossier_test` if missing. Without root (or password-less sudo) it cannot do this:
# then it says so, and the PostgreSQL tests skip locally (and fail when CI=true, as they should).

dossier_pg_fail() {
    echo "PostgreSQL tests: $1" >&2
    if [ "${CI:-}" = "true" ]; then return 1; fi
    echo "PostgreSQL tests: they will be skipped (set DOSSIER_TEST_PG to run them)." >&2
    return 0
}

dossier_pg_setup() {
    if [ -n "${DOSSIER_TEST_PG:-}" ]; then
        echo "PostgreSQL tests: using DOSSIER_TEST_PG from the environment."
        return 0
    fi

    local root=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            root=(sudo -n)
        else
            dossier_pg_fail "not root and no password-less sudo: cannot start a server."
            return
        fi
    fi

    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        if command -v apt-get >/dev/null 2>&1; then
            echo "PostgreSQL tests: installing the postgresql package…"
            "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null \
                || { dossier_pg_fail "apt-get install postgresql failed."; return; }
        else
            dossier_pg_fail "PostgreSQL is not installed (expected under /usr/lib/postgresql)."
            return
        fi
    fi

    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    if ! pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v' | grep -q .; then
        echo "PostgreSQL tests: creating cluster $version/main…"
        "${root[@]}" pg_createcluster "$version" main >/dev/null || { dossier_pg_fail "pg_createcluster failed."; return; }
    fi

    local cluster port status
    read -r cluster port status < <(pg_lsclusters -h | awk -v v="$version" '$1 == v { print $2, $3, $4; exit }')
    if [[ "$status" != online* ]]; then
        echo "PostgreSQL tests: starting cluster $version/$cluster on port $port…"
        "${root[@]}" pg_ctlcluster "$version" "$cluster" start || { dossier_pg_fail "pg_ctlcluster start failed."; return; }
    fi

    local tries=0
    until pg_isready -q -h 127.0.0.1 -p "$port"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 30 ]; then dossier_pg_fail "server on port $port not ready after 30 s."; return; fi
        sleep 1
    done

    # The role's password is (re)set every time, so an older role with another password still works.
    "${root[@]}" runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 -d postgres >/dev/null <<'SQL' || { dossier_pg_fail "creating role/database failed."; return; }
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dossier') THEN
        CREATE ROLE dossier LOGIN;
    END IF;
END
$$;
ALTER ROLE dossier LOGIN PASSWORD 'dossier';
SELECT 'CREATE DATABASE dossier_test OWNER dossier' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'dossier_test')
\gexec
SQL

    export DOSSIER_TEST_PG="Host=127.0.0.1;Port=$port;Username=dossier;Password=dossier;Database=dossier_test"
    echo "PostgreSQL tests: server $version/$cluster ready; DOSSIER_TEST_PG=Host=127.0.0.1;Port=$port;Database=dossier_test"
}

dossier_pg_setup
