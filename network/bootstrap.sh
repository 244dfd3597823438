# Starting the network's processes and making the channel, for both bootstraps: the system channel of
# Fabric 2.1/2.2 and the channel participation API of 2.3 and later. Sourced by network/up, never run.
# shellcheck shell=bash

# The regions are fixed when the crypto material is made: adding one later is a channel configuration
# update, which network/up does not do.
check_regions() {
  local recorded
  recorded=$(cat "$NET_DIR/regions" 2>/dev/null || true)
  if [ -z "$recorded" ]; then
    echo "${REGIONS[*]}" >"$NET_DIR/regions"
  elif [ "$recorded" != "${REGIONS[*]}" ]; then
    fail "the network in $NET_DIR was made for the regions '$recorded', not '${REGIONS[*]}'." \
         "Set ZK_REGIONS=\"$recorded\", or start afresh with network/down --purge (which deletes the ledgers)."
  fi
}

write_configuration() {
  cp "$FABRIC_CONFIG/orderer.yaml" "$NET_DIR/config/orderer.yaml"
  write_core_yaml "$FABRIC_CONFIG" "$NET_DIR/config"
  write_configtx "$NET_DIR/config" "$FABRIC_VERSION"
  local orderer region
  for orderer in "${ORDERERS[@]}"; do mkdir -p "$(proc_dir "$orderer")"; orderer_env "$orderer" "$MODE" >"$(proc_dir "$orderer")/env"; done
  for region in "${REGIONS[@]}"; do mkdir -p "$(proc_dir "peer-$region")"; peer_env "$region" >"$(proc_dir "peer-$region")/env"; done
  mkdir -p "$NET_DIR/connections"
  for region in "${REGIONS[@]}"; do write_connection "$region" "$NET_DIR/connections/$region.json"; done
}

configtxgen() { FABRIC_CFG_PATH=$NET_DIR/config "$FABRIC_BIN/configtxgen" "$@"; }

# The blocks and transactions the bootstrap needs, made once (they fix the channel's first configuration).
make_artefacts() {
  local block=$ARTEFACTS_DIR/$CHANNEL.block
  if [ "$MODE" = system-channel ]; then
    [ -f "$ARTEFACTS_DIR/system-genesis.block" ] ||
      quietly configtxgen -profile SystemChannel -channelID "$SYSTEM_CHANNEL" -outputBlock "$ARTEFACTS_DIR/system-genesis.block"
    [ -f "$ARTEFACTS_DIR/$CHANNEL.tx" ] ||
      quietly configtxgen -profile YangtzeDelta -channelID "$CHANNEL" -outputCreateChannelTx "$ARTEFACTS_DIR/$CHANNEL.tx"
  else
    [ -f "$block" ] || quietly configtxgen -profile YangtzeDelta -channelID "$CHANNEL" -outputBlock "$block"
  fi
}

# Runs a command with its output in the network's log; on failure prints the output's last lines and fails.
quietly() { # cmd...
  local out status=0
  out=$("$@" 2>&1) || status=$?
  printf '%s\n' "$out" >>"$NET_LOG_DIR/commands.log"
  [ "$status" -eq 0 ] || fail "$(basename "$1") ${2:-} ${3:-} failed (exit $status):" "$(tail -n 8 <<<"$out")"
}

# Starts process NAME with the environment in its env file, unless it runs; a foreign process on one of its
# ports is named and never adopted.
start_proc() { # name port... -- cmd...
  local name=$1 ports=() port pid; shift
  while [ "$1" != -- ]; do ports+=("$1"); shift; done; shift
  if pid=$(proc_pid "$name"); then
    return 0
  fi
  for port in "${ports[@]}"; do
    ! port_busy "$port" ||
      fail "port $port on 127.0.0.1 is taken$(port_holder "$port"), so $name cannot start." \
           "Stop that program (it is not this network's: no pid file of ours names it) and run network/up again."
  done
  say "starting $name (log: $(proc_log "$name"))"
  (
    set -a
    # shellcheck source=/dev/null
    [ ! -f "$(proc_dir "$name")/env" ] || . "$(proc_dir "$name")/env"
    set +a
    cd "$(proc_dir "$name")" && start_service "$(proc_pid_file "$name")" "$(proc_log "$name")" "$@"
  )
}

