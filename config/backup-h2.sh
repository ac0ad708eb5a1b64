#!/bin/sh
# Backs up the embedded H2 database of the demo start (config/embedded-h2.properties: ./data/innocomplex) into one
# compressed SQL script with H2's own Script tool: every table, the application's and Flowable's, the evidence files
# with them (they are rows of sub_evidence).
#
#   config/backup-h2.sh [DATABASE [FILE]]
#
# STOP THE NODE FIRST: the node opens the file embedded and holds its lock while it runs, so no other program can
# read it (the tool fails with "Database may be already in use"); an online backup would be the SQL command
# BACKUP TO 'file.zip' run inside the node, which nothing exposes. DATABASE is the path of the database without
# .mv.db (default ./data/innocomplex), FILE the script to write (default innocomplex-h2-<UTC time>.zip). H2_JAR names
# H2's jar; by default the one inside Payara Micro (PAYARA_JAR, default webapp/target/payara-micro.jar), the H2 that
# wrote the file. H2_USER and H2_PASSWORD default to sa / sa.
# Restore into a new, empty database (a path where no .mv.db exists yet), then start the node on that path:
#   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:file:./data/innocomplex -user sa -password sa \
#     -script FILE -options compression zip
set -eu

db=${1:-./data/innocomplex}
file=${2:-innocomplex-h2-$(date -u +%Y%m%dT%H%M%SZ).zip}
if [ ! -f "$db.mv.db" ]; then
    echo "$0: no H2 database at $db.mv.db" >&2
    exit 2
fi
jar=${H2_JAR:-}
tmp=
if [ -z "$jar" ]; then
    micro=${PAYARA_JAR:-$(dirname "$0")/../webapp/target/payara-micro.jar}
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    unzip -q -j "$micro" MICRO-INF/runtime/h2.jar -d "$tmp"
    jar=$tmp/h2.jar
fi
java -cp "$jar" org.h2.tools.Script -url "jdbc:h2:file:$db" -user "${H2_USER:-sa}" -password "${H2_PASSWORD:-sa}" \
    -script "$file.partial" -options compression zip
mv "$file.partial" "$file"
echo "$file"
