#!/usr/bin/env bash
# Start or stop a throw-away local Virtuoso Open Source server in a folder,
# for tests, benchmarks and CI. Nothing is installed or configured system-wide:
# the database, its log and its virtuoso.ini all live in DIR.
#
#   scripts/virtuoso.sh start DIR   # writes DIR/virtuoso.ini, starts, waits until SPARQL answers
#   scripts/virtuoso.sh stop DIR    # checkpoints and stops the server started in DIR
#   scripts/virtuoso.sh status DIR  # exit 0 when the server in DIR answers
#
# `start` prints the ports (stderr) and the lines to eval (stdout), also kept in DIR/env:
#   export PHOIHOP_VIRTUOSO=virtuoso+http://127.0.0.1:8890
#   export PHOIHOP_VIRTUOSO_SQL_PORT=1111
#   export PHOIHOP_STORE_USER=dba PHOIHOP_STORE_PASSWORD=<random, set at start>
# DIR/env is mode 0600; no password ever appears on a command line.
# PHOIHOP_VIRTUOSO_SQL_PORT turns on the store's fast write path (batches through the
# SQL port with pyodbc, unixODBC and Virtuoso's ODBC driver, Debian libvirtodbc0: graph/store/virtuoso_bulk.py);
# without it the store writes one HTTP PUT per article, about 10x slower.
# Ports: VIRTUOSO_HTTP_PORT / VIRTUOSO_SQL_PORT if set, else the first free ones
# from 8890 / 1111 upwards. Both are bound to 127.0.0.1 only.
# Needs the Debian package virtuoso-opensource (virtuoso-t and isql-vt on PATH).
set -euo pipefail

