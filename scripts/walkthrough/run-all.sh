#!/usr/bin/env bash
# Runs every walkthrough against the packaged app (.ci/run): starts target/enterprise-token-*.jar in
# the demo profile on free ports with a fresh data directory, runs each script, stops the app.
# Fails on the first unexpected answer. Build the jar first (./mvnw -DskipTests package).
# Usage: scripts/walkthrough/run-all.sh [script.sh ...]   (default: every walkthrough)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/walkthrough

jar=$(ls target/enterprise-token-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
[[ -n "$jar" ]] || { echo "No target/enterprise-token-*.jar: run ./mvnw -DskipTests package first" >&2; exit 2; }

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

work=$(mktemp -d "${TMPDIR:-/tmp}/token-walkthrough.XXXXXX")
# Its own copy of the jar, so a build running beside it (.ci/run) cannot replace it underneath.
cp "$jar" "$work/app.jar"; jar="$work/app.jar"
http_port=$(free_port); smtp_port=$(free_port)
echo "== Starting $jar (demo profile) on port $http_port, data in $work"
java -jar "$jar" --spring.profiles.active=demo --server.port="$http_port" \
  --spring.mail.port="$smtp_port" \
  "--spring.datasource.url=jdbc:h2:file:$work/data/token-empresarial;DB_CLOSE_ON_EXIT=FALSE" \
  --enterprise-token.demo.mail-folder="$work/demo-mail" >"$work/app.log" 2>&1 &
app=$!
stop() {
  kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  echo "== App stopped; its log: $work/app.log"
}
trap stop EXIT

for _ in $(seq 1 180); do
  curl -s -f -o /dev/null "http://127.0.0.1:$http_port/actuator/health/readiness" && break
  kill -0 "$app" 2>/dev/null || { tail -50 "$work/app.log"; echo "The app did not start" >&2; exit 1; }
  sleep 1
done
curl -s -f -o /dev/null "http://127.0.0.1:$http_port/actuator/health/readiness" \
  || { tail -50 "$work/app.log"; echo "The app was not healthy within 180 s" >&2; exit 1; }

scripts=("$@")
[[ ${#scripts[@]} -gt 0 ]] || scripts=(before-expiry.sh registration.sh after-expiry.sh)
for script in "${scripts[@]}"; do
  echo; echo "######## $script"
  BASE_URL="http://127.0.0.1:$http_port" bash "$here/$(basename "$script")"
done
echo; echo "== Every walkthrough passed (${scripts[*]})"
