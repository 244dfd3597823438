//go:build tools

// Package fabric names the Fabric commands network/build-fabric builds, so that `go mod tidy` keeps their
// dependencies pinned in go.mod and go.sum. It is never compiled.
package fabric

import (
	_ "github.com/hyperledger/fabric/cmd/configtxgen"
	_ "github.com/hyperledger/fabric/cmd/cryptogen"
	_ "github.com/hyperledger/fabric/cmd/orderer"
	_ "github.com/hyperledger/fabric/cmd/peer"
)