usage() { echo "usage: $0 start|stop|status DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2

VIRTUOSO_BIN=${VIRTUOSO_BIN:-$(command -v virtuoso-t || true)}
ISQL_BIN=${ISQL_BIN:-$(command -v isql-vt || command -v isql || true)}
VSP_DIR=/var/lib/virtuoso-opensource-7/vsp

# True when nothing listens on 127.0.0.1:$1 (bash's /dev/tcp: no extra tools needed).
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

first_free_port() {
    local port=$1
    while ! port_free "$port"; do port=$((port + 1)); done
    echo "$port"
}

# True when the SPARQL endpoint answers a trivial query.
sparql_ready() {
    local http_port=$1
    if command -v curl >/dev/null; then
        curl -fsS -o /dev/null --max-time 5 \
            "http://127.0.0.1:${http_port}/sparql?query=ASK%7B%7D&format=text%2Fplain" 2>/dev/null
    else
        # No curl on the machine: a raw HTTP request through bash, in a subshell so that
        # the descriptor and the silenced stderr do not outlive it.
        (
            exec 3<>"/dev/tcp/127.0.0.1/${http_port}" || exit 1
            printf 'GET /sparql?query=ASK%%7B%%7D HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
            head -1 <&3
        ) 2>/dev/null | grep -q ' 200 '
    fi
}

write_ini() {
    local dir=$1 http_port=$2 sql_port=$3
    cat > "$dir/virtuoso.ini" <<EOF
; Written by scripts/virtuoso.sh: a local, throw-away server for phoihop's tests.
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/virtuoso-temp.db
TransactionFile    = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:$sql_port
DisableUnixSocket        = 1
MaxClientConnections     = 20
CheckpointInterval       = 60
CaseMode                 = 2
; the bulk loader (ld_dir) may read files from these folders only
DirsAllowed              = ., $dir, /tmp
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 10
; about 1 GB of page buffers: enough for the benchmarks' 100k-article graphs
NumberOfBuffers          = 85000
MaxDirtyBuffers          = 65000
MaxQueryMem              = 1G

[HTTPServer]
ServerPort                  = 127.0.0.1:$http_port
ServerRoot                  = $VSP_DIR
MaxClientConnections        = 20
ServerThreads               = 20
DavRoot                     = DAV
EnabledDavVSP               = 0
KeepAliveTimeout            = 10
MaxKeepAlives               = 20
Charset                     = UTF-8
EnabledGzipContent          = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000

[SPARQL]
; the default (10,000) silently truncates SELECT results: raise it far past any phoihop query
ResultSetMaxRows           = 10000000
MaxSortedTopRows           = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 0
MaxConstructTriples        = 10000000
EOF
}

start() {
    [ -n "$VIRTUOSO_BIN" ] || { echo "virtuoso.sh: virtuoso-t not found (apt-get install -y virtuoso-opensource)" >&2; exit 1; }
    [ -n "$ISQL_BIN" ] || { echo "virtuoso.sh: isql-vt not found (apt-get install -y virtuoso-opensource)" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ -f "$dir/env" ] && status >/dev/null 2>&1; then
        echo "virtuoso.sh: already running in $dir" >&2
        cat "$dir/env"
        return 0
    fi
    local http_port=${VIRTUOSO_HTTP_PORT:-$(first_free_port 8890)}
    local sql_port=${VIRTUOSO_SQL_PORT:-$(first_free_port 1111)}
    [ "$http_port" != "$sql_port" ] || sql_port=$(first_free_port $((sql_port + 1)))
    write_ini "$dir" "$http_port" "$sql_port"
    # +wait: the command returns once the server is up (or has failed to start).
    (cd "$dir" && "$VIRTUOSO_BIN" +configfile "$dir/virtuoso.ini" +wait) >"$dir/start.out" 2>&1 || {
        echo "virtuoso.sh: virtuoso-t failed to start; see $dir/virtuoso.log" >&2
        tail -20 "$dir/virtuoso.log" >&2 || true
        exit 1
    }
    local tries=0
    until sparql_ready "$http_port"; do
        tries=$((tries + 1))
        if [ $tries -gt 120 ]; then
            echo "virtuoso.sh: SPARQL endpoint on port $http_port did not answer within 60 s; see $dir/virtuoso.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    # A new database's dba password is "dba", known to every user of the machine, who could
    # then write into the store through the loopback ports: replace it with a random one.
    # The SQL goes through isql's standard input, never its command line (which `ps` shows);
    # only the public default password appears there. The SPARQL_UPDATE role lets the
    # authenticated endpoints (/sparql-auth, /sparql-graph-crud-auth) write; a new database
    # already grants it to dba, this keeps it explicit. isql-vt exits 0 even on SQL errors.
    local out password
    password=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    out=$(printf "GRANT SPARQL_UPDATE TO dba;\nUSER_SET_PASSWORD('dba', '%s');\n" "$password" \
          | "$ISQL_BIN" "127.0.0.1:$sql_port" dba dba 2>&1 || true)
    if printf '%s' "$out" | grep '\*\*\* Error' | grep -qv 'already have role'; then
        echo "virtuoso.sh: error: could not set the dba password: $out" >&2
        exit 1
    fi
    # The store's fast write path names Virtuoso's ODBC driver by path (through pyodbc and unixODBC).
    local driver found=""
    for driver in /usr/lib/*/odbc/virtodbc_r.so /usr/lib/odbc/virtodbc_r.so /usr/lib64/odbc/virtodbc_r.so \
            "${PHOIHOP_VIRTUOSO_ODBC_DRIVER:-}"; do
        [ -n "$driver" ] && [ -f "$driver" ] && found=1
    done
    if [ -z "$found" ]; then
        echo "virtuoso.sh: warning: virtodbc_r.so not found (apt-get install -y libvirtodbc0): the store" \
             "will write one HTTP PUT per article instead of batches through the SQL port" >&2
    fi
    # Lines for `eval "$(scripts/virtuoso.sh start DIR)"`, kept in DIR/env for `start` again:
    # readable by this user only, like the database files beside it.
    rm -f "$dir/env"
    (umask 077; printf '%s\n' "export PHOIHOP_VIRTUOSO=virtuoso+http://127.0.0.1:$http_port" \
        "export PHOIHOP_VIRTUOSO_SQL_PORT=$sql_port" "export PHOIHOP_STORE_USER=dba" \
        "export PHOIHOP_STORE_PASSWORD=$password" > "$dir/env")
    echo "virtuoso.sh: Virtuoso ready in $dir: HTTP (SPARQL) port $http_port, SQL (isql) port $sql_port" >&2
    cat "$dir/env"
}

sql_port_of() { sed -n 's/^ServerPort *= *127\.0\.0\.1:\([0-9]*\)$/\1/p' "$1/virtuoso.ini" | head -1; }
http_port_of() { sed -n 's/^ServerPort *= *127\.0\.0\.1:\([0-9]*\)$/\1/p' "$1/virtuoso.ini" | tail -1; }

status() {
    [ -f "$dir/virtuoso.ini" ] || return 1
    sparql_ready "$(http_port_of "$dir")"
}

stop() {
    [ -f "$dir/virtuoso.ini" ] || { echo "virtuoso.sh: no virtuoso.ini in $dir: nothing to stop" >&2; return 0; }
    dir=$(cd "$dir" && pwd)
    local sql_port pid
    sql_port=$(sql_port_of "$dir")
    # SIGTERM to the server whose lock file is in DIR: Virtuoso shuts down and replays its
    # transaction log at the next start, so nothing is lost, and no password goes on a
    # command line (a SQL `shutdown` through isql-vt would need it there).
    pid=$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck" 2>/dev/null | head -1)
    if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; fi
    for _ in $(seq 1 60); do
        [ -f "$dir/virtuoso.lck" ] || break
        sleep 0.5
    done
    if [ -f "$dir/virtuoso.lck" ]; then
        pid=$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck" 2>/dev/null | head -1)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" || true
            sleep 2
            kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
        fi
        rm -f "$dir/virtuoso.lck"
    fi
    echo "virtuoso.sh: stopped the server in $dir" >&2
}

case $action in
    start) start ;;
    stop) stop ;;
    status) status && echo "running" || { echo "not running"; exit 1; } ;;
    *) usage ;;
esac
