#!/usr/bin/env bash
# Extracts the executable jar and trains a class-data-sharing (CDS) archive for it, as the Spring Boot
# reference describes ("Efficient deployments", "Class Data Sharing"):
#   scripts/build-cds.sh [JAR [DIR]] [-- APP_ARGS...]
#     JAR  default target/enterprise-token-*.jar; DIR default target/application
# The training run starts the application until its context is refreshed (database, Flyway, engine
# schema check, model deployment) and exits before the web server and the job executor start: no job
# runs, no e-mail is sent. Give it the production profile and database (APP_ARGS, or the environment:
# SPRING_PROFILES_ACTIVE=postgres TOKENS_DB_URL=...), so that the archive holds the classes production
# loads. Then launch with
#   java -XX:SharedArchiveFile=DIR/application.jsa -jar DIR/enterprise-token-<version>.jar
# with DIR as the absolute path printed at the end: the JVM uses the archive only when the jar's path
# is the one of the training run (it warns "Unable to use shared archive" and starts without it).
# Rebuild the archive with every new jar or JDK: a stale archive is ignored with a warning.
# The training run prints [warning][cds] lines for classes CDS cannot store (old class-file versions,
# optional classes that fail verification): expected.
set -euo pipefail

jar=""
dir=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  if [ -z "$jar" ]; then jar=$1; elif [ -z "$dir" ]; then dir=$1; else
    echo "usage: scripts/build-cds.sh [JAR [DIR]] [-- APP_ARGS...]" >&2; exit 2
  fi
  shift
done
[ "${1:-}" = "--" ] && shift
if [ -z "$jar" ]; then
  jar=$(ls target/enterprise-token-*.jar 2>/dev/null | grep -v original | head -1 || true)
fi
[ -f "$jar" ] || { echo "no jar (build it with ./mvnw -DskipTests package, or name it)" >&2; exit 1; }
dir=${dir:-target/application}

java -Djarmode=tools -jar "$jar" extract --force --destination "$dir"
cd "$dir"
app="$PWD/$(basename "$jar")"
rm -f application.jsa application.jsa.part
# The JVM writes the archive when the application exits after the refresh (exit code 0). It writes
# one on a failed start too: that one is dropped.
if ! java -XX:ArchiveClassesAtExit=application.jsa.part -Dspring.context.exit=onRefresh -jar "$app" "$@" \
    || [ ! -s application.jsa.part ]; then
  rm -f application.jsa.part
  echo "the training run failed: no archive written" >&2
  exit 1
fi
mv application.jsa.part application.jsa
echo "CDS archive: $PWD/application.jsa ($(du -m application.jsa | cut -f1) MiB)"
echo "launch with: java -XX:SharedArchiveFile=$PWD/application.jsa -jar $app"
