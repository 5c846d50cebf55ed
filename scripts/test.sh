#!/usr/bin/env bash
# Set up and run the whole test suite on a fresh machine:
#   1. system packages the browser and Virtuoso tests use (when run as root with apt-get);
#   2. .venv with the dev extras (scripts/setup.sh --dev);
#   3. lint, format and type checks (scripts/lint.sh): the run fails when they fail;
#   4. a throw-away Virtuoso server on loopback for the store-agnostic tests;
#   5. pytest (arguments are passed on, e.g. scripts/test.sh -k graph).
# Tests whose service or browser is missing skip with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
# unixODBC's driver manager (libodbc.so.2), which pyodbc links to: the Virtuoso store's fast write path
ldconfig -p 2>/dev/null | grep 'libodbc\.so\.2' >/dev/null || need+=(unixodbc)
if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # Virtuoso's postinst tries to start the service, which cannot work in a
    # container: a policy-rc.d that forbids service starts keeps it from trying
    # (removed again unless it was there before), and the binaries are checked below.
    policy=/usr/sbin/policy-rc.d
    own_policy=""
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && own_policy=1
    fi
    apt-get install -y -qq "${need[@]}" >/dev/null || echo "test: apt-get install reported errors" >&2
    [ -n "$own_policy" ] && rm -f "$policy"
    for tool in chromium chromedriver virtuoso-t isql-vt; do
        command -v "$tool" >/dev/null 2>&1 || echo "test: $tool is still missing; its tests will skip" >&2
    done
fi

bash scripts/setup.sh --dev
bash scripts/lint.sh

virtuoso_dir=""
if command -v virtuoso-t >/dev/null 2>&1 && [ -x scripts/virtuoso.sh ] && [ -z "${PHOIHOP_VIRTUOSO:-}" ]; then
    virtuoso_dir=$(mktemp -d)
    # Capture first: eval of an empty output would hide a failed start.
    if virtuoso_env=$(scripts/virtuoso.sh start "$virtuoso_dir"); then
        eval "$virtuoso_env"
        trap 'scripts/virtuoso.sh stop "$virtuoso_dir" >/dev/null 2>&1 || true; rm -rf "$virtuoso_dir"' EXIT
    else
        echo "test: Virtuoso did not start; its tests will skip" >&2
    fi
fi

# pytest's status is kept so that, when a run fails, the end of the throw-away server's log is shown before the EXIT
# trap deletes it: a server that died mid-run (every later Virtuoso test then fails with "Remote end closed
# connection") says why there, and nowhere else.
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -ne 0 ] && [ -n "$virtuoso_dir" ] && [ -f "$virtuoso_dir/virtuoso.log" ]; then
    if scripts/virtuoso.sh status "$virtuoso_dir" >/dev/null 2>&1; then
        echo "test: tests failed; the Virtuoso server still answers. The end of its log:" >&2
    else
        echo "test: tests failed and the Virtuoso server no longer answers. The end of its log:" >&2
    fi
    tail -n 40 "$virtuoso_dir/virtuoso.log" >&2
fi
exit "$status"
