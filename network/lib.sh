# Shared settings and helpers of the network scripts. Sourced, never run.
# shellcheck shell=bash disable=SC2034 # the variables are for the scripts that source this file

NETWORK_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ZK_TAG=network
# RUN_DIR, STATE_DIR, ZK_CACHE_DIR and the process helpers (start_service, service_pid, port_busy, ...).
# shellcheck source=../local/lib.sh
. "$NETWORK_DIR/../local/lib.sh"
# shellcheck source=fabric.env
. "$NETWORK_DIR/fabric.env"

# Where the binaries come from (network/build-fabric writes it): FABRIC_HOME, FABRIC_BIN, FABRIC_CONFIG, FABRIC_VERSION.
FABRIC_SELECTION=$ZK_CACHE_DIR/fabric-selected.env
FABRIC_TOOLS=(peer orderer configtxgen cryptogen)

# The network's one run folder: crypto material, channel artefacts, each process's data, log and pid file.
# Outside the checkout, like the databases, since it holds private keys.
NET_DIR=${ZK_NETWORK_DIR:-$STATE_DIR/network}
CRYPTO_DIR=$NET_DIR/crypto
ARTEFACTS_DIR=$NET_DIR/artefacts
NET_LOG_DIR=$NET_DIR/logs

CHANNEL=yangtze-delta
CHAINCODE=zhengku
DOMAIN=zhengku.local
ORDERER_ORG=Orderer
ORDERER_MSP=OrdererMSP
ORDERERS=(orderer1 orderer2 orderer3)

# One Fabric org per region; Jiangsu and Anhui join by naming them, e.g. ZK_REGIONS="shanghai zhejiang jiangsu".
ZK_REGIONS=${ZK_REGIONS:-shanghai zhejiang}
read -ra REGIONS <<<"$ZK_REGIONS"
ALL_REGIONS=(shanghai zhejiang jiangsu anhui)

# Ports from the design's table: orderers listen on 7050/8050/9050 (admin 7053/8053/9053), peers on
# 7051/9051/11051/13051 (chaincode listener one up), chaincode servers from 9999, operations from 9443.
orderer_port()       { echo $((7050 + 1000 * ($(orderer_index "$1")))); }
orderer_admin_port() { echo $(($(orderer_port "$1") + 3)); }
orderer_ops_port()   { echo $((9443 + $(orderer_index "$1"))); }
peer_port()          { echo $((7051 + 2000 * $(region_index "$1"))); }
peer_ops_port()      { echo $((9446 + $(region_index "$1"))); }
chaincode_port()     { echo $((9999 + $(region_index "$1"))); }

orderer_index() { # orderer -> 0, 1, 2
  local i
  for i in "${!ORDERERS[@]}"; do [ "${ORDERERS[$i]}" = "$1" ] && { echo "$i"; return; }; done
  fail "unknown orderer '$1'." "Orderers: ${ORDERERS[*]}"
}
region_index() { # region -> its place in the design's port table
  local i
  for i in "${!ALL_REGIONS[@]}"; do [ "${ALL_REGIONS[$i]}" = "$1" ] && { echo "$i"; return; }; done
  fail "unknown region '$1'." "Regions: ${ALL_REGIONS[*]}"
}
region_org() { local r=$1; echo "${r^}"; }       # shanghai -> Shanghai
region_msp() { echo "$(region_org "$1")MSP"; }   # shanghai -> ShanghaiMSP
region_domain() { echo "$1.$DOMAIN"; }
orderer_host() { echo "$1.orderer.$DOMAIN"; }
peer_host() { echo "peer0.$(region_domain "$1")"; }

# Crypto material as cryptogen lays it out.
orderer_org_dir() { echo "$CRYPTO_DIR/ordererOrganizations/orderer.$DOMAIN"; }
orderer_node_dir() { echo "$(orderer_org_dir)/orderers/$(orderer_host "$1")"; }
orderer_tls_ca() { echo "$(orderer_org_dir)/tlsca/tlsca.orderer.$DOMAIN-cert.pem"; }
orderer_admin_dir() { echo "$(orderer_org_dir)/users/Admin@orderer.$DOMAIN"; }
region_org_dir() { echo "$CRYPTO_DIR/peerOrganizations/$(region_domain "$1")"; }
peer_node_dir() { echo "$(region_org_dir "$1")/peers/$(peer_host "$1")"; }
region_tls_ca() { echo "$(region_org_dir "$1")/tlsca/tlsca.$(region_domain "$1")-cert.pem"; }
region_admin_dir() { echo "$(region_org_dir "$1")/users/Admin@$(region_domain "$1")"; }

# Each process: a folder for its data, a log and a pid file under the run folder.
proc_dir() { echo "$NET_DIR/$1"; }            # orderer1, peer-shanghai, chaincode-shanghai
proc_log() { echo "$NET_LOG_DIR/$1.log"; }
proc_pid_file() { echo "$NET_DIR/$1/pid"; }

# Loads the binaries network/build-fabric chose; fails with what to run when it has not run yet.
load_fabric() {
  [ -f "$FABRIC_SELECTION" ] ||
    fail "Fabric has not been built or chosen yet." "Run network/build-fabric first (./zk up does)."
  # shellcheck source=/dev/null
  . "$FABRIC_SELECTION"
  local tool
  for tool in "${FABRIC_TOOLS[@]}"; do
    [ -x "$FABRIC_BIN/$tool" ] || fail "$FABRIC_BIN/$tool is missing." "Run network/build-fabric again."
  done
}

# The bootstrap a Fabric version needs: 2.1 and 2.2 start the orderers from a system channel's genesis block;
# 2.3 and later join channels through the orderers' channel participation API (3.x has no system channel).
bootstrap_mode() { # version
  if version_at_least "$1" 2.3; then echo participation; else echo system-channel; fi
}

# version_at_least 1.26.8 1.26.4 -> true
version_at_least() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

# The pid of process NAME (orderer1, peer-shanghai, chaincode-shanghai) while it runs its program.
proc_pid() { # name
  service_pid "$(proc_pid_file "$1")" "$(proc_program "$1")"
}
proc_program() { # name -> what its command line contains
  case $1 in
    orderer*) echo "$FABRIC_BIN/orderer" ;;
    peer-*) echo "$FABRIC_BIN/peer node start" ;;
    chaincode-*) echo "zhengku-chaincode.jar" ;;
  esac
}

# A channel's metric from a process's Prometheus endpoint, e.g. metric 9443 ledger_blockchain_height yangtze-delta.
metric() { # ops-port name channel
  # awk reads to the end (no early exit), so curl never meets a closed pipe; nothing printed when it cannot connect.
  { curl -s -m 2 "http://127.0.0.1:$1/metrics" 2>/dev/null || true; } |
    awk -v name="$2" -v channel="channel=\"$3\"" '!found && $1 ~ "^" name "{" && index($1, channel) { printf "%d", $2; found = 1 }'
}
