#!/usr/bin/env bash
# CI check: the generated EMF code in git is exactly what the model produces.
# Runs releng/scripts/generate.sh and fails (exit 1) if that changed any tracked file or created
# any untracked file under bundles/org.clusterdesk.model*/ (i.e. someone edited model/*.ecore or
# model/*.genmodel without regenerating, or edited generated code without "@generated NOT").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-generated: $ROOT is not a git work tree" >&2
  exit 1
fi

# All model bundles (git pathspec: '*' also matches '/').
SCOPE=('bundles/org.clusterdesk.model*')
# What the generator writes, for the diff summary (a wildcard pathspec must match the whole path,
# hence the trailing /* for folders).
GENERATED=(
  'bundles/org.clusterdesk.model*/src-gen/*'
  'bundles/org.clusterdesk.model*/plugin.properties'
  'bundles/org.clusterdesk.model*/plugin.xml'
  'bundles/org.clusterdesk.model*/META-INF/MANIFEST.MF'
  'bundles/org.clusterdesk.model*/build.properties'
  'bundles/org.clusterdesk.model*/icons/*'
)

if ! "$ROOT/releng/scripts/generate.sh"; then
  echo "check-generated: FAILED: the code generator failed (see above)" >&2
  exit 1
fi

changes="$(git status --porcelain --untracked-files=all -- "${SCOPE[@]}")"
if [ -n "$changes" ]; then
  echo "check-generated: FAILED: regenerating from model/ changed the checked-in generated code:"
  echo "--- git status --porcelain"
  echo "$changes"
  echo "--- git diff --stat"
  git --no-pager diff --stat -- "${GENERATED[@]}"
  echo "--- git diff (first 200 lines)"
  git --no-pager diff -- "${SCOPE[@]}" | head -n 200 || true
  echo "check-generated: run releng/scripts/generate.sh and commit the result (hand edits need '@generated NOT')."
  exit 1
fi
echo "check-generated: OK: the generated code under bundles/org.clusterdesk.model*/ matches the model"
