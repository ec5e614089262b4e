package provider

// These tests generate the provider's Pulumi schema in memory (about a second; set
// OPENSTACK_SCHEMA=path/to/schema.json to check a built one instead) and compare it with
//   - what pulumi/program.ts uses (tokens, property names and types): must all be there;
//   - the tokens and property names of @pulumi/openstack 3.15.2 in node_modules: every gap
//     must be one of the known ones below (Terraform provider v3 removed them).
// `go test -v -run Unmapped ./provider` prints the known gaps.

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/pulumi/pulumi-terraform-bridge/v3/pkg/tfgen"
	"github.com/pulumi/pulumi/sdk/v3/go/common/diag"
	"github.com/pulumi/pulumi/sdk/v3/go/common/diag/colors"
	"github.com/spf13/afero"
)

// knownMissingTokens: tokens of @pulumi/openstack 3.15.2 whose Terraform resource or data
// source no longer exists in terraform-provider-openstack v3 (LBaaS v1, FWaaS v1, nova-network
// floating IPs and security groups, Cinder v1/v2 APIs).
var knownMissingTokens = map[string]string{
	"openstack:blockstorage/getSnapshotV2:getSnapshotV2":        "openstack_blockstorage_snapshot_v2",
	"openstack:blockstorage/getVolumeV2:getVolumeV2":            "openstack_blockstorage_volume_v2",
	"openstack:blockstorage/quoteSetV2:QuoteSetV2":              "openstack_blockstorage_quotaset_v2",
	"openstack:blockstorage/volumeAttachV2:VolumeAttachV2":      "openstack_blockstorage_volume_attach_v2",
	"openstack:blockstorage/volumeV1:VolumeV1":                  "openstack_blockstorage_volume_v1",
	"openstack:blockstorage/volumeV2:VolumeV2":                  "openstack_blockstorage_volume_v2",
	"openstack:compute/floatingIp:FloatingIp":                   "openstack_compute_floatingip_v2",
	"openstack:compute/floatingIpAssociate:FloatingIpAssociate": "openstack_compute_floatingip_associate_v2",
	"openstack:compute/secGroup:SecGroup":                       "openstack_compute_secgroup_v2",
	"openstack:firewall/firewall:Firewall":                      "openstack_fw_firewall_v1",
	"openstack:firewall/getPolicy:getPolicy":                    "openstack_fw_policy_v1 (data source)",
	"openstack:firewall/policy:Policy":                          "openstack_fw_policy_v1",
	"openstack:firewall/rule:Rule":                              "openstack_fw_rule_v1",
	"openstack:loadbalancer/memberV1:MemberV1":                  "openstack_lb_member_v1",
	"openstack:loadbalancer/monitorV1:MonitorV1":                "openstack_lb_monitor_v1",
	"openstack:loadbalancer/poolV1:PoolV1":                      "openstack_lb_pool_v1",
	"openstack:loadbalancer/vip:Vip":                            "openstack_lb_vip_v1",
}

// knownMissingProps: properties of 3.15.2 resources/functions/types that Terraform v3 removed.
var knownMissingProps = map[string][]string{
	"openstack:blockstorage/volume:Volume":                   {"multiattach"},
	"openstack:compute/instance:Instance":                    {"floatingIp", "volumes"},
	"openstack:images/getImage:getImage":                     {"sortDirection", "sortKey"},
	"openstack:images/getImageIds:getImageIds":               {"sortDirection", "sortKey"},
	"openstack:images/image:Image":                           {"updateAt"},
	"openstack:networking/getSubnet:getSubnet":               {"dhcpDisabled"},
	"openstack:networking/router:Router":                     {"externalGateway"},
	"openstack:networking/subnet:Subnet":                     {"allocationPoolsCollection", "hostRoutes"},
	"type openstack:compute/InstanceNetwork:InstanceNetwork": {"floatingIp"},
}

