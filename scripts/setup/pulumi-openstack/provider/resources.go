// Package provider maps terraform-provider-openstack (v3, SDKv2) onto the Pulumi
// package "openstack" with the tokens and property names of @pulumi/openstack 3.15.2.
//
// The official module github.com/pulumi/pulumi-openstack/provider is not served by the
// Go module proxy we can reach, so this is our own (small) bridged provider.
package provider

import (
	"unicode"

	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"github.com/pulumi/pulumi-terraform-bridge/v3/pkg/tfbridge"
	shimv2 "github.com/pulumi/pulumi-terraform-bridge/v3/pkg/tfshim/sdk-v2"
	"github.com/pulumi/pulumi/sdk/v3/go/common/tokens"
	"github.com/terraform-provider-openstack/terraform-provider-openstack/v3/openstack"
)

// Version is the plugin version we report: the one @pulumi/openstack 3.15.2 asks the engine for.
const Version = "3.15.2"

const pkgName = "openstack"

// ref names a Pulumi module and member, e.g. {"networking", "FloatingIp"}.
type ref struct{ mod, name string }

// token builds "openstack:<mod>/<lowerFirst(name)>:<name>", the scheme every @pulumi/openstack token follows.
func token(r ref) string {
	first := []rune(r.name)
	first[0] = unicode.ToLower(first[0])
	return pkgName + ":" + r.mod + "/" + string(first) + ":" + r.name
}

