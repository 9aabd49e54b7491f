#!/usr/bin/env bash
# Applies Officina's server configuration (the configure-*.cli scripts beside this file) to a WildFly.
#
#   configure.sh --offline JBOSS_HOME [--libraries DIR] [--set KEY=VALUE ...] ENV   a stopped server, through an embedded one
#   configure.sh --connect [HOST:PORT] [--libraries DIR] [--set KEY=VALUE ...] ENV  a running server
#
# ENV names ENV.properties beside this file (demo, test, production); --set overrides one of its values (db.url,
# db.user, ...). DIR holds postgresql.jar, ojdbc11.jar, eclipselink.jar and OR-Tools' jars (the build puts them in
# <module>/target/server-libraries). Every script is idempotent: applying it twice leaves the server as applying
# it once. Secrets are never in the properties files nor on a command line: the database password comes from
# OFFICINA_DB_PASSWORD where ENV.properties does not set db.password; when OFFICINA_ADMIN_PASSWORD is set, the user
# admin (or admin.user) is created or given that password, stored as a bcrypt hash, with the role admin.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mode= controller= libraries= env=
overrides=()
while [ $# -gt 0 ]; do
  case "$1" in
    --offline) mode=offline; JBOSS_HOME=$2; shift 2 ;;
    --connect) mode=online; if [ $# -gt 2 ] && [[ "$2" != --* ]]; then controller=$2; shift; fi; shift ;;
    --libraries) libraries=$2; shift 2 ;;
    --set) [[ "$2" == *=* ]] || { echo "configure.sh: --set takes KEY=VALUE, not $2" >&2; exit 2; }
           overrides+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) env=$1; shift ;;
  esac
done
[ -n "$mode" ] && [ -n "$env" ] || { sed -n '2,14p' "$0" >&2; exit 2; }
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly installation}"
props="$here/$env.properties"
[ -f "$props" ] || { echo "configure.sh: no $props (environments: $(cd "$here" && ls *.properties | sed 's/.properties//' | tr '\n' ' '))" >&2; exit 2; }
libraries=${libraries:-$here/../../ear/target/server-libraries}
for jar in postgresql.jar ojdbc11.jar eclipselink.jar ortools-java.jar ortools-linux-x86-64.jar protobuf-java.jar jna.jar; do
  [ -f "$libraries/$jar" ] || { echo "configure.sh: $libraries/$jar is missing (build first: ./mvnw -pl ear -am package)" >&2; exit 2; }
done

defines=(-Dofficina.libraries="$(cd "$libraries" && pwd)" -Dofficina.jboss.home="$(cd "$JBOSS_HOME" && pwd)")

# A secret as a properties file holds it for a quoted CLI value: \ and " escaped for the CLI, then \ for the file.
secret() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g' | sed 's/\\/\\\\/g'; }

# The properties the scripts read: the environment's, then the overrides, then the secrets, in a file of this run
# that only its owner may read (a -D would show the password to anyone listing processes).
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
{
  cat "$props"; echo
  for o in "${overrides[@]}"; do echo "$o"; done
  if ! grep -q '^db.password=' "$props"; then
    : "${OFFICINA_DB_PASSWORD:?the $env environment takes the database password from OFFICINA_DB_PASSWORD}"
    printf 'db.password=%s\n' "$(secret "$OFFICINA_DB_PASSWORD")"
  fi
  [ -z "${OFFICINA_ADMIN_PASSWORD:-}" ] || printf 'admin.password=%s\n' "$(secret "$OFFICINA_ADMIN_PASSWORD")"
} > "$work/env.properties"

connect=()
[ $mode = online ] && connect=(-c ${controller:+--controller=$controller})

# Officina's handler for the server's own endpoints, compiled against the server's Undertow into a module's jar.
command -v javac >/dev/null || { echo "configure.sh: needs a JDK (javac) to build server/OpenApiCors.java" >&2; exit 2; }
undertow=$(ls "$JBOSS_HOME"/modules/system/layers/base/io/undertow/core/main/undertow-core-*.jar | head -1)
mkdir -p "$work/server"
javac -nowarn --release 17 -cp "$undertow" -d "$work/server" "$here/server/OpenApiCors.java"
jar cf "$work/officina-server.jar" -C "$work/server" .
defines+=(-Dofficina.server.jar="$work/officina-server.jar")

