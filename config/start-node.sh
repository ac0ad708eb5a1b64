#!/usr/bin/env bash
# Starts one InnoComplex node of a cluster: Payara Micro with the data grid on, bound to one private interface, joining
# the members it is told, on the PostgreSQL that INNOCOMPLEX_DB_* name. Every setting is an environment variable
# (README, "Several nodes behind HAProxy"); the application's own keys (INNOCOMPLEX_DB_URL, INNOCOMPLEX_DB_USER,
# INNOCOMPLEX_DB_PASSWORD, INNOCOMPLEX_DEMO, ...) reach it unchanged through the environment. Runs in the foreground
# (exec), so that a service manager's TERM or kill reaches the JVM itself.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

fail() {
  echo "start-node.sh: $1" >&2
  exit 2
}

http_port=${INNOCOMPLEX_HTTP_PORT:-8080}
export INNOCOMPLEX_HTTP_ADDRESS=${INNOCOMPLEX_HTTP_ADDRESS:-127.0.0.1}
cluster_name=${INNOCOMPLEX_CLUSTER_NAME:-innocomplex}
interface=${INNOCOMPLEX_CLUSTER_INTERFACE:-127.0.0.1}
grid_port=${INNOCOMPLEX_CLUSTER_PORT:-6900}
members=${INNOCOMPLEX_CLUSTER_MEMBERS:-}
dns=${INNOCOMPLEX_CLUSTER_DNS:-}
lite=${INNOCOMPLEX_CLUSTER_LITE:-false}
# the name Flowable's job locks and the logs carry; unique per node
export INNOCOMPLEX_NODE_NAME=${INNOCOMPLEX_NODE_NAME:-$(hostname -s)-$http_port}
heap=${INNOCOMPLEX_HEAP:-512m}
micro_jar=${INNOCOMPLEX_MICRO_JAR:-$root/webapp/target/payara-micro.jar}
war=${INNOCOMPLEX_WAR:-$root/webapp/target/innocomplex.war}
java=${JAVA:-java}

[ -n "${INNOCOMPLEX_DB_URL:-}" ] || fail "INNOCOMPLEX_DB_URL is not set: every node needs the one shared PostgreSQL"
case "$interface" in
  "" | 0.0.0.0 | "*" | "*.*.*.*" | :: | "[::]")
    fail "INNOCOMPLEX_CLUSTER_INTERFACE=$interface would open the data grid (no password) on every interface; name one private address" ;;
esac
case "$interface" in
  *[!0-9.]*) fail "INNOCOMPLEX_CLUSTER_INTERFACE must be one IPv4 address (e.g. 10.0.0.5), not '$interface'" ;;
esac
if [ -n "$members" ] && [ -n "$dns" ]; then
  fail "set INNOCOMPLEX_CLUSTER_MEMBERS or INNOCOMPLEX_CLUSTER_DNS, not both"
fi
if [ -n "$dns" ]; then
  cluster_mode="dns:$dns"
else
  # a node alone (no members named) is a cluster of one: it joins nothing and waits for others naming it
  cluster_mode="tcpip:${members:-$interface:$grid_port}"
fi
case "$lite" in
  true) lite_option=(--lite) ;;
  false) lite_option=() ;;
  *) fail "INNOCOMPLEX_CLUSTER_LITE must be true or false, not '$lite'" ;;
esac
[ -f "$micro_jar" ] || fail "no Payara Micro at $micro_jar (build first: mvn package -DskipTests, or set INNOCOMPLEX_MICRO_JAR)"
[ -f "$war" ] || fail "no WAR at $war (build first, or set INNOCOMPLEX_WAR)"

# Memory (README, "Memory"): a heap of 512 MB holds the application with room to spare; the rest caps what the JVM
# keeps beside the heap, and MALLOC_ARENA_MAX keeps glibc from giving every thread its own 64 MB arena.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
jvm_options=(
  "-Xmx$heap"
  -XX:+UseSerialGC
  -Xss512k
  -XX:MaxMetaspaceSize=256m
  -XX:ReservedCodeCacheSize=96m
  -Dhazelcast.socket.bind.any=false
  -Dinnocomplex.node-name="$INNOCOMPLEX_NODE_NAME"
)
# extra JVM options, split on spaces (e.g. INNOCOMPLEX_JAVA_OPTS="-Dinnocomplex.public-url=https://x/")
read -r -a extra_options <<<"${INNOCOMPLEX_JAVA_OPTS:-}"

exec "$java" "${jvm_options[@]}" "${extra_options[@]}" -jar "$micro_jar" \
  --name "$INNOCOMPLEX_NODE_NAME" \
  --clustername "$cluster_name" \
  --clustermode "$cluster_mode" \
  --interfaces "$interface" \
  --startport "$grid_port" \
  "${lite_option[@]}" \
  --prebootcommandfile "$here/payara-cluster-preboot.asadmin" \
  --postbootcommandfile "$here/payara-postboot.asadmin" \
  --port "$http_port" \
  --deploy "$war" \
  --contextroot /