// resources maps Terraform resource types to Pulumi resources.
// The first group are the tokens of @pulumi/openstack 3.15.2; the rest are Terraform resources
// that 3.15.2 did not have (named in the same style; there is no TypeScript SDK for them here).
var resources = map[string]ref{
	// Block storage
	"openstack_blockstorage_qos_association_v3":    {"blockstorage", "QosAssociationV3"},
	"openstack_blockstorage_qos_v3":                {"blockstorage", "QosV3"},
	"openstack_blockstorage_quotaset_v3":           {"blockstorage", "QuoteSetV3"}, // sic: "Quote", as in 3.15.2
	"openstack_blockstorage_volume_v3":             {"blockstorage", "Volume"},
	"openstack_blockstorage_volume_attach_v3":      {"blockstorage", "VolumeAttach"},
	"openstack_blockstorage_volume_type_access_v3": {"blockstorage", "VolumeTypeAccessV3"},
	"openstack_blockstorage_volume_type_v3":        {"blockstorage", "VolumeTypeV3"},

	// Compute
	"openstack_compute_aggregate_v2":        {"compute", "AggregateV2"},
	"openstack_compute_flavor_v2":           {"compute", "Flavor"},
	"openstack_compute_flavor_access_v2":    {"compute", "FlavorAccess"},
	"openstack_compute_instance_v2":         {"compute", "Instance"},
	"openstack_compute_interface_attach_v2": {"compute", "InterfaceAttach"},
	"openstack_compute_keypair_v2":          {"compute", "Keypair"},
	"openstack_compute_servergroup_v2":      {"compute", "ServerGroup"},
	"openstack_compute_quotaset_v2":         {"compute", "QuotaSetV2"},
	"openstack_compute_volume_attach_v2":    {"compute", "VolumeAttach"},

	// Container infrastructure (Magnum)
	"openstack_containerinfra_nodegroup_v1":       {"containerinfra", "NodeGroup"},
	"openstack_containerinfra_clustertemplate_v1": {"containerinfra", "ClusterTemplate"},
	"openstack_containerinfra_cluster_v1":         {"containerinfra", "Cluster"},

	// Database (Trove)
	"openstack_db_instance_v1":      {"database", "Instance"},
	"openstack_db_user_v1":          {"database", "User"},
	"openstack_db_configuration_v1": {"database", "Configuration"},
	"openstack_db_database_v1":      {"database", "Database"},

	// DNS (Designate)
	"openstack_dns_recordset_v2":        {"dns", "RecordSet"},
	"openstack_dns_zone_v2":             {"dns", "Zone"},
	"openstack_dns_transfer_request_v2": {"dns", "TransferRequest"},
	"openstack_dns_transfer_accept_v2":  {"dns", "TransferAccept"},

	// Firewall (FWaaS v2)
	"openstack_fw_group_v2":  {"firewall", "GroupV2"},
	"openstack_fw_policy_v2": {"firewall", "PolicyV2"},
	"openstack_fw_rule_v2":   {"firewall", "RuleV2"},

	// Identity (Keystone)
	"openstack_identity_endpoint_v3":                {"identity", "EndpointV3"},
	"openstack_identity_project_v3":                 {"identity", "Project"},
	"openstack_identity_role_v3":                    {"identity", "Role"},
	"openstack_identity_role_assignment_v3":         {"identity", "RoleAssignment"},
	"openstack_identity_inherit_role_assignment_v3": {"identity", "InheritRoleAssignment"},
	"openstack_identity_service_v3":                 {"identity", "ServiceV3"},
	"openstack_identity_user_v3":                    {"identity", "User"},
	"openstack_identity_user_membership_v3":         {"identity", "UserMembershipV3"},
	"openstack_identity_group_v3":                   {"identity", "GroupV3"},
	"openstack_identity_application_credential_v3":  {"identity", "ApplicationCredential"},
	"openstack_identity_ec2_credential_v3":          {"identity", "Ec2CredentialV3"},

	// Images (Glance)
	"openstack_images_image_v2":               {"images", "Image"},
	"openstack_images_image_access_v2":        {"images", "ImageAccess"},
	"openstack_images_image_access_accept_v2": {"images", "ImageAccessAccept"},

	// Load balancer (Octavia)
	"openstack_lb_loadbalancer_v2": {"loadbalancer", "LoadBalancer"},
	"openstack_lb_listener_v2":     {"loadbalancer", "Listener"},
	"openstack_lb_pool_v2":         {"loadbalancer", "Pool"},
	"openstack_lb_member_v2":       {"loadbalancer", "Member"},
	"openstack_lb_members_v2":      {"loadbalancer", "Members"},
	"openstack_lb_monitor_v2":      {"loadbalancer", "Monitor"},
	"openstack_lb_l7policy_v2":     {"loadbalancer", "L7PolicyV2"},
	"openstack_lb_l7rule_v2":       {"loadbalancer", "L7RuleV2"},
	"openstack_lb_quota_v2":        {"loadbalancer", "Quota"},

	// Networking (Neutron)
	"openstack_networking_addressscope_v2":               {"networking", "AddressScope"},
	"openstack_networking_floatingip_v2":                 {"networking", "FloatingIp"},
	"openstack_networking_floatingip_associate_v2":       {"networking", "FloatingIpAssociate"},
	"openstack_networking_network_v2":                    {"networking", "Network"},
	"openstack_networking_port_v2":                       {"networking", "Port"},
	"openstack_networking_portforwarding_v2":             {"networking", "PortForwardingV2"},
	"openstack_networking_port_secgroup_associate_v2":    {"networking", "PortSecGroupAssociate"},
	"openstack_networking_qos_bandwidth_limit_rule_v2":   {"networking", "QosBandwidthLimitRule"},
	"openstack_networking_qos_dscp_marking_rule_v2":      {"networking", "QosDscpMarkingRule"},
	"openstack_networking_qos_minimum_bandwidth_rule_v2": {"networking", "QosMinimumBandwidthRule"},
	"openstack_networking_qos_policy_v2":                 {"networking", "QosPolicy"},
	"openstack_networking_quota_v2":                      {"networking", "QuotaV2"},
	"openstack_networking_rbac_policy_v2":                {"networking", "RbacPolicyV2"},
	"openstack_networking_router_v2":                     {"networking", "Router"},
	"openstack_networking_router_interface_v2":           {"networking", "RouterInterface"},
	"openstack_networking_router_route_v2":               {"networking", "RouterRoute"},
	"openstack_networking_secgroup_v2":                   {"networking", "SecGroup"},
	"openstack_networking_secgroup_rule_v2":              {"networking", "SecGroupRule"},
	"openstack_networking_subnet_v2":                     {"networking", "Subnet"},
	"openstack_networking_subnet_route_v2":               {"networking", "SubnetRoute"},
	"openstack_networking_subnetpool_v2":                 {"networking", "SubnetPool"},
	"openstack_networking_trunk_v2":                      {"networking", "Trunk"},

	// Object storage (Swift)
	"openstack_objectstorage_container_v1": {"objectstorage", "Container"},
	"openstack_objectstorage_object_v1":    {"objectstorage", "ContainerObject"},
	"openstack_objectstorage_tempurl_v1":   {"objectstorage", "TempUrl"},

	// Orchestration (Heat)
	"openstack_orchestration_stack_v1": {"orchestration", "StackV1"},

	// Shared file systems (Manila)
	"openstack_sharedfilesystem_securityservice_v2": {"sharedfilesystem", "SecurityService"},
	"openstack_sharedfilesystem_sharenetwork_v2":    {"sharedfilesystem", "ShareNetwork"},
	"openstack_sharedfilesystem_share_v2":           {"sharedfilesystem", "Share"},
	"openstack_sharedfilesystem_share_access_v2":    {"sharedfilesystem", "ShareAccess"},

	// VPNaaS
	"openstack_vpnaas_ipsec_policy_v2":    {"vpnaas", "IpSecPolicy"},
	"openstack_vpnaas_service_v2":         {"vpnaas", "Service"},
	"openstack_vpnaas_ike_policy_v2":      {"vpnaas", "IkePolicy"},
	"openstack_vpnaas_endpoint_group_v2":  {"vpnaas", "EndpointGroup"},
	"openstack_vpnaas_site_connection_v2": {"vpnaas", "SiteConnection"},

	// Key manager (Barbican)
	"openstack_keymanager_secret_v1":    {"keymanager", "SecretV1"},
	"openstack_keymanager_container_v1": {"keymanager", "ContainerV1"},
	"openstack_keymanager_order_v1":     {"keymanager", "OrderV1"},

	// --- Not in @pulumi/openstack 3.15.2 (newer Terraform resources); tokens are ours. ---
	"openstack_dns_zone_share_v2":            {"dns", "ZoneShareV2"},
	"openstack_dns_quota_v2":                 {"dns", "QuotaV2"},
	"openstack_identity_registered_limit_v3": {"identity", "RegisteredLimitV3"},
	"openstack_identity_limit_v3":            {"identity", "LimitV3"},
	"openstack_lb_flavor_v2":                 {"loadbalancer", "FlavorV2"},
	"openstack_lb_flavorprofile_v2":          {"loadbalancer", "FlavorProfileV2"},
	"openstack_networking_bgp_speaker_v2":    {"networking", "BgpSpeakerV2"},
	"openstack_networking_bgp_peer_v2":       {"networking", "BgpPeerV2"},
	"openstack_networking_router_routes_v2":  {"networking", "RouterRoutesV2"},
	"openstack_networking_address_group_v2":  {"networking", "AddressGroupV2"},
	"openstack_networking_segment_v2":        {"networking", "SegmentV2"},
	"openstack_objectstorage_account_v1":     {"objectstorage", "AccountV1"},
	"openstack_taas_tap_mirror_v2":           {"networking", "TapMirrorV2"},
	"openstack_bgpvpn_v2":                    {"bgpvpn", "V2"},
	"openstack_bgpvpn_network_associate_v2":  {"bgpvpn", "NetworkAssociateV2"},
	"openstack_bgpvpn_router_associate_v2":   {"bgpvpn", "RouterAssociateV2"},
	"openstack_bgpvpn_port_associate_v2":     {"bgpvpn", "PortAssociateV2"},
}

