# Shared helpers for the network scripts. Sourced, never run.
# shellcheck shell=bash

NETWORK_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=fabric.env
. "$NETWORK_DIR/fabric.env"

# Built binaries live outside the checkout, keyed by the Fabric commit, so every clone (CI's included) reuses one build.
ZK_CACHE_DIR=${ZK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/zhengku}
# FABRIC_HOME may point at binaries built elsewhere (bin/ and ccaas/bin/ as below); then nothing is built.
FABRIC_HOME_GIVEN=$([ -n "${FABRIC_HOME:-}" ] && echo yes || echo no)
FABRIC_HOME=${FABRIC_HOME:-$ZK_CACHE_DIR/fabric-$FABRIC_COMMIT}
FABRIC_BIN=$FABRIC_HOME/bin
FABRIC_CCAAS_BIN=$FABRIC_HOME/ccaas/bin
FABRIC_TOOLS=(peer orderer configtxgen osnadmin cryptogen)
CCAAS_TOOLS=(detect build release)

fabric_complete() {
  local tool
  for tool in "${FABRIC_TOOLS[@]}"; do [ -x "$FABRIC_BIN/$tool" ] || return 1; done
  for tool in "${CCAAS_TOOLS[@]}"; do [ -x "$FABRIC_CCAAS_BIN/$tool" ] || return 1; done
}

say()  { printf '[network] %s\n' "$*"; }
fail() { printf '[network] error: %s\n' "$1" >&2; shift; for line in "$@"; do printf '[network]   %s\n' "$line" >&2; done; exit 1; }

# version_at_least 1.26.8 1.26.4 -> true
version_at_least() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}
