#!/usr/bin/env bash
# Applies Officina's server configuration (the configure-*.cli scripts beside this file) to a WildFly.
#
#   configure.sh --offline JBOSS_HOME [--libraries DIR] ENV      a stopped server, through an embedded one
#   configure.sh --connect [HOST:PORT] [--libraries DIR] ENV     a running server (JBOSS_HOME names its install)
#
# ENV names ENV.properties beside this file (demo, test, production). DIR holds postgresql.jar, ojdbc11.jar and
# eclipselink.jar (the build puts them in <module>/target/server-libraries). Every script is idempotent: applying
# it twice leaves the server as applying it once. Secrets are never in the properties files: the database
# password comes from OFFICINA_DB_PASSWORD where ENV.properties does not set db.password.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mode= controller= libraries= env=
while [ $# -gt 0 ]; do
  case "$1" in
    --offline) mode=offline; JBOSS_HOME=$2; shift 2 ;;
    --connect) mode=online; if [ $# -gt 2 ] && [[ "$2" != --* ]]; then controller=$2; shift; fi; shift ;;
    --libraries) libraries=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) env=$1; shift ;;
  esac
done
[ -n "$mode" ] && [ -n "$env" ] || { sed -n '2,12p' "$0" >&2; exit 2; }
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly installation}"
props="$here/$env.properties"
[ -f "$props" ] || { echo "configure.sh: no $props (environments: $(cd "$here" && ls *.properties | sed 's/.properties//' | tr '\n' ' '))" >&2; exit 2; }
libraries=${libraries:-$here/../../ear/target/server-libraries}
for jar in postgresql.jar ojdbc11.jar eclipselink.jar; do
  [ -f "$libraries/$jar" ] || { echo "configure.sh: $libraries/$jar is missing (build first: ./mvnw -pl ear -am package)" >&2; exit 2; }
done

defines=(-Dofficina.libraries="$(cd "$libraries" && pwd)" -Dofficina.jboss.home="$(cd "$JBOSS_HOME" && pwd)")
if ! grep -q '^db.password=' "$props"; then
  : "${OFFICINA_DB_PASSWORD:?the $env environment takes the database password from OFFICINA_DB_PASSWORD}"
  defines+=(-Ddb.password="$OFFICINA_DB_PASSWORD")
fi

scripts=("$here"/configure-*.cli)
# an environment family (demo, demo-postgresql) may add its own script: demo.cli
extra="$here/${env%%-*}.cli"
[ -f "$extra" ] && scripts+=("$extra")

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
{
  if [ $mode = offline ]; then echo "embed-server --server-config=standalone-full.xml --std-out=discard"; fi
  for s in "${scripts[@]}"; do echo "# --- $(basename "$s")"; cat "$s"; echo; done
  if [ $mode = offline ]; then echo "stop-embedded-server"; fi
} > "$work/all.cli"

connect=()
[ $mode = online ] && connect=(-c ${controller:+--controller=$controller})
echo "Configuring $JBOSS_HOME for '$env' with: $(for s in "${scripts[@]}"; do basename "$s"; done | tr '\n' ' ')"
"$JBOSS_HOME/bin/jboss-cli.sh" "${connect[@]}" --resolve-parameter-values --properties="$props" "${defines[@]}" --file="$work/all.cli"
# The heap is not the management model's: jvm.heap (ENV.properties) goes into bin/standalone.conf, replacing what an
# earlier run of this script put there. A running server keeps its heap until it is restarted.
heap=$(sed -n 's/^jvm.heap=//p' "$props")
if [ -n "$heap" ]; then
  conf="$JBOSS_HOME/bin/standalone.conf"
  sed -i '/# officina: jvm.heap$/d' "$conf"
  echo "JAVA_OPTS=\"\$JAVA_OPTS $heap\" # officina: jvm.heap" >> "$conf"
  if [ $mode = online ]; then echo "configure.sh: the heap ($heap) applies from the server's next start"; fi
fi
if [ $mode = online ]; then
  state=$("$JBOSS_HOME/bin/jboss-cli.sh" "${connect[@]}" --command=':read-attribute(name=server-state)' | sed -n 's/.*"result" => "\(.*\)".*/\1/p')
  if [ "$state" = reload-required ]; then "$JBOSS_HOME/bin/jboss-cli.sh" "${connect[@]}" --timeout=180000 --command=reload; fi
fi
