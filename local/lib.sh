# Shared helpers for the local service scripts and ./zk. Sourced, never run.
# shellcheck shell=bash disable=SC2034 # the variables are for the scripts that source this file

ZK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
RUN_DIR=${ZK_RUN_DIR:-$ZK_ROOT/run}
LOG_DIR=$RUN_DIR/logs
ZK_CACHE_DIR=${ZK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/zhengku}

# Databases, objects and secrets live outside the checkout, one folder per clone (keyed by its absolute path):
# PostgreSQL must run as the `postgres` user when we are root, and that user cannot enter a clone under /root
# (mode 700). /var/tmp survives reboots, unlike /tmp. ZK_STATE_DIR puts it elsewhere.
STATE_PARENT=/var/tmp/zhengku
STATE_DIR=${ZK_STATE_DIR:-$STATE_PARENT/$(printf '%s' "$ZK_ROOT" | sha256sum | cut -c1-12)}

ZK_TAG=${ZK_TAG:-local}
say()  { printf '[%s] %s\n' "$ZK_TAG" "$*" >&2; }
fail() { # what-was-wrong what-to-do...  (a multi-line argument, such as a log's tail, gives several lines)
  printf '[%s] error: %s\n' "$ZK_TAG" "$1" >&2; shift
  [ $# -eq 0 ] || printf '%s\n' "$@" | while IFS= read -r line; do printf '[%s]   %s\n' "$ZK_TAG" "$line" >&2; done
  exit 1
}

# The state folder is 711: the postgres user may pass through to its data folder but not list it; every secret
# inside is a 600 file. The shared parent is sticky and world-writable like /var/tmp itself, so each user's
# clones get their own folders and nobody can replace another's.
ensure_state_dir() {
  if [ -z "${ZK_STATE_DIR:-}" ] && [ ! -d "$STATE_PARENT" ]; then
    mkdir -p "$STATE_PARENT" && chmod 1777 "$STATE_PARENT" 2>/dev/null || true
  fi
  [ -d "$STATE_DIR" ] || mkdir -p "$STATE_DIR" ||
    fail "cannot create the state folder $STATE_DIR." "Set ZK_STATE_DIR to a folder you may write."
  [ -O "$STATE_DIR" ] && [ ! -L "$STATE_DIR" ] ||
    fail "the state folder $STATE_DIR belongs to another user (or is a link)." \
         "Remove it, or set ZK_STATE_DIR to a folder of your own."
  chmod 711 "$STATE_DIR"
}

random_hex() { # characters
  od -An -N$(($1 / 2)) -tx1 /dev/urandom | tr -d ' \n'
}

# Creates FILE holding CHARS random hex characters, once; mode 600 either way.
ensure_secret() { # file chars
  if [ ! -s "$1" ]; then
    (umask 077 && random_hex "$2" >"$1.tmp" && mv -f "$1.tmp" "$1")
  fi
  chmod 600 "$1"
}

port_busy() { # port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Names the process listening on PORT when ss can tell (it can for our own processes, or for any as root).
port_holder() { # port
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/ (held by \1, pid \2)/p' | head -n1
}

# True when PID is alive and its command line contains PATTERN (a recycled PID runs something else).
pid_runs() { # pid pattern
  [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}

# Prints the PID recorded in PIDFILE if that process still runs PATTERN; removes a stale PIDFILE.
service_pid() { # pidfile pattern
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  if pid_runs "$pid" "$2"; then echo "$pid"; else rm -f "$1"; return 1; fi
}

# Starts CMD detached (no terminal, no hang-up), output appended to LOG, its PID in PIDFILE.
start_service() { # pidfile log cmd...
  local pidfile=$1 log=$2; shift 2
  mkdir -p "$(dirname "$log")"
  printf '\n=== %s started: %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')" "$*" >>"$log"
  nohup "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

# Sends TERM, waits up to TIMEOUT seconds, then KILL.
stop_service() { # name pidfile pattern timeout
  local pid waited=0
  if ! pid=$(service_pid "$2" "$3"); then say "$1 is not running"; return 0; fi
  say "stopping $1 (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while pid_runs "$pid" "$3"; do
    if [ "$waited" -ge $(($4 * 10)) ]; then
      say "$1 did not stop within $4 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  rm -f "$2"
}

# Waits up to TIMEOUT seconds for CHECK to succeed while PID lives; 1 on timeout, 2 if the process died.
wait_for() { # timeout pid pattern check...
  local deadline=$((SECONDS + $1)) pid=$2 pattern=$3; shift 3
  until "$@"; do
    pid_runs "$pid" "$pattern" || return 2
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# True when URL answers HTTP at all (any status); without curl, when its port accepts connections.
http_answers() { # url
  local code hostport
  if ! command -v curl >/dev/null 2>&1; then
    hostport=${1#*://}; hostport=${hostport%%/*}
    port_busy "${hostport##*:}"; return
  fi
  code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$1" 2>/dev/null) || true
  [ -n "$code" ] && [ "$code" != 000 ]
}
