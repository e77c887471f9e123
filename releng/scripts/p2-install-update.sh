#!/usr/bin/env bash
# ClusterDesk installed, updated, rolled back and uninstalled with the p2 director in a bare Eclipse platform host,
# as an admin scripts it. Run after ./mvnw verify (it needs the slim update site and the test host the build made):
#
#   1. copy the test host (releng/org.clusterdesk.testhost: a p2-managed Eclipse platform without ClusterDesk)
#   2. install org.clusterdesk.feature from the slim update-site zip (releng/org.clusterdesk.updatesite)
#   3. start the host headless: clusterdesk info on a sample; the classes must come from the installed version
#   4. publish a second update site with a higher version: site 1 republished with the qualifier <now>, above
#      today's (releng/scripts/RepublishSite.java: file names, manifests, feature.xml, p2 metadata and checksums)
#   5. update the host from it (uninstall + install of the feature in one director operation)
#   6. run again: the new version must be the one running
#   7. roll back with the director's -revert to the profile state of step 2: the old version runs again
#   8. uninstall: no ClusterDesk bundle is configured any more and the command line application is gone
#
# Every step prints itself and the script stops with a non-zero exit at the first step that fails.
# The director is Tycho's director goal (tycho-p2-director-plugin:director), which runs the p2 director
# application (org.eclipse.equinox.p2.director.app) with the same options as `eclipse -application
# org.eclipse.equinox.p2.director` — no p2 site or Eclipse download is needed, only the Maven wrapper.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOST_BUILT="$ROOT/releng/org.clusterdesk.testhost/target/products/org.clusterdesk.testhost/linux/gtk/x86_64"
SITE_ZIP="$ROOT/releng/org.clusterdesk.updatesite/target/org.clusterdesk.updatesite-1.0.0-SNAPSHOT.zip"
SAMPLE="$ROOT/samples/miit-2025.cluster"
FEATURE=org.clusterdesk.feature.feature.group
TYCHO_VERSION="$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' "$ROOT/pom.xml")"
W="${P2_TEST_DIR:-$(mktemp -d /tmp/clusterdesk-p2.XXXXXX)}"
STEP=0
START=$SECONDS

step() { STEP=$((STEP + 1)); echo; echo "p2-install-update: [$STEP/8] $*"; }
fail() { echo "p2-install-update: FAILED in step $STEP: $*" >&2; exit 1; }
trap 'rc=$?; [ $rc -eq 0 ] || echo "p2-install-update: FAILED in step $STEP (exit $rc); files in $W" >&2' EXIT
# the p2 director, run as an admin would run it: every option is printed before it runs
director() {
  echo "  director $*"
  (cd "$W" && "$ROOT/mvnw" -B -o --no-transfer-progress -q \
      "org.eclipse.tycho:tycho-p2-director-plugin:$TYCHO_VERSION:director" \
      -Ddestination="$W/host" -Dprofile=DefaultProfile "$@") || fail "the director failed ($*)"
}
# version of org.clusterdesk.cli configured in the host (bundles.info, written by p2's Eclipse touchpoint)
configured_version() {
  sed -n 's/^org\.clusterdesk\.cli,\([^,]*\),.*/\1/p' "$W/host/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
}
# runs `clusterdesk info` in the host headless and checks that the CLI's classes were loaded from the jar of $1
run_info() {
  local expected="$1" log="$W/classload-$STEP.txt"
  echo "  host/clusterdesk info $SAMPLE"
  CLUSTERDESK_VM_ARGS="-Xlog:class+load=info:file=$log" "$W/host/clusterdesk" info "$SAMPLE" > "$W/info-$STEP.txt" \
    || { cat "$W/info-$STEP.txt"; fail "clusterdesk info failed in the host"; }
  grep -q '^== ' "$W/info-$STEP.txt" || { cat "$W/info-$STEP.txt"; fail "clusterdesk info printed no report"; }
  head -n 3 "$W/info-$STEP.txt" | sed 's/^/  | /'
  local running
  running="$(sed -n 's:.*org\.clusterdesk\.internal\.cli\.ClusterDeskApplication source\: .*/plugins/org\.clusterdesk\.cli_\(.*\)\.jar$:\1:p' "$log" | head -n 1)"
  [ -n "$running" ] || fail "no ClusterDesk CLI class was loaded from the host's plugins/"
  echo "  running: org.clusterdesk.cli $running (configured: $(configured_version))"
  [ "$running" = "$expected" ] || fail "running org.clusterdesk.cli $running, expected $expected"
}

[ -d "$HOST_BUILT/plugins" ] || { echo "p2-install-update: no test host at $HOST_BUILT (run ./mvnw verify first)" >&2; exit 2; }
[ -f "$SITE_ZIP" ] || { echo "p2-install-update: no update site at $SITE_ZIP (run ./mvnw verify first)" >&2; exit 2; }
echo "p2-install-update: working in $W"

