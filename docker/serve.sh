#!/bin/sh
# The container's command: `whatcauses serve`, configured by environment variables (defaults in
# the Dockerfile). The request and connection limits are read by `whatcauses serve` itself from
# WHATCAUSES_HTTP_* and WHATCAUSES_SERVE_* (see `whatcauses serve --help`). Arguments given to
# `docker run IMAGE ...` are added at the end.
set -eu

access_log="--access-log"
case "${WHATCAUSES_ACCESS_LOG:-true}" in
    0 | false | no | off) access_log="--no-access-log" ;;
esac

exec whatcauses serve \
    --host "${WHATCAUSES_HOST:-0.0.0.0}" \
    --port "${WHATCAUSES_PORT:-8000}" \
    --workers "${WHATCAUSES_WORKERS:-2}" \
    --log-level "${WHATCAUSES_LOG_LEVEL:-info}" \
    "$access_log" \
    "$@"