// programUses lists what pulumi/program.ts sets (in) or reads (out), with the schema type
// the 3.15.2 SDK sends or expects. "a[].b" steps into the items of list a.
var programUses = map[string][]string{
	"pulumi:providers:openstack":                                   {"in region string", "in cloud string", "in useOctavia boolean"},
	"openstack:networking/getNetwork:getNetwork":                   {"in name string", "out id string"},
	"openstack:images/getImage:getImage":                           {"in name string", "in mostRecent boolean", "out id string"},
	"openstack:networking/network:Network":                         {"in name string", "in adminStateUp boolean"},
	"openstack:networking/subnet:Subnet":                           {"in name string", "in networkId string", "in cidr string", "in subnetpoolId string", "in prefixLength integer", "in ipVersion integer"},
	"openstack:networking/secGroup:SecGroup":                       {"in name string", "in description string"},
	"openstack:networking/secGroupRule:SecGroupRule":               {"in securityGroupId string", "in direction string", "in ethertype string", "in protocol string", "in portRangeMin integer", "in portRangeMax integer", "in remoteIpPrefix string", "in remoteGroupId string", "in description string"},
	"openstack:blockstorage/volume:Volume":                         {"in name string", "in size integer", "in volumeType string", "in imageId string", "in enableOnlineResize boolean", "in availabilityZone string", "in metadata object", "out size integer"},
	"openstack:networking/port:Port":                               {"in name string", "in networkId string", "in fixedIps[].subnetId string", "in securityGroupIds array", "in adminStateUp boolean", "out allFixedIps array"},
	"openstack:compute/instance:Instance":                          {"in name string", "in flavorName string", "in availabilityZone string", "in networks[].port string", "in blockDevices[].sourceType string", "in blockDevices[].destinationType string", "in blockDevices[].uuid string", "in blockDevices[].bootIndex integer", "in blockDevices[].deleteOnTermination boolean", "in metadata object", "in stopBeforeDestroy boolean"},
	"openstack:compute/volumeAttach:VolumeAttach":                  {"in instanceId string", "in volumeId string"},
	"openstack:loadbalancer/loadBalancer:LoadBalancer":             {"in name string", "in vipSubnetId string", "in vipNetworkId string", "in securityGroupIds array", "in loadbalancerProvider string", "out vipPortId string", "out vipAddress string"},
	"openstack:loadbalancer/listener:Listener":                     {"in name string", "in loadbalancerId string", "in protocol string", "in protocolPort integer"},
	"openstack:loadbalancer/pool:Pool":                             {"in name string", "in listenerId string", "in protocol string", "in lbMethod string"},
	"openstack:networking/floatingIp:FloatingIp":                   {"in pool string", "in description string", "out address string"},
	"openstack:networking/floatingIpAssociate:FloatingIpAssociate": {"in floatingIp string", "in portId string"},
	"openstack:objectstorage/container:Container":                  {"in name string", "in metadata object", "out name string"},
	"openstack:sharedfilesystem/share:Share":                       {"in name string", "in shareProto string", "in size integer", "in shareNetworkId string", "in shareType string", "out exportLocations[].path string", "out size integer"},
}

type prop struct {
	Type  string `json:"type"`
	Ref   string `json:"$ref"`
	Items *prop  `json:"items"`
}

type object struct {
	Properties map[string]*prop `json:"properties"`
}

type pkgSchema struct {
	Config struct {
		Variables map[string]*prop `json:"variables"`
	} `json:"config"`
	Provider  object `json:"provider"`
	Resources map[string]struct {
		Properties      map[string]*prop `json:"properties"`
		InputProperties map[string]*prop `json:"inputProperties"`
	} `json:"resources"`
	Functions map[string]struct {
		Inputs  *object `json:"inputs"`
		Outputs *object `json:"outputs"`
	} `json:"functions"`
	Types map[string]*object `json:"types"`
}

var (
	schemaOnce sync.Once
	schemaVal  *pkgSchema
	schemaErr  error
)