# The credential store's key, and on the first run the encrypted password of the store to create (a random one).
printf 'store.password=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" >> "$work/env.properties"
{
  if [ $mode = offline ]; then echo "embed-server --server-config=standalone-full.xml --std-out=discard"; fi
  cat "$here/credentials-key.cli"
  if [ $mode = offline ]; then echo "stop-embedded-server"; fi
} > "$work/key.cli"
"$JBOSS_HOME/bin/jboss-cli.sh" "${connect[@]}" --resolve-parameter-values --output-json \
  --properties="$work/env.properties" --file="$work/key.cli" > "$work/key.out"
expression=$(sed -n 's/.*"expression" *: *"\${ENC::\([^}]*\)}".*/\1/p' "$work/key.out" | head -1)

scripts=("$here"/configure-*.cli)
# an environment family (demo, demo-postgresql) may add its own script: demo.cli
extra="$here/${env%%-*}.cli"
[ -f "$extra" ] && scripts+=("$extra")

{
  if [ $mode = offline ]; then echo "embed-server --server-config=standalone-full.xml --std-out=discard"; fi
  if [ -n "$expression" ]; then
    # the store, whose password only the key can decrypt ($$ keeps the expression for the server to resolve)
    echo "/subsystem=elytron/credential-store=officina-cs:add(path=officina-credentials.cs, relative-to=jboss.server.config.dir, credential-reference={clear-text=\"\$\${ENC::$expression}\"}, create=true)"
  fi
  for s in "${scripts[@]}"; do echo "# --- $(basename "$s")"; cat "$s"; echo; done
  if [ -n "${OFFICINA_ADMIN_PASSWORD:-}" ]; then
    # the first administrator, whose password is stored as a bcrypt hash
    admin=$(sed -n 's/^admin.user=//p' "$work/env.properties" | tail -1); admin=${admin:-admin}
    salt=$(od -An -tx1 -N16 /dev/urandom | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/\([0-9a-f][0-9a-f]\)/0x\1/g; s/ /,/g')
    echo "if (outcome != success) of /subsystem=elytron/filesystem-realm=OfficinaRealm:read-identity(identity=$admin)"
    echo "  /subsystem=elytron/filesystem-realm=OfficinaRealm:add-identity(identity=$admin)"
    echo "end-if"
    echo "/subsystem=elytron/filesystem-realm=OfficinaRealm:set-password(identity=$admin, bcrypt={password=\"\${admin.password}\", salt=bytes{$salt}, iteration-count=12})"
    echo "/subsystem=elytron/filesystem-realm=OfficinaRealm:add-identity-attribute(identity=$admin, name=Roles, value=[admin])"
  fi
  if [ $mode = offline ]; then echo "stop-embedded-server"; fi
} > "$work/all.cli"

echo "Configuring $JBOSS_HOME for '$env' with: $(for s in "${scripts[@]}"; do basename "$s"; done | tr '\n' ' ')"
"$JBOSS_HOME/bin/jboss-cli.sh" "${connect[@]}" --resolve-parameter-values --properties="$work/env.properties" "${defines[@]}" --file="$work/all.cli"
# The heap is not the management model's: jvm.heap (ENV.properties) goes into bin/standalone.conf, replacing what an
# earlier run of this script put there. A running server keeps its heap until it is restarted.
heap=$(sed -n 's/^jvm.heap=//p' "$work/env.properties" | tail -1)
if [ -n "$heap" ]; then
  conf="$JBOSS_HOME/bin/standalone.conf"
  sed -i '/# officina: jvm.heap$/d' "$conf"
  echo "JAVA_OPTS=\"\$JAVA_OPTS $heap\" # officina: jvm.heap" >> "$conf"
  if [ $mode = online ]; then echo "configure.sh: the heap ($heap) applies from the server's next start"; fi
fi
if [ $mode = offline ]; then
  chmod 600 "$JBOSS_HOME/standalone/configuration/officina.key" "$JBOSS_HOME/standalone/configuration/officina-credentials.cs"
fi
if [ $mode = online ]; then
  state=$("$JBOSS_HOME/bin/jboss-cli.sh" "${connect[@]}" --command=':read-attribute(name=server-state)' | sed -n 's/.*"result" => "\(.*\)".*/\1/p')
  if [ "$state" = reload-required ]; then "$JBOSS_HOME/bin/jboss-cli.sh" "${connect[@]}" --timeout=180000 --command=reload; fi
fi