start_orderer() { # orderer
  start_proc "$1" "$(orderer_port "$1")" "$(orderer_admin_port "$1")" "$(orderer_ops_port "$1")" -- "$FABRIC_BIN/orderer"
}

start_peer() { # region
  local port
  port=$(peer_port "$1")
  start_proc "peer-$1" "$port" $((port + 1)) "$(peer_ops_port "$1")" -- "$FABRIC_BIN/peer" node start
}

# Waits for a process's operations endpoint to answer /healthz with 200; names its log when it does not.
wait_healthy() { # name ops-port
  local pid status=0
  pid=$(proc_pid "$1") || fail "$1 is not running; the last lines of $(proc_log "$1"):" "$(tail -n 15 "$(proc_log "$1")")"
  wait_for 90 "$pid" "$(proc_program "$1")" healthz "$2" || status=$?
  case $status in
    0) ;;
    1) fail "$1 did not report healthy on 127.0.0.1:$2/healthz within 90 s; the last lines of $(proc_log "$1"):" \
            "$(tail -n 15 "$(proc_log "$1")")" ;;
    *) fail "$1 stopped while starting; the last lines of $(proc_log "$1"):" "$(tail -n 15 "$(proc_log "$1")")" ;;
  esac
}
healthz() { [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$1/healthz" 2>/dev/null)" = 200 ]; }

# The Raft leader of CHANNEL, as LIVE_ORDERER, where the bootstrap sends its transactions. Before a leader
# is elected a channel creation fails with SERVICE_UNAVAILABLE, so network/up waits for one.
leader_known() { # channel
  local orderer
  for orderer in "${ORDERERS[@]}"; do
    proc_pid "$orderer" >/dev/null || continue
    if [ "$(metric "$(orderer_ops_port "$orderer")" consensus_etcdraft_is_leader "$1")" = 1 ]; then
      LIVE_ORDERER=127.0.0.1:$(orderer_port "$orderer")
      return 0
    fi
  done
  return 1
}
wait_leader() { # channel
  local deadline=$((SECONDS + 60))
  until leader_known "$1"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "no Raft leader for $1 within 60 s; see $NET_LOG_DIR/orderer*.log." \
      "At least two of the three orderers must run (network/status shows them)."
    sleep 0.3
  done
}

# Runs upstream `peer` as REGION's admin (the same environment network/org-env prints).
as_admin() { # region peer-args...
  local region=$1; shift
  (
    set -a
    eval "$(admin_env "$region")"
    set +a
    "$FABRIC_BIN/peer" "$@"
  )
}
orderer_tls() { echo --tls --cafile "$(orderer_tls_ca)"; }

create_channel() {
  local block=$ARTEFACTS_DIR/$CHANNEL.block orderer
  if [ "$MODE" = system-channel ]; then
    wait_leader "$SYSTEM_CHANNEL"
    if [ ! -f "$block" ]; then
      say "creating channel $CHANNEL"
      # shellcheck disable=SC2046 # the TLS options are words
      quietly as_admin "${REGIONS[0]}" channel create -o "$LIVE_ORDERER" $(orderer_tls) -c "$CHANNEL" \
        -f "$ARTEFACTS_DIR/$CHANNEL.tx" --outputBlock "$block.tmp"
      mv "$block.tmp" "$block"
    fi
  else
    for orderer in "${ORDERERS[@]}"; do
      osnadmin_lists_channel "$orderer" || { say "joining $orderer to $CHANNEL"; quietly $(osnadmin_join "$orderer"); }
    done
  fi
  wait_leader "$CHANNEL"
}