func loadSchema(t *testing.T) *pkgSchema {
	t.Helper()
	schemaOnce.Do(func() {
		var raw []byte
		if path := os.Getenv("OPENSTACK_SCHEMA"); path != "" {
			raw, schemaErr = os.ReadFile(path)
		} else {
			raw, schemaErr = generateSchema()
		}
		if schemaErr == nil {
			schemaVal = &pkgSchema{}
			schemaErr = json.Unmarshal(raw, schemaVal)
		}
	})
	if schemaErr != nil {
		t.Fatalf("schema: %v", schemaErr)
	}
	return schemaVal
}

// generateSchema runs tfgen's "schema" generator in memory, without upstream docs.
func generateSchema() ([]byte, error) {
	root := afero.NewMemMapFs()
	g, err := tfgen.NewGenerator(tfgen.GeneratorOptions{
		Package:      pkgName,
		Version:      Version,
		Language:     tfgen.Schema,
		ProviderInfo: Provider(),
		Root:         root,
		Sink:         diag.DefaultSink(io.Discard, io.Discard, diag.FormatOptions{Color: colors.Never}),
		SkipDocs:     true,
		SkipExamples: true,
	})
	if err != nil {
		return nil, err
	}
	if _, err := g.Generate(); err != nil {
		return nil, err
	}
	return afero.ReadFile(root, "schema.json")
}

// repoRoot finds the repository (the directory holding pulumi/program.ts) above this package.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "pulumi", "program.ts")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("pulumi/program.ts not found above this module")
		}
		dir = parent
	}
}

// lookup returns the schema type of "in"/"out" property path p of token tok ("" if absent).
func (s *pkgSchema) lookup(tok, dir, p string) string {
	var props map[string]*prop
	switch {
	case tok == "pulumi:providers:openstack":
		props = s.Config.Variables
	case strings.Contains(tok, "/get"):
		if f, ok := s.Functions[tok]; ok {
			if dir == "in" && f.Inputs != nil {
				props = f.Inputs.Properties
			} else if dir == "out" && f.Outputs != nil {
				props = f.Outputs.Properties
			}
		}
	default:
		if r, ok := s.Resources[tok]; ok {
			if dir == "in" {
				props = r.InputProperties
			} else {
				props = r.Properties
			}
		}
	}
	parts := strings.Split(p, ".")
	for i, part := range parts {
		name := strings.TrimSuffix(part, "[]")
		pr := props[name]
		if pr == nil {
			return ""
		}
		if i == len(parts)-1 {
			if pr.Ref != "" {
				return "ref"
			}
			return pr.Type
		}
		if strings.HasSuffix(part, "[]") {
			if pr.Type != "array" || pr.Items == nil {
				return "not-a-list"
			}
			pr = pr.Items
		}
		obj := s.Types[strings.TrimPrefix(pr.Ref, "#/types/")]
		if obj == nil {
			return "not-an-object"
		}
		props = obj.Properties
	}
	return ""
}

var (
	reNewResource = regexp.MustCompile(`new openstack\.(\w+)\.(\w+)\(`)
	reInvoke      = regexp.MustCompile(`openstack\.(\w+)\s*\.(get\w+?)(?:Output)?\(`)
)

// tokenOf builds a 3.15.2 token from the SDK's module and member names.
func tokenOf(mod, member string) string { return token(ref{mod, member}) }

// programSources: the Pulumi program's TypeScript — pulumi/program.ts and the resource builders in
// pulumi/resources/ (one file per kind of resource) — concatenated.
func programSources(root string) (string, error) {
	files := []string{filepath.Join(root, "pulumi", "program.ts")}
	more, err := filepath.Glob(filepath.Join(root, "pulumi", "resources", "*.ts"))
	if err != nil {
		return "", err
	}
	files = append(files, more...)
	var all strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		all.Write(b)
		all.WriteString("\n")
	}
	return all.String(), nil
}

