#!/usr/bin/env bash
# Lints the gateway's OpenAPI document with Redocly CLI (its recommended rules, see redocly.yaml); needs Node.js 20.19+
# and npm. The document is the one the gateway serves: by default as OpenApiDocumentTest (in ./mvnw verify) leaves it in
# api-gateway/target/openapi.json, or fetched from a running gateway:
#   ./mvnw -pl api-gateway -am test -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false
#   api-gateway/lint-openapi.sh
#   api-gateway/lint-openapi.sh http://localhost:8080/v3/api-docs
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
redocly_version=2.77.0
doc=${1:-$here/target/openapi.json}
if [[ $doc == http://* || $doc == https://* ]]; then
  mkdir -p "$here/target"
  curl -fsS "$doc" -o "$here/target/openapi-served.json"
  doc=$here/target/openapi-served.json
fi
[ -f "$doc" ] || { echo "no document at $doc: run OpenApiDocumentTest first, or give a gateway's /v3/api-docs URL" >&2; exit 2; }
exec npx --yes "@redocly/cli@$redocly_version" lint --config "$here/redocly.yaml" "$doc"
