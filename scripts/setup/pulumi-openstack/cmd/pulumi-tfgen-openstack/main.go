// pulumi-tfgen-openstack generates the Pulumi package schema of our bridged OpenStack provider:
//
//	pulumi-tfgen-openstack schema --skip-examples --out ../cmd/pulumi-resource-openstack/schema
//
// (--skip-examples: converting the upstream HCL examples needs the Pulumi CLI and its
// Terraform converter plugin, which we do not have; the descriptions are kept.)
package main

import (
	"github.com/pulumi/pulumi-terraform-bridge/v3/pkg/tfgen"

	"github.com/govcloud/pulumi-openstack/provider"
)

func main() {
	tfgen.Main("openstack", provider.Version, provider.Provider())
}