# The channel participation calls (2.3 and later): mutual TLS with the orderer org admin's TLS client certificate.
osnadmin_args() { # orderer
  local admin_tls
  admin_tls=$(orderer_admin_dir)/tls
  echo -o "127.0.0.1:$(orderer_admin_port "$1")" --ca-file "$(orderer_tls_ca)" \
    --client-cert "$admin_tls/client.crt" --client-key "$admin_tls/client.key"
}
osnadmin_join() { # orderer
  echo "$FABRIC_BIN/osnadmin" channel join --channelID "$CHANNEL" --config-block "$ARTEFACTS_DIR/$CHANNEL.block" $(osnadmin_args "$1")
}
osnadmin_lists_channel() { # orderer
  # shellcheck disable=SC2046
  "$FABRIC_BIN/osnadmin" channel list $(osnadmin_args "$1") 2>/dev/null | grep -q "\"name\": *\"$CHANNEL\""
}

# Joins REGION's peer to the channel, and (system-channel bootstrap only: 2.3+ genesis blocks carry them)
# records its anchor peer in the channel configuration.
join_channel() { # region
  local region=$1 msp
  msp=$(region_msp "$region")
  if ! as_admin "$region" channel list 2>/dev/null | grep -qx "$CHANNEL"; then
    say "joining peer-$region to $CHANNEL"
    quietly as_admin "$region" channel join -b "$ARTEFACTS_DIR/$CHANNEL.block"
  fi
  [ "$MODE" = system-channel ] && [ ! -f "$ARTEFACTS_DIR/anchors-$region.done" ] || return 0
  say "setting $msp's anchor peer"
  quietly configtxgen -profile YangtzeDelta -channelID "$CHANNEL" -asOrg "$msp" \
    -outputAnchorPeersUpdate "$ARTEFACTS_DIR/anchors-$region.tx"
  # shellcheck disable=SC2046
  quietly as_admin "$region" channel update -o "$LIVE_ORDERER" $(orderer_tls) -c "$CHANNEL" -f "$ARTEFACTS_DIR/anchors-$region.tx"
  touch "$ARTEFACTS_DIR/anchors-$region.done"
}

# What the bootstrap would do for FABRIC_VERSION, without starting anything: the configuration files in
# NET_DIR and the commands, one per line.
plan() {
  local orderer region
  mkdir -p "$NET_DIR/config"
  write_crypto_config "$NET_DIR/crypto-config.yaml"
  write_configtx "$NET_DIR/config" "$FABRIC_VERSION"
  for orderer in "${ORDERERS[@]}"; do orderer_env "$orderer" "$MODE" >"$NET_DIR/$orderer.env"; done
  for region in "${REGIONS[@]}"; do peer_env "$region" >"$NET_DIR/peer-$region.env"; done
  echo "fabric $FABRIC_VERSION bootstrap $MODE"
  if [ "$MODE" = system-channel ]; then
    echo "configtxgen -profile SystemChannel -channelID $SYSTEM_CHANNEL -outputBlock $ARTEFACTS_DIR/system-genesis.block"
    echo "configtxgen -profile YangtzeDelta -channelID $CHANNEL -outputCreateChannelTx $ARTEFACTS_DIR/$CHANNEL.tx"
    echo "peer channel create -c $CHANNEL -f $ARTEFACTS_DIR/$CHANNEL.tx"
  else
    echo "configtxgen -profile YangtzeDelta -channelID $CHANNEL -outputBlock $ARTEFACTS_DIR/$CHANNEL.block"
    for orderer in "${ORDERERS[@]}"; do osnadmin_join "$orderer"; done
  fi
  for region in "${REGIONS[@]}"; do
    echo "peer channel join -b $ARTEFACTS_DIR/$CHANNEL.block  # as $(region_msp "$region") admin"
    [ "$MODE" = participation ] || echo "peer channel update -f $ARTEFACTS_DIR/anchors-$region.tx  # anchor peer of $(region_msp "$region")"
  done
}
