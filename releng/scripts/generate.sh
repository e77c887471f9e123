#!/usr/bin/env bash
# Regenerates the EMF code of ClusterDesk from model/clusterdesk.ecore + model/clusterdesk.genmodel:
#   bundles/org.clusterdesk.model/       (src-gen/, plugin.properties; MANIFEST.MF, plugin.xml, build.properties)
#   bundles/org.clusterdesk.model.edit/  (the same, plus icons/)
# Run it after every change of the .ecore or .genmodel, from any directory:
#   releng/scripts/generate.sh                      # generate
#   releng/scripts/generate.sh -v                   # ... and print every file examined
#   releng/scripts/generate.sh --update-genmodel    # ... and write new Gen* elements back into the genmodel
# Hand edits survive: methods marked "@generated NOT", extra keys or changed values in plugin.properties,
# extra entries in plugin.xml / MANIFEST.MF. Everything else under src-gen/ is overwritten, and .java
# files there that the model no longer produces (removed/renamed classes) are deleted.
# The generator is releng/org.clusterdesk.codegen (plain Maven, Maven Central jars only, no Eclipse needed).
set -euo pipefail

case "${1:-}" in
  -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

if [ ! -x ./mvnw ]; then
  echo "generate.sh: $ROOT/mvnw (the Maven wrapper) is missing" >&2
  exit 1
fi

# EMF reads and writes .java, plugin.xml and MANIFEST.MF in the JVM's default charset: make it UTF-8
# whatever the locale (Java 17 takes it from LANG/LC_ALL; CI has none). The generator checks it.
export MAVEN_OPTS="-Dfile.encoding=UTF-8${MAVEN_OPTS:+ $MAVEN_OPTS}"

# -q: only the generator's own output; -B: no download progress bars on a cold ~/.m2.
exec ./mvnw -q -B -f releng/org.clusterdesk.codegen/pom.xml compile exec:java \
  "-Dclusterdesk.codegen.flags=$*"
