# The network's configuration as files: crypto material, configtx.yaml, core.yaml, and each process's
# environment. Sourced by network/up (after lib.sh and load_fabric), never run.
# shellcheck shell=bash

# The channel's capabilities by Fabric version: 3.x has no system channel and wants V3_0 channels.
channel_capability()     { if version_at_least "$1" 3.0; then echo V3_0; else echo V2_0; fi; }
application_capability() { if version_at_least "$1" 2.5; then echo V2_5; else echo V2_0; fi; }
SYSTEM_CHANNEL=zhengku-system
BATCH_TIMEOUT=${ZK_BATCH_TIMEOUT:-250ms}
MAX_MESSAGE_COUNT=${ZK_MAX_MESSAGE_COUNT:-500}

write_crypto_config() { # file
  local region orderer
  {
    echo "OrdererOrgs:"
    echo "  - Name: $ORDERER_ORG"
    echo "    Domain: orderer.$DOMAIN"
    echo "    EnableNodeOUs: true"
    echo "    Specs:"
    for orderer in "${ORDERERS[@]}"; do
      echo "      - Hostname: $orderer"
      echo "        SANS: [localhost, 127.0.0.1]"
    done
    echo "PeerOrgs:"
    for region in "${REGIONS[@]}"; do
      echo "  - Name: $(region_org "$region")"
      echo "    Domain: $(region_domain "$region")"
      echo "    EnableNodeOUs: true"
      echo "    Template: {Count: 1, SANS: [localhost, 127.0.0.1]}"
      echo "    Users: {Count: 1}"
    done
  } >"$1"
}

