// pulumi-resource-openstack is the Pulumi resource provider plugin for the "openstack" package.
// The engine starts it from PATH; it bridges terraform-provider-openstack (see ../../provider).
package main

import (
	"embed"
	"fmt"
	"os"

	"github.com/pulumi/pulumi-terraform-bridge/v3/pkg/tfbridge"

	"github.com/govcloud/pulumi-openstack/provider"
)

// schema/ holds schema.json, written by pulumi-tfgen-openstack before this is built
// (scripts/setup/pulumi-openstack.sh does both in a build directory). It is not checked in:
// it is about 2 MB. schema/README.md is there so that the pattern matches without it.
//
//go:embed schema
var schemaDir embed.FS

func main() {
	schema, err := schemaDir.ReadFile("schema/schema.json")
	if err != nil {
		fmt.Fprintln(os.Stderr, "pulumi-resource-openstack was built without schema/schema.json; "+
			"build it with scripts/setup/pulumi-openstack.sh")
		os.Exit(1)
	}
	tfbridge.Main("openstack", provider.Version, provider.Provider(), schema)
}
