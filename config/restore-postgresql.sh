#!/bin/sh
# Restores a dump of config/backup-postgresql.sh into an empty database, all or nothing; then start the nodes on it.
#
#   config/restore-postgresql.sh FILE [DATABASE]
#
# DATABASE (default PGDATABASE, else innocomplex) must exist and hold no table: create it first, owned by the role
# the nodes log in as, e.g.  createdb -O innocomplex innocomplex  (the script refuses a database that has tables, so
# it cannot mix a backup into live data). Connection as for every libpq program (PGHOST, PGPORT, PGUSER, PGPASSWORD
# or ~/.pgpass); connect as the role the nodes use, so that it owns what is restored (--no-owner: the dump's owner
# names are not needed on this server). PG_BIN as in backup-postgresql.sh. The restore runs in one transaction and
# stops at the first error (--exit-on-error), so a failed restore leaves the database empty. Afterwards the
# planner's statistics are gathered (ANALYZE), which a dump does not carry.
set -eu

if [ $# -lt 1 ] || [ ! -r "$1" ]; then
    echo "usage: $0 FILE [DATABASE]  (FILE: a readable dump of backup-postgresql.sh)" >&2
    exit 2
fi
bin=${PG_BIN:+$PG_BIN/}
file=$1
db=${2:-${PGDATABASE:-innocomplex}}

tables=$("${bin}psql" --no-psqlrc --tuples-only --no-align --dbname="$db" \
    --command="select count(*) from pg_catalog.pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
if [ "$tables" != "0" ]; then
    echo "$0: database $db is not empty ($tables tables); restore into a new, empty database" >&2
    exit 1
fi
"${bin}pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$db" "$file"
"${bin}psql" --no-psqlrc --quiet --dbname="$db" --command="analyze"
echo "restored $file into $db"