// dataSources maps Terraform data sources to Pulumi functions (names start with "get").
var dataSources = map[string]ref{
	// Block storage
	"openstack_blockstorage_availability_zones_v3": {"blockstorage", "getAvailabilityZonesV3"},
	"openstack_blockstorage_snapshot_v3":           {"blockstorage", "getSnapshotV3"},
	"openstack_blockstorage_volume_v3":             {"blockstorage", "getVolumeV3"},
	"openstack_blockstorage_quotaset_v3":           {"blockstorage", "getQuotasetV3"},

	// Compute
	"openstack_compute_aggregate_v2":          {"compute", "getAggregateV2"},
	"openstack_compute_availability_zones_v2": {"compute", "getAvailabilityZones"},
	"openstack_compute_instance_v2":           {"compute", "getInstanceV2"},
	"openstack_compute_flavor_v2":             {"compute", "getFlavor"},
	"openstack_compute_hypervisor_v2":         {"compute", "getHypervisorV2"},
	"openstack_compute_keypair_v2":            {"compute", "getKeypair"},
	"openstack_compute_quotaset_v2":           {"compute", "getQuotaSetV2"},
	"openstack_compute_limits_v2":             {"compute", "getLimitsV2"},

	// Container infrastructure
	"openstack_containerinfra_nodegroup_v1":       {"containerinfra", "getNodeGroup"},
	"openstack_containerinfra_clustertemplate_v1": {"containerinfra", "getClusterTemplate"},
	"openstack_containerinfra_cluster_v1":         {"containerinfra", "getCluster"},

	// DNS
	"openstack_dns_zone_v2": {"dns", "getDnsZone"},

	// Firewall (3.15.2 put the FWaaS v2 functions in the index module)
	"openstack_fw_group_v2":  {"index", "getFwGroupV2"},
	"openstack_fw_policy_v2": {"index", "getFwPolicyV2"},
	"openstack_fw_rule_v2":   {"index", "getFwRuleV2"},

	// Identity
	"openstack_identity_role_v3":       {"identity", "getRole"},
	"openstack_identity_project_v3":    {"identity", "getProject"},
	"openstack_identity_user_v3":       {"identity", "getUser"},
	"openstack_identity_auth_scope_v3": {"identity", "getAuthScope"},
	"openstack_identity_endpoint_v3":   {"identity", "getEndpoint"},
	"openstack_identity_service_v3":    {"identity", "getService"},
	"openstack_identity_group_v3":      {"identity", "getGroup"},

	// Images
	"openstack_images_image_v2":     {"images", "getImage"},
	"openstack_images_image_ids_v2": {"images", "getImageIds"},

	// Networking
	"openstack_networking_addressscope_v2":               {"networking", "getAddressScope"},
	"openstack_networking_network_v2":                    {"networking", "getNetwork"},
	"openstack_networking_qos_bandwidth_limit_rule_v2":   {"networking", "getQosBandwidthLimitRule"},
	"openstack_networking_qos_dscp_marking_rule_v2":      {"networking", "getQosDscpMarkingRule"},
	"openstack_networking_qos_minimum_bandwidth_rule_v2": {"networking", "getQosMinimumBandwidthRule"},
	"openstack_networking_qos_policy_v2":                 {"networking", "getQosPolicy"},
	"openstack_networking_quota_v2":                      {"networking", "getQuotaV2"},
	"openstack_networking_subnet_v2":                     {"networking", "getSubnet"},
	"openstack_networking_subnet_ids_v2":                 {"networking", "getSubnetIdsV2"},
	"openstack_networking_secgroup_v2":                   {"networking", "getSecGroup"},
	"openstack_networking_subnetpool_v2":                 {"networking", "getSubnetPool"},
	"openstack_networking_floatingip_v2":                 {"networking", "getFloatingIp"},
	"openstack_networking_router_v2":                     {"networking", "getRouter"},
	"openstack_networking_port_v2":                       {"networking", "getPort"},
	"openstack_networking_port_ids_v2":                   {"networking", "getPortIds"},
	"openstack_networking_trunk_v2":                      {"networking", "getTrunk"},

	// Shared file systems (sic: "Availbility", as in 3.15.2)
	"openstack_sharedfilesystem_availability_zones_v2": {"sharedfilesystem", "getAvailbilityZones"},
	"openstack_sharedfilesystem_sharenetwork_v2":       {"sharedfilesystem", "getShareNetwork"},
	"openstack_sharedfilesystem_share_v2":              {"sharedfilesystem", "getShare"},
	"openstack_sharedfilesystem_snapshot_v2":           {"sharedfilesystem", "getSnapshot"},

	// Key manager
	"openstack_keymanager_secret_v1":    {"keymanager", "getSecret"},
	"openstack_keymanager_container_v1": {"keymanager", "getContainer"},

	// --- Not in @pulumi/openstack 3.15.2; tokens are ours. ---
	"openstack_compute_servergroup_v2":  {"compute", "getServerGroupV2"},
	"openstack_dns_zone_share_v2":       {"dns", "getZoneShareV2"},
	"openstack_identity_project_ids_v3": {"identity", "getProjectIdsV3"},
	"openstack_networking_segment_v2":   {"networking", "getSegmentV2"},
	"openstack_loadbalancer_flavor_v2":  {"loadbalancer", "getFlavorV2"},
	"openstack_lb_flavor_v2":            {"loadbalancer", "getLbFlavorV2"},
	"openstack_lb_flavorprofile_v2":     {"loadbalancer", "getFlavorProfileV2"},
	"openstack_lb_loadbalancer_v2":      {"loadbalancer", "getLoadBalancerV2"},
	"openstack_lb_listener_v2":          {"loadbalancer", "getListenerV2"},
	"openstack_lb_pool_v2":              {"loadbalancer", "getPoolV2"},
	"openstack_workflow_workflow_v2":    {"workflow", "getWorkflowV2"},
}

