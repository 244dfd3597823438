# The zhengku contract as a chaincode service: one package per region (it holds only the address of that
# region's chaincode server), installed on the region's peer, approved by every region's admin, committed
# with the policy OutOf(2, every region's peer). Sourced by network/up, never run.
# shellcheck shell=bash

CHAINCODE_VERSION=1.0
CHAINCODE_SEQUENCE=1
CONTRACT_JAR=${ZK_CONTRACT_JAR:-$ZK_ROOT/chaincode/target/zhengku-chaincode.jar}
# The contract the chaincode servers run: a copy, so that rebuilding the checkout (mvn clean) cannot pull
# the jar from under a running server.
RUNNING_JAR=$NET_DIR/contract/zhengku-chaincode.jar

chaincode_policy() {
  local peers region
  for region in "${REGIONS[@]}"; do peers+="${peers:+,}'$(region_msp "$region").peer'"; done
  echo "OutOf(2,$peers)"
}

# A reproducible package (same bytes, so the same package id, on every run): metadata.json says "ccaas",
# code.tar.gz holds connection.json with the region's chaincode server address.
package_chaincode() { # region -> path of the package
  local region=$1 dir=$NET_DIR/chaincode-$1/package
  mkdir -p "$dir"
  printf '{"address":"127.0.0.1:%s","dial_timeout":"10s","tls_required":false}\n' "$(chaincode_port "$region")" >"$dir/connection.json"
  printf '{"type":"ccaas","label":"%s"}\n' "$CHAINCODE" >"$dir/metadata.json"
  reproducible_tgz "$dir/code.tar.gz" "$dir" connection.json
  reproducible_tgz "$dir/$CHAINCODE-$region.tar.gz" "$dir" code.tar.gz metadata.json
  echo "$dir/$CHAINCODE-$region.tar.gz"
}
reproducible_tgz() { # out dir file...
  local out=$1 dir=$2; shift 2
  tar -C "$dir" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - "$@" | gzip -n >"$out"
}

installed_package_id() { # region -> the id of our package on its peer, if installed
  as_admin "$1" lifecycle chaincode queryinstalled 2>/dev/null |
    sed -n "s/^Package ID: \($CHAINCODE:[0-9a-f]*\), Label: $CHAINCODE\$/\1/p" | grep -Fx "$CHAINCODE:$2" || true
}

deploy_chaincode() {
  local region package id policy
  [ -f "$CONTRACT_JAR" ] || fail "the contract $CONTRACT_JAR is not built." \
    "Build it: mvn -B -q -pl chaincode -am install -DskipTests (./zk up and ./zk test do), then run network/up again."
  refresh_contract
  policy=$(chaincode_policy)
  for region in "${REGIONS[@]}"; do
    package=$(package_chaincode "$region")
    id=$(installed_package_id "$region" "$(sha256sum "$package" | cut -d' ' -f1)")
    if [ -z "$id" ]; then
      say "installing the $CHAINCODE package on peer-$region"
      quietly as_admin "$region" lifecycle chaincode install "$package"
      id=$(installed_package_id "$region" "$(sha256sum "$package" | cut -d' ' -f1)")
      [ -n "$id" ] || fail "peer-$region does not list the $CHAINCODE package after installing it." "See $NET_LOG_DIR/commands.log."
    fi
    start_chaincode_server "$region" "$id"
    PACKAGE_IDS[$region]=$id
  done
  if as_admin "${REGIONS[0]}" lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CHAINCODE" >/dev/null 2>&1; then
    return 0
  fi
  for region in "${REGIONS[@]}"; do
    approved "$region" "$policy" && continue
    say "approving $CHAINCODE $CHAINCODE_VERSION as $(region_msp "$region")"
    # shellcheck disable=SC2046
    quietly as_admin "$region" lifecycle chaincode approveformyorg -o "$LIVE_ORDERER" $(orderer_tls) -C "$CHANNEL" \
      -n "$CHAINCODE" -v "$CHAINCODE_VERSION" --sequence "$CHAINCODE_SEQUENCE" --package-id "${PACKAGE_IDS[$region]}" \
      --signature-policy "$policy" --waitForEvent
  done
  say "committing $CHAINCODE $CHAINCODE_VERSION with the endorsement policy $policy"
  # shellcheck disable=SC2046
  quietly as_admin "${REGIONS[0]}" lifecycle chaincode commit -o "$LIVE_ORDERER" $(orderer_tls) -C "$CHANNEL" \
    -n "$CHAINCODE" -v "$CHAINCODE_VERSION" --sequence "$CHAINCODE_SEQUENCE" --signature-policy "$policy" \
    --waitForEvent $(all_peers)
}
declare -A PACKAGE_IDS