// TestProgramTokens: every resource and function of the Pulumi program is in the schema, and
// is listed in programUses (so that its properties are checked too).
func TestProgramTokens(t *testing.T) {
	s := loadSchema(t)
	src, err := programSources(repoRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, m := range reNewResource.FindAllStringSubmatch(src, -1) {
		used[tokenOf(m[1], m[2])] = true
	}
	for _, m := range reInvoke.FindAllStringSubmatch(src, -1) {
		used[tokenOf(m[1], m[2])] = true
	}
	if strings.Contains(src, "new openstack.Provider(") {
		used["pulumi:providers:openstack"] = true
	}
	if len(used) < 10 {
		t.Fatalf("found only %d openstack tokens in program.ts: %v", len(used), used)
	}
	t.Logf("program.ts uses %d openstack tokens", len(used))
	for tok := range used {
		_, isRes := s.Resources[tok]
		_, isFn := s.Functions[tok]
		if !isRes && !isFn && tok != "pulumi:providers:openstack" {
			t.Errorf("program.ts uses %s, which is not in the provider schema", tok)
		}
		if _, ok := programUses[tok]; !ok {
			t.Errorf("program.ts uses %s: add its properties to programUses in this test", tok)
		}
	}
}

// TestProgramProperties: the properties program.ts sets or reads exist with the expected type.
func TestProgramProperties(t *testing.T) {
	s := loadSchema(t)
	for tok, uses := range programUses {
		for _, u := range uses {
			f := strings.Fields(u)
			dir, path, want := f[0], f[1], f[2]
			if got := s.lookup(tok, dir, path); got != want {
				if got == "" {
					got = "missing"
				}
				t.Errorf("%s %s %s: schema has %s, program.ts needs %s", tok, dir, path, got, want)
			}
		}
	}
}

// sdk315 reads @pulumi/openstack 3.15.2's tokens and property names from its JavaScript.
func sdk315(t *testing.T) (props map[string][]string, types map[string][]string) {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "node_modules", "@pulumi", "openstack")
	if _, err := os.Stat(filepath.Join(dir, "package.json")); err != nil {
		t.Skip("node_modules/@pulumi/openstack not installed (npm ci)")
	}
	var (
		reType  = regexp.MustCompile(`__pulumiType = '([^']+)'`)
		reInput = regexp.MustCompile(`resourceInputs\["(\w+)"\]`)
		reCall  = regexp.MustCompile(`(?s)runtime\.invoke\("([^"]+)", \{(.*?)\}`)
		reArg   = regexp.MustCompile(`"(\w+)":`)
	)
	props = map[string][]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") || strings.Contains(p, "node_modules/@pulumi/openstack/node_modules") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		src := string(b)
		if m := reType.FindStringSubmatch(src); m != nil {
			tok := m[1]
			if tok == "openstack" { // the Provider resource
				tok = "pulumi:providers:openstack"
			}
			for _, in := range reInput.FindAllStringSubmatch(src, -1) {
				props[tok] = append(props[tok], in[1])
			}
			if props[tok] == nil {
				props[tok] = []string{}
			}
		} else if m := reCall.FindStringSubmatch(src); m != nil {
			props[m[1]] = []string{}
			for _, a := range reArg.FindAllStringSubmatch(m[2], -1) {
				props[m[1]] = append(props[m[1]], a[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// Object types: types/input.d.ts and types/output.d.ts, "namespace mod { interface Name { prop?: ... } }".
	types = map[string][]string{}
	reNS := regexp.MustCompile(`(?s)export declare namespace (\w+) \{(.*?)\n\}`)
	reIf := regexp.MustCompile(`(?s)\n    interface (\w+) \{(.*?)\n    \}`)
	reProp := regexp.MustCompile(`(?m)^        (\w+)\??:`)
	for _, f := range []string{"input.d.ts", "output.d.ts"} {
		b, err := os.ReadFile(filepath.Join(dir, "types", f))
		if err != nil {
			t.Fatal(err)
		}
		for _, ns := range reNS.FindAllStringSubmatch(string(b), -1) {
			for _, it := range reIf.FindAllStringSubmatch(ns[2], -1) {
				tok := pkgName + ":" + ns[1] + "/" + it[1] + ":" + it[1]
				for _, p := range reProp.FindAllStringSubmatch(it[2], -1) {
					types[tok] = append(types[tok], p[1])
				}
			}
		}
	}
	return props, types
}

// TestUnmappedTokens: every token and property of @pulumi/openstack 3.15.2 is in the schema,
// except the known gaps, which it logs.
func TestUnmappedTokens(t *testing.T) {
	s := loadSchema(t)
	sdk, sdkTypes := sdk315(t)
	if len(sdk) < 150 {
		t.Fatalf("read only %d tokens from @pulumi/openstack", len(sdk))
	}
	var unmapped []string
	for tok, names := range sdk {
		var have map[string]*prop
		switch r, f := s.Resources[tok], s.Functions[tok]; {
		case tok == "pulumi:providers:openstack":
			have = s.Config.Variables
		case r.Properties != nil:
			have = map[string]*prop{}
			for k, v := range r.Properties {
				have[k] = v
			}
			for k, v := range r.InputProperties {
				have[k] = v
			}
		case f.Inputs != nil || f.Outputs != nil:
			have = map[string]*prop{}
			if f.Inputs != nil {
				have = f.Inputs.Properties
			}
		default:
			unmapped = append(unmapped, tok)
			if _, ok := knownMissingTokens[tok]; !ok {
				t.Errorf("%s (from @pulumi/openstack 3.15.2) is not mapped", tok)
			}
			continue
		}
		checkProps(t, tok, names, have)
	}
	lowerTypes := map[string]string{}
	for k := range s.Types {
		lowerTypes[strings.ToLower(k)] = k
	}
	for tok, names := range sdkTypes {
		// Only the names matter on the wire; the bridge spells some type tokens differently.
		obj := s.Types[lowerTypes[strings.ToLower(tok)]]
		if obj == nil {
			continue // type of a removed resource or property (reported above)
		}
		checkProps(t, "type "+tok, names, obj.Properties)
	}

	sort.Strings(unmapped)
	t.Logf("%d of %d tokens of @pulumi/openstack 3.15.2 have no Terraform resource in terraform-provider-openstack v3:", len(unmapped), len(sdk))
	for _, tok := range unmapped {
		t.Logf("  %s (%s)", tok, knownMissingTokens[tok])
	}
	t.Logf("properties of 3.15.2 that Terraform v3 removed:")
	keys := make([]string, 0, len(knownMissingProps))
	for k := range knownMissingProps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("  %s: %s", k, strings.Join(knownMissingProps[k], ", "))
	}
}

func checkProps(t *testing.T, tok string, names []string, have map[string]*prop) {
	t.Helper()
	known := map[string]bool{}
	for _, p := range knownMissingProps[tok] {
		known[p] = true
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			continue
		}
		seen[n] = true
		if _, ok := have[n]; !ok && !known[n] {
			t.Errorf("%s: property %q (from @pulumi/openstack 3.15.2) is not in the schema", tok, n)
		}
	}
}

// TestMappingCoversTerraform: every Terraform resource and data source has a Pulumi token.
func TestMappingCoversTerraform(t *testing.T) {
	tfp := terraformProvider()
	info := Provider()
	for name := range tfp.ResourcesMap {
		if _, ok := info.Resources[name]; !ok {
			t.Errorf("Terraform resource %s has no Pulumi token", name)
		}
	}
	for name := range tfp.DataSourcesMap {
		if _, ok := info.DataSources[name]; !ok {
			t.Errorf("Terraform data source %s has no Pulumi token", name)
		}
	}
	seen := map[string]string{}
	for tf, tok := range Resources() {
		if other, dup := seen[tok]; dup {
			t.Errorf("token %s used by %s and %s", tok, tf, other)
		}
		seen[tok] = tf
	}
}