// envConfig gives each provider setting the environment variables the Pulumi provider reads
// (the same OS_* variables as the Terraform provider and the openstack CLI).
var envConfig = map[string][]string{
	"auth_url":                      {"OS_AUTH_URL"},
	"region":                        {"OS_REGION_NAME"},
	"user_name":                     {"OS_USERNAME"},
	"user_id":                       {"OS_USER_ID"},
	"application_credential_id":     {"OS_APPLICATION_CREDENTIAL_ID"},
	"application_credential_name":   {"OS_APPLICATION_CREDENTIAL_NAME"},
	"application_credential_secret": {"OS_APPLICATION_CREDENTIAL_SECRET"},
	"tenant_id":                     {"OS_TENANT_ID", "OS_PROJECT_ID"},
	"tenant_name":                   {"OS_TENANT_NAME", "OS_PROJECT_NAME"},
	"password":                      {"OS_PASSWORD"},
	"token":                         {"OS_TOKEN", "OS_AUTH_TOKEN"},
	"user_domain_name":              {"OS_USER_DOMAIN_NAME"},
	"user_domain_id":                {"OS_USER_DOMAIN_ID"},
	"project_domain_name":           {"OS_PROJECT_DOMAIN_NAME"},
	"project_domain_id":             {"OS_PROJECT_DOMAIN_ID"},
	"domain_id":                     {"OS_DOMAIN_ID"},
	"domain_name":                   {"OS_DOMAIN_NAME"},
	"default_domain":                {"OS_DEFAULT_DOMAIN"},
	"system_scope":                  {"OS_SYSTEM_SCOPE"},
	"insecure":                      {"OS_INSECURE"},
	"endpoint_type":                 {"OS_ENDPOINT_TYPE"},
	"cacert_file":                   {"OS_CACERT"},
	"cert":                          {"OS_CERT"},
	"key":                           {"OS_KEY"},
	"swauth":                        {"OS_SWAUTH"},
	"delayed_auth":                  {"OS_DELAYED_AUTH"},
	"allow_reauth":                  {"OS_ALLOW_REAUTH"},
	"cloud":                         {"OS_CLOUD"},
	"use_octavia":                   {"OS_USE_OCTAVIA"},
}