approved() { # region policy
  as_admin "$1" lifecycle chaincode checkcommitreadiness -C "$CHANNEL" -n "$CHAINCODE" -v "$CHAINCODE_VERSION" \
    --sequence "$CHAINCODE_SEQUENCE" --signature-policy "$2" --output json 2>/dev/null |
    grep -q "\"$(region_msp "$1")\": *true"
}

# --peerAddresses and --tlsRootCertFiles of every region's peer: what a write must be endorsed by.
all_peers() {
  local region
  for region in "${REGIONS[@]}"; do
    echo --peerAddresses "127.0.0.1:$(peer_port "$region")" --tlsRootCertFiles "$(region_tls_ca "$region")"
  done
}

# Copies a newly built contract next to the network; running chaincode servers of an older copy stop, to be
# started again on the new one (a chaincode service is upgraded by restarting it: its package is unchanged).
refresh_contract() {
  local region
  cmp -s "$CONTRACT_JAR" "$RUNNING_JAR" && return 0
  mkdir -p "$(dirname "$RUNNING_JAR")"
  for region in "${REGIONS[@]}"; do
    proc_pid "chaincode-$region" >/dev/null || continue
    stop_service "chaincode-$region (the contract changed)" "$(proc_pid_file "chaincode-$region")" "$(proc_program "chaincode-$region")" 10
  done
  cp "$CONTRACT_JAR" "$RUNNING_JAR.tmp" && mv -f "$RUNNING_JAR.tmp" "$RUNNING_JAR"
}

start_chaincode_server() { # region package-id
  local region=$1 port name=chaincode-$1 pid
  port=$(chaincode_port "$region")
  mkdir -p "$(proc_dir "$name")"
  # The shim logs every call's arguments at INFO; a small serial-GC heap keeps the JVM near 200 MB.
  cat >"$(proc_dir "$name")/env" <<EOF
CHAINCODE_SERVER_ADDRESS=127.0.0.1:$port
CORE_CHAINCODE_ID_NAME=$2
CORE_PEER_LOCALMSPID=$(region_msp "$region")
CORE_CHAINCODE_LOGGING_LEVEL=WARNING
CORE_CHAINCODE_LOGGING_SHIM=WARNING
EOF
  start_proc "$name" "$port" -- java -XX:+UseSerialGC -Xms32m -Xmx256m -Xss512k -jar "$RUNNING_JAR"
  pid=$(proc_pid "$name") || fail "$name is not running; the last lines of $(proc_log "$name"):" "$(tail -n 15 "$(proc_log "$name")")"
  # Waiting for the listening socket, not probing it: a raw TCP probe makes the shim log an HTTP/2 error.
  wait_for 60 "$pid" "$(proc_program "$name")" listening "$port" ||
    fail "$name did not listen on 127.0.0.1:$port within 60 s; the last lines of $(proc_log "$name"):" "$(tail -n 15 "$(proc_log "$name")")"
}
listening() { [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]; }

# Every region joins the contract's region registry once, as its own admin: the list that key-level
# endorsement policies name as "another region".
register_regions() {
  local region msp
  for region in "${REGIONS[@]}"; do
    msp=$(region_msp "$region")
    as_admin "$region" chaincode query -C "$CHANNEL" -n "$CHAINCODE" -c '{"Args":["listRegions"]}' 2>/dev/null |
      grep -q "\"$msp\"" && continue
    say "registering the region $msp in the contract"
    # shellcheck disable=SC2046
    quietly as_admin "$region" chaincode invoke -o "$LIVE_ORDERER" $(orderer_tls) -C "$CHANNEL" -n "$CHAINCODE" \
      -c '{"Args":["registerRegion"]}' --waitForEvent $(all_peers)
  done
}