step "copy the bare platform test host"
rm -rf "$W/host"
cp -a "$HOST_BUILT" "$W/host"
cp "$SITE_ZIP" "$W/site-1.zip"
if ls "$W/host/plugins" | grep -q '^org\.clusterdesk\.'; then fail "the test host already contains ClusterDesk"; fi
V1="$(unzip -Z1 "$W/site-1.zip" | sed -n 's:^plugins/org\.clusterdesk\.cli_\(.*\)\.jar$:\1:p')"
[ -n "$V1" ] || fail "no org.clusterdesk.cli in $SITE_ZIP"
echo "  host: $(ls "$W/host/plugins" | wc -l) bundles, none of ClusterDesk; update site 1: $(du -h "$W/site-1.zip" | cut -f1), ClusterDesk $V1"

step "install $FEATURE from the update-site zip"
director -Drepositories="jar:file:$W/site-1.zip!/" -DinstallIUs="$FEATURE" -Dtag=clusterdesk-install
[ "$(configured_version)" = "$V1" ] || fail "bundles.info does not configure org.clusterdesk.cli $V1"
INSTALLED_STATE="$(ls "$W/host/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile" | sed -n 's/\.profile\.gz$//p' | sort -n | tail -n 1)"
echo "  installed; profile state $INSTALLED_STATE"

step "start the host headless: clusterdesk info"
run_info "$V1"

step "publish update site 2 with a higher version"
# as the next season's build publishes it: every ClusterDesk artifact of site 1 (bundles, features, root files) under a
# higher qualifier, in its file name, its MANIFEST.MF / feature.xml and the p2 metadata with recomputed checksums
# (releng/scripts/RepublishSite.java); the third-party bundles keep their versions. No second Maven build (was 155 s).
Q2="$(date -u +%Y%m%d%H%M%S)"
echo "  java releng/scripts/RepublishSite.java site-1.zip site-2.zip $V1 1.0.0.$Q2"
T0=$SECONDS
java "$ROOT/releng/scripts/RepublishSite.java" "$W/site-1.zip" "$W/site-2.zip" "$V1" "1.0.0.$Q2" \
  || fail "update site 2 could not be published"
V2="$(unzip -Z1 "$W/site-2.zip" | sed -n 's:^plugins/org\.clusterdesk\.cli_\(.*\)\.jar$:\1:p')"
echo "  update site 2: ClusterDesk $V2, published in $((SECONDS - T0)) s"
[ "$V2" = "1.0.0.$Q2" ] || fail "update site 2 carries org.clusterdesk.cli $V2, expected 1.0.0.$Q2"
[ "$(printf '%s\n%s\n' "$V1" "$V2" | sort | tail -n 1)" = "$V2" ] && [ "$V1" != "$V2" ] \
  || fail "$V2 is not above $V1"
[ "$(unzip -Z1 "$W/site-1.zip" | grep -c '^\(plugins\|features\)/org\.clusterdesk\.')" \
  = "$(unzip -Z1 "$W/site-2.zip" | grep -c "^\(plugins\|features\)/org\.clusterdesk\..*_$V2")" ] \
  || fail "update site 2 does not carry every ClusterDesk bundle and feature of site 1 at $V2"

step "update the host from update site 2"
director -Drepositories="jar:file:$W/site-2.zip!/" -DuninstallIUs="$FEATURE" -DinstallIUs="$FEATURE" -Dtag=clusterdesk-update
[ "$(configured_version)" = "$V2" ] || fail "after the update bundles.info configures org.clusterdesk.cli $(configured_version), expected $V2"

step "start the updated host headless: the new version runs"
run_info "$V2"

step "roll back with -revert to the state tagged clusterdesk-install ($INSTALLED_STATE): the old version runs again"
# the old artifacts come from update site 1 (keep the previous zip on the share until the next season)
director -Drepositories="jar:file:$W/site-1.zip!/" -Drevert=clusterdesk-install
[ "$(configured_version)" = "$V1" ] || fail "after the roll-back bundles.info configures org.clusterdesk.cli $(configured_version), expected $V1"
run_info "$V1"

step "uninstall $FEATURE"
director -DuninstallIUs="$FEATURE" -Dtag=clusterdesk-uninstall
if grep -q '^org\.clusterdesk\.' "$W/host/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
  fail "bundles.info still configures ClusterDesk bundles"
fi
[ ! -e "$W/host/clusterdesk" ] || fail "the clusterdesk launcher script is still in the host"
LAUNCHER="$(ls "$W/host"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
if java -Djava.awt.headless=true -jar "$LAUNCHER" -nosplash -data @noDefault -application org.clusterdesk.cli.app info "$SAMPLE" \
     > "$W/after-uninstall.txt" 2>&1; then
  cat "$W/after-uninstall.txt"; fail "the ClusterDesk application still runs after the uninstall"
fi
grep -q 'Application "org.clusterdesk.cli.app" could not be found' "$W"/host/configuration/*.log \
  || fail "the host did not report the application org.clusterdesk.cli.app as missing"
echo "  uninstalled: no ClusterDesk bundle configured, the application org.clusterdesk.cli.app is gone"

echo
echo "p2-install-update: OK (install $V1 -> update $V2 -> roll back $V1 -> uninstall) in $((SECONDS - START)) s"