# True when the ECDSA signature of CERT has a low S (s <= n/2 of P-256). Fabric's MSP rewrites a CA's
# high-S self-signature into a low-S copy, which Go 1.19 and later then refuse to chain the original to.
low_s_signature() { # cert.pem
  local hex r_len s_len s half=7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8
  hex=$(openssl x509 -in "$1" -noout -text | awk '
    /Signature Value:/ { on = 1; next }
    on && /^ +[0-9a-f][0-9a-f](:|$)/ { gsub(/[ :]/, ""); sig = sig $0; next }
    on { on = 0 }
    END { print sig }')
  # DER: 30 len 02 rlen r 02 slen s
  r_len=$((16#${hex:6:2}))
  s_len=$((16#${hex:$((10 + 2 * r_len)):2}))
  s=${hex:$((12 + 2 * r_len)):$((2 * s_len))}
  while [ "${s:0:2}" = 00 ]; do s=${s:2}; done
  [ ${#s} -lt 64 ] || [[ ! "$s" > "$half" ]]
}

# cryptogen's material with TLS everywhere and NodeOUs. cryptogen 2.1 may self-sign a CA with a high S (see
# low_s_signature), so it is made again until every signing CA is low-S: a few tries, each well under a second.
make_crypto() {
  local try ca bad tmp=$NET_DIR/crypto.tmp
  write_crypto_config "$NET_DIR/crypto-config.yaml"
  for try in $(seq 1 64); do
    rm -rf "$tmp"
    "$FABRIC_BIN/cryptogen" generate --config "$NET_DIR/crypto-config.yaml" --output "$tmp" >/dev/null
    bad=0
    for ca in "$tmp"/*Organizations/*/ca/*-cert.pem; do low_s_signature "$ca" || bad=$((bad + 1)); done
    if [ "$bad" -eq 0 ]; then
      mv "$tmp" "$CRYPTO_DIR"
      say "made the crypto material (try $try: every signing CA signature is low-S)"
      return
    fi
  done
  fail "cryptogen made high-S CA signatures 64 times in a row." "Run network/up again."
}

write_configtx() { # dir version
  local dir=$1 version=$2 region orderer
  {
    cat <<EOF
# Made by network/up for Fabric $version; regions: ${REGIONS[*]}.
Organizations:
  - &$ORDERER_ORG
    Name: $ORDERER_MSP
    ID: $ORDERER_MSP
    MSPDir: $(orderer_org_dir)/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('$ORDERER_MSP.member')"}
      Writers: {Type: Signature, Rule: "OR('$ORDERER_MSP.member')"}
      Admins: {Type: Signature, Rule: "OR('$ORDERER_MSP.admin')"}
    OrdererEndpoints:
EOF
    for orderer in "${ORDERERS[@]}"; do echo "      - 127.0.0.1:$(orderer_port "$orderer")"; done
    for region in "${REGIONS[@]}"; do
      local msp
      msp=$(region_msp "$region")
      cat <<EOF
  - &$(region_org "$region")
    Name: $msp
    ID: $msp
    MSPDir: $(region_org_dir "$region")/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.peer', '$msp.client')"}
      Writers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.client')"}
      Admins: {Type: Signature, Rule: "OR('$msp.admin')"}
      Endorsement: {Type: Signature, Rule: "OR('$msp.peer')"}
    AnchorPeers:
      - {Host: 127.0.0.1, Port: $(peer_port "$region")}
EOF
    done
    cat <<EOF
Capabilities:
  Channel: &ChannelCapabilities {$(channel_capability "$version"): true}
  Orderer: &OrdererCapabilities {V2_0: true}
  Application: &ApplicationCapabilities {$(application_capability "$version"): true}
Application: &ApplicationDefaults
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    LifecycleEndorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
    Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
  Capabilities: *ApplicationCapabilities
Orderer: &OrdererDefaults
  OrdererType: etcdraft
  BatchTimeout: $BATCH_TIMEOUT
  BatchSize: {MaxMessageCount: $MAX_MESSAGE_COUNT, AbsoluteMaxBytes: 10 MB, PreferredMaxBytes: 2 MB}
  EtcdRaft:
    Consenters:
EOF
    for orderer in "${ORDERERS[@]}"; do
      echo "      - {Host: 127.0.0.1, Port: $(orderer_port "$orderer"), ClientTLSCert: $(orderer_node_dir "$orderer")/tls/server.crt, ServerTLSCert: $(orderer_node_dir "$orderer")/tls/server.crt}"
    done
    cat <<EOF
    Options: {TickInterval: 500ms, ElectionTick: 10, HeartbeatTick: 1, MaxInflightBlocks: 5, SnapshotIntervalSize: 16 MB}
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    BlockValidation: {Type: ImplicitMeta, Rule: "ANY Writers"}
  Capabilities: *OrdererCapabilities
Channel: &ChannelDefaults
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
  Capabilities: *ChannelCapabilities
Profiles:
EOF
    local orgs
    orgs=$(printf '*%s, ' "${REGIONS[@]^}"); orgs=${orgs%, }
    if [ "$(bootstrap_mode "$version")" = system-channel ]; then
      cat <<EOF
  # Fabric 2.1/2.2: the orderers boot from this system channel, and the consortium may create channels.
  SystemChannel:
    <<: *ChannelDefaults
    Orderer:
      <<: *OrdererDefaults
      Organizations: [*$ORDERER_ORG]
    Consortiums:
      YangtzeDelta:
        Organizations: [$orgs]
  YangtzeDelta:
    <<: *ChannelDefaults
    Consortium: YangtzeDelta
    Application:
      <<: *ApplicationDefaults
      Organizations: [$orgs]
EOF
    else
      cat <<EOF
  # Fabric 2.3 and later: the channel's own genesis block, joined on each orderer by osnadmin.
  YangtzeDelta:
    <<: *ChannelDefaults
    Orderer:
      <<: *OrdererDefaults
      Organizations: [*$ORDERER_ORG]
    Application:
      <<: *ApplicationDefaults
      Organizations: [$orgs]
EOF
    fi
  } >"$dir/configtx.yaml"
}

# The peers' core.yaml: the release's, with no Docker endpoint (no Docker here) and our external builder
# for chaincode as a service, which is used with every Fabric version instead of a release's own builder.
write_core_yaml() { # release-config-dir out-dir
  awk -v builder="$NETWORK_DIR/builder" '
    skipping && (/^ *$/ || /^     / || /^ *#/) { next }
    { skipping = 0 }
    /^    endpoint: unix:\/\/\/var\/run\/docker.sock/ { print "    endpoint: \"\""; next }
    /^    externalBuilders:/ {
      print "    externalBuilders:"
      print "      - name: zhengku-ccaas"
      print "        path: " builder
      skipping = 1; next
    }
    { print }' "$1/core.yaml" >"$2/core.yaml"
  grep -q 'path: '"$NETWORK_DIR/builder" "$2/core.yaml" && grep -q '^    endpoint: ""' "$2/core.yaml" ||
    fail "could not set vm.endpoint and chaincode.externalBuilders in $1/core.yaml." \
         "That core.yaml differs from the releases network/up knows; set the two keys there by hand."
}

orderer_env() { # orderer mode
  local o=$1 node tls data
  node=$(orderer_node_dir "$o"); tls=$node/tls; data=$(proc_dir "$o")
  cat <<EOF
FABRIC_CFG_PATH=$NET_DIR/config
FABRIC_LOGGING_SPEC=info
ORDERER_GENERAL_LISTENADDRESS=127.0.0.1
ORDERER_GENERAL_LISTENPORT=$(orderer_port "$o")
ORDERER_GENERAL_LOCALMSPID=$ORDERER_MSP
ORDERER_GENERAL_LOCALMSPDIR=$node/msp
ORDERER_GENERAL_TLS_ENABLED=true
ORDERER_GENERAL_TLS_PRIVATEKEY=$tls/server.key
ORDERER_GENERAL_TLS_CERTIFICATE=$tls/server.crt
ORDERER_GENERAL_TLS_ROOTCAS=[$tls/ca.crt]
ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE=$tls/server.crt
ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY=$tls/server.key
ORDERER_GENERAL_CLUSTER_ROOTCAS=[$tls/ca.crt]
ORDERER_FILELEDGER_LOCATION=$data/ledger
ORDERER_CONSENSUS_WALDIR=$data/etcdraft/wal
ORDERER_CONSENSUS_SNAPDIR=$data/etcdraft/snapshot
ORDERER_OPERATIONS_LISTENADDRESS=127.0.0.1:$(orderer_ops_port "$o")
ORDERER_METRICS_PROVIDER=prometheus
EOF
  if [ "$2" = system-channel ]; then
    cat <<EOF
ORDERER_GENERAL_BOOTSTRAPMETHOD=file
ORDERER_GENERAL_BOOTSTRAPFILE=$ARTEFACTS_DIR/system-genesis.block
EOF
  else
    cat <<EOF
ORDERER_GENERAL_BOOTSTRAPMETHOD=none
ORDERER_CHANNELPARTICIPATION_ENABLED=true
ORDERER_ADMIN_LISTENADDRESS=127.0.0.1:$(orderer_admin_port "$o")
ORDERER_ADMIN_TLS_ENABLED=true
ORDERER_ADMIN_TLS_CERTIFICATE=$tls/server.crt
ORDERER_ADMIN_TLS_PRIVATEKEY=$tls/server.key
ORDERER_ADMIN_TLS_ROOTCAS=[$tls/ca.crt]
ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true
ORDERER_ADMIN_TLS_CLIENTROOTCAS=[$tls/ca.crt]
EOF
  fi
}

peer_env() { # region
  local r=$1 node tls data port
  node=$(peer_node_dir "$r"); tls=$node/tls; data=$(proc_dir "peer-$r"); port=$(peer_port "$r")
  cat <<EOF
FABRIC_CFG_PATH=$NET_DIR/config
FABRIC_LOGGING_SPEC=info
CORE_PEER_ID=$(peer_host "$r")
CORE_PEER_LOCALMSPID=$(region_msp "$r")
CORE_PEER_MSPCONFIGPATH=$node/msp
CORE_PEER_LISTENADDRESS=127.0.0.1:$port
CORE_PEER_ADDRESS=127.0.0.1:$port
CORE_PEER_CHAINCODELISTENADDRESS=127.0.0.1:$((port + 1))
CORE_PEER_CHAINCODEADDRESS=127.0.0.1:$((port + 1))
CORE_PEER_GOSSIP_ENDPOINT=127.0.0.1:$port
CORE_PEER_GOSSIP_EXTERNALENDPOINT=127.0.0.1:$port
CORE_PEER_GOSSIP_BOOTSTRAP=127.0.0.1:$port
CORE_PEER_GOSSIP_USELEADERELECTION=false
CORE_PEER_GOSSIP_ORGLEADER=true
CORE_PEER_TLS_ENABLED=true
CORE_PEER_TLS_CERT_FILE=$tls/server.crt
CORE_PEER_TLS_KEY_FILE=$tls/server.key
CORE_PEER_TLS_ROOTCERT_FILE=$tls/ca.crt
CORE_PEER_FILESYSTEMPATH=$data/ledger
CORE_LEDGER_SNAPSHOTS_ROOTDIR=$data/snapshots
CORE_OPERATIONS_LISTENADDRESS=127.0.0.1:$(peer_ops_port "$r")
CORE_METRICS_PROVIDER=prometheus
EOF
}

# What upstream `peer` needs to act as REGION's admin against its own peer (network/org-env prints it).
admin_env() { # region
  local r=$1
  cat <<EOF
PATH=$FABRIC_BIN:$PATH
FABRIC_CFG_PATH=$NET_DIR/config
CORE_PEER_LOCALMSPID=$(region_msp "$r")
CORE_PEER_MSPCONFIGPATH=$(region_admin_dir "$r")/msp
CORE_PEER_ADDRESS=127.0.0.1:$(peer_port "$r")
CORE_PEER_TLS_ENABLED=true
CORE_PEER_TLS_ROOTCERT_FILE=$(region_tls_ca "$r")
ORDERER_ADDRESS=127.0.0.1:$(orderer_port "${ORDERERS[0]}")
ORDERER_CA=$(orderer_tls_ca)
ZHENGKU_LEDGER_CONNECTION=$NET_DIR/connections/$r.json
EOF
}

# What a region's services need to reach the network (read by the ledger client's Fabric adapter): the
# channel, that region's own identities only (a client for anchoring, its admin for the issuer registry),
# every region's peer (writes need another region's endorsement) and every orderer, with their TLS roots.
write_connection() { # region file
  local r=$1 region orderer sep
  identity() { # user-dir
    local cert
    cert=$(printf '%s\n' "$1"/msp/signcerts/*.pem | head -n1)
    printf '{"certificate": "%s", "privateKey": "%s"}' "$cert" "$(printf '%s\n' "$1"/msp/keystore/* | head -n1)"
  }
  {
    printf '{\n  "channel": "%s",\n  "chaincode": "%s",\n  "region": "%s",\n  "msp": "%s",\n' \
      "$CHANNEL" "$CHAINCODE" "$r" "$(region_msp "$r")"
    printf '  "client": %s,\n' "$(identity "$(region_org_dir "$r")/users/User1@$(region_domain "$r")")"
    printf '  "admin": %s,\n' "$(identity "$(region_admin_dir "$r")")"
    printf '  "peers": ['
    sep=""
    for region in "${REGIONS[@]}"; do
      printf '%s\n    {"region": "%s", "msp": "%s", "address": "127.0.0.1:%s", "tlsRootCertificate": "%s"}' "$sep" \
        "$region" "$(region_msp "$region")" "$(peer_port "$region")" "$(region_tls_ca "$region")"
      sep=,
    done
    printf '\n  ],\n  "orderers": ['
    sep=""
    for orderer in "${ORDERERS[@]}"; do
      printf '%s\n    {"name": "%s", "address": "127.0.0.1:%s", "tlsRootCertificate": "%s"}' "$sep" \
        "$orderer" "$(orderer_port "$orderer")" "$(orderer_tls_ca)"
      sep=,
    done
    printf '\n  ]\n}\n'
  } >"$2"
}
