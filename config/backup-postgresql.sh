#!/bin/sh
# Backs up an InnoComplex PostgreSQL database: one pg_dump in the custom format of the whole database, that is the
# application's tables (acc_, reg_, sub_ with the evidence files, wfl_, apr_, rpt_, each module's Flyway history) and
# Flowable's (act_, flw_) in one consistent snapshot (pg_dump reads everything in one repeatable-read transaction, so
# the nodes may keep running and serving; nothing needs to be stopped).
#
#   config/backup-postgresql.sh [FILE]
#
# The database is reached as every libpq program reaches it: PGHOST, PGPORT, PGUSER, PGDATABASE (default
# innocomplex) and PGPASSWORD or ~/.pgpass. PG_BIN names the directory of pg_dump when it is not on PATH (e.g.
# /usr/lib/postgresql/15/bin); use the pg_dump of the server's major version or a newer one. FILE defaults to
# innocomplex-<UTC time>.dump in the current directory. The dump is written under a temporary name and renamed only
# once pg_restore has read its table of contents back, so FILE is never a half-written dump. Prints FILE.
set -eu

bin=${PG_BIN:+$PG_BIN/}
db=${PGDATABASE:-innocomplex}
file=${1:-innocomplex-$(date -u +%Y%m%dT%H%M%SZ).dump}
partial="$file.partial"

trap 'rm -f "$partial"' EXIT
"${bin}pg_dump" --format=custom --compress=6 --file="$partial" "$db"
"${bin}pg_restore" --list "$partial" > /dev/null
mv "$partial" "$file"
trap - EXIT
echo "$file"