// Resources returns the Terraform→Pulumi resource token map (for tests and tools).
func Resources() map[string]string { return tokenMap(resources) }

// DataSources returns the Terraform→Pulumi function token map (for tests and tools).
func DataSources() map[string]string { return tokenMap(dataSources) }

func tokenMap(m map[string]ref) map[string]string {
	out := make(map[string]string, len(m))
	for tf, r := range m {
		out[tf] = token(r)
	}
	return out
}

// terraformProvider returns terraform-provider-openstack's provider with the compatibility
// additions 3.15.2 programs need.
func terraformProvider() *schema.Provider {
	p := openstack.Provider()
	// terraform-provider-openstack v2+ always uses Octavia and dropped the "use_octavia"
	// setting; @pulumi/openstack 3.15.2 programs still send it (useOctavia), and the bridge
	// rejects unknown provider settings. Accept it and ignore it.
	if _, ok := p.Schema["use_octavia"]; !ok {
		p.Schema["use_octavia"] = &schema.Schema{
			Type:     schema.TypeBool,
			Optional: true,
			Description: "Ignored: load balancers always use Octavia (kept so that @pulumi/openstack 3.x programs, " +
				"which may set it, still configure).",
		}
	}
	return p
}

// Provider returns the bridge's ProviderInfo for the "openstack" Pulumi package.
func Provider() tfbridge.ProviderInfo {
	tfp := terraformProvider()
	prov := tfbridge.ProviderInfo{
		P:                       shimv2.NewProvider(tfp),
		Name:                    pkgName,
		Version:                 Version,
		DisplayName:             "OpenStack",
		Description:             "A Pulumi package for creating and managing OpenStack cloud resources.",
		Keywords:                []string{"pulumi", "openstack"},
		License:                 "Apache-2.0",
		Homepage:                "https://pulumi.io",
		Repository:              "https://github.com/pulumi/pulumi-openstack",
		GitHubOrg:               "terraform-provider-openstack",
		TFProviderModuleVersion: "v3",
		Config:                  map[string]*tfbridge.SchemaInfo{},
		Resources:               map[string]*tfbridge.ResourceInfo{},
		DataSources:             map[string]*tfbridge.DataSourceInfo{},
	}

	for key, vars := range envConfig {
		if _, ok := tfp.Schema[key]; ok {
			prov.Config[key] = &tfbridge.SchemaInfo{Default: &tfbridge.DefaultInfo{EnvVars: vars}}
		}
	}
	prov.Config["default_domain"].Default.Value = "default"

	for tf, r := range resources {
		if _, ok := tfp.ResourcesMap[tf]; !ok {
			continue // not in this Terraform provider version: leave it out rather than fail
		}
		prov.Resources[tf] = &tfbridge.ResourceInfo{Tok: tokens.Type(token(r))}
	}
	for tf, r := range dataSources {
		if _, ok := tfp.DataSourcesMap[tf]; !ok {
			continue
		}
		prov.DataSources[tf] = &tfbridge.DataSourceInfo{Tok: tokens.ModuleMember(token(r))}
	}

	// Property names that 3.15.2 renamed (everything else is the bridge's default camelCase,
	// with list/set blocks pluralised, e.g. block_device → blockDevices).
	// Subnet: 3.15.2 had both "allocation_pool" (→ allocationPools) and the deprecated
	// "allocation_pools" (→ allocationPoolsCollection); Terraform v3 kept only the first.
	setField(prov.Resources, "openstack_networking_subnet_v2", "allocation_pool", &tfbridge.SchemaInfo{Name: "allocationPools"})
	// Heat stack outputs were "StackOutputs" in 3.15.2 (type StackV1StackOutput).
	setField(prov.Resources, "openstack_orchestration_stack_v1", "outputs", &tfbridge.SchemaInfo{Name: "StackOutputs"})
	// Terraform now declares server group "policies" as a list of at most one item, which the
	// bridge would flatten to a string; 3.15.2 has it as a list of strings.
	setField(prov.Resources, "openstack_compute_servergroup_v2", "policies", &tfbridge.SchemaInfo{MaxItemsOne: tfbridge.False()})

	// Resources with an input "name" get Pulumi auto-naming (<logical name>-<random>), as in 3.15.2.
	prov.SetAutonaming(255, "-")
	return prov
}

func setField(m map[string]*tfbridge.ResourceInfo, tf, field string, info *tfbridge.SchemaInfo) {
	r, ok := m[tf]
	if !ok {
		return
	}
	if r.Fields == nil {
		r.Fields = map[string]*tfbridge.SchemaInfo{}
	}
	r.Fields[field] = info
}
