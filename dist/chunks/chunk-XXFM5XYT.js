import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-YVBWJNJQ.js";
import {
  event_streams_exports,
  init_event_streams
} from "./chunk-WFO6RGOB.js";
import {
  recordRequests
} from "./chunk-URRULC7X.js";
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs,
  require_dist_cjs3 as require_dist_cjs2,
  retry_exports
} from "./chunk-7BHWKGMM.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-ZBA22EBP.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-YOF47TSW.js";

// node_modules/@aws-sdk/client-batch/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/client-batch/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsRestJsonProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultBatchHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "batch",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultBatchHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "batch"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1137.0";
    var packageInfo = {
      version
    };
    var m = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = "stringEquals";
    var h = { [m]: "Endpoint" };
    var i = { [m]: d };
    var j = { "fn": f, "argv": [i, "name"] };
    var k = {};
    var l = [{ [m]: "Region" }];
    var _data = {
      conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "aws"]],
        [g, [j, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://batch-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://fips.batch.{Region}.amazonaws.com", k],
        ["https://batch.{Region}.amazonaws.com", k],
        ["https://batch-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://batch.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://batch.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      14,
      3,
      1,
      4,
      r + 13,
      2,
      5,
      r + 13,
      3,
      8,
      6,
      4,
      7,
      r + 12,
      5,
      r + 10,
      r + 11,
      4,
      12,
      9,
      6,
      10,
      r + 9,
      7,
      r + 6,
      11,
      8,
      r + 7,
      r + 8,
      5,
      13,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      15,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var BatchServiceException = class _BatchServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _BatchServiceException.prototype);
      }
    };
    var ClientException = class _ClientException extends BatchServiceException {
      name = "ClientException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ClientException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ClientException.prototype);
      }
    };
    var ServerException = class _ServerException extends BatchServiceException {
      name = "ServerException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "ServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServerException.prototype);
      }
    };
    var _ACD = "AttemptContainerDetail";
    var _AD = "AttemptDetail";
    var _ADt = "AttemptDetails";
    var _AETD = "AttemptEcsTaskDetails";
    var _AP = "ArrayProperties";
    var _APD = "ArrayPropertiesDetail";
    var _APS = "ArrayPropertiesSummary";
    var _ATCD = "AttemptTaskContainerDetails";
    var _CCE = "CreateComputeEnvironment";
    var _CCER = "CreateComputeEnvironmentRequest";
    var _CCERr = "CreateComputeEnvironmentResponse";
    var _CCR = "CreateConsumableResource";
    var _CCRR = "CreateConsumableResourceRequest";
    var _CCRRr = "CreateConsumableResourceResponse";
    var _CD = "ContainerDetail";
    var _CE = "ClientException";
    var _CED = "ComputeEnvironmentDetail";
    var _CEDL = "ComputeEnvironmentDetailList";
    var _CEO = "ComputeEnvironmentOrder";
    var _CEOo = "ComputeEnvironmentOrders";
    var _CJ = "CancelJob";
    var _CJED = "CancelJobsErrorDetail";
    var _CJEDL = "CancelJobsErrorDetailList";
    var _CJQ = "CreateJobQueue";
    var _CJQR = "CreateJobQueueRequest";
    var _CJQRr = "CreateJobQueueResponse";
    var _CJR = "CancelJobRequest";
    var _CJRa = "CancelJobResponse";
    var _CJRan = "CancelJobsRequest";
    var _CJRanc = "CancelJobsResponse";
    var _CJa = "CancelJobs";
    var _CL = "CapacityLimit";
    var _CLa = "CapacityLimits";
    var _CO = "ContainerOverrides";
    var _CP = "ContainerProperties";
    var _CQS = "CreateQuotaShare";
    var _CQSR = "CreateQuotaShareRequest";
    var _CQSRr = "CreateQuotaShareResponse";
    var _CR = "ComputeResource";
    var _CRL = "ConsumableResourceList";
    var _CRP = "ConsumableResourceProperties";
    var _CRR = "CapacityReservationRequest";
    var _CRRo = "ConsumableResourceRequirement";
    var _CRS = "ConsumableResourceSummary";
    var _CRSL = "ConsumableResourceSummaryList";
    var _CRU = "ComputeResourceUpdate";
    var _CS = "ContainerSummary";
    var _CSE = "CreateServiceEnvironment";
    var _CSER = "CreateServiceEnvironmentRequest";
    var _CSERr = "CreateServiceEnvironmentResponse";
    var _CSP = "ComputeScalingPolicy";
    var _CSPR = "CreateSchedulingPolicyRequest";
    var _CSPRr = "CreateSchedulingPolicyResponse";
    var _CSPr = "CreateSchedulingPolicy";
    var _D = "Device";
    var _DCE = "DeleteComputeEnvironment";
    var _DCER = "DeleteComputeEnvironmentRequest";
    var _DCERe = "DeleteComputeEnvironmentResponse";
    var _DCERes = "DescribeComputeEnvironmentsRequest";
    var _DCEResc = "DescribeComputeEnvironmentsResponse";
    var _DCEe = "DescribeComputeEnvironments";
    var _DCR = "DeleteConsumableResource";
    var _DCRR = "DeleteConsumableResourceRequest";
    var _DCRRe = "DeleteConsumableResourceResponse";
    var _DCRRes = "DescribeConsumableResourceRequest";
    var _DCRResc = "DescribeConsumableResourceResponse";
    var _DCRe = "DescribeConsumableResource";
    var _DJ = "DescribeJobs";
    var _DJD = "DeregisterJobDefinition";
    var _DJDR = "DeregisterJobDefinitionRequest";
    var _DJDRe = "DeregisterJobDefinitionResponse";
    var _DJDRes = "DescribeJobDefinitionsRequest";
    var _DJDResc = "DescribeJobDefinitionsResponse";
    var _DJDe = "DescribeJobDefinitions";
    var _DJQ = "DeleteJobQueue";
    var _DJQR = "DeleteJobQueueRequest";
    var _DJQRe = "DeleteJobQueueResponse";
    var _DJQRes = "DescribeJobQueuesRequest";
    var _DJQResc = "DescribeJobQueuesResponse";
    var _DJQe = "DescribeJobQueues";
    var _DJR = "DescribeJobsRequest";
    var _DJRe = "DescribeJobsResponse";
    var _DL = "DevicesList";
    var _DQS = "DeleteQuotaShare";
    var _DQSR = "DeleteQuotaShareRequest";
    var _DQSRe = "DeleteQuotaShareResponse";
    var _DQSRes = "DescribeQuotaShareRequest";
    var _DQSResc = "DescribeQuotaShareResponse";
    var _DQSe = "DescribeQuotaShare";
    var _DSE = "DeleteServiceEnvironment";
    var _DSER = "DeleteServiceEnvironmentRequest";
    var _DSERe = "DeleteServiceEnvironmentResponse";
    var _DSERes = "DescribeServiceEnvironmentsRequest";
    var _DSEResc = "DescribeServiceEnvironmentsResponse";
    var _DSEe = "DescribeServiceEnvironments";
    var _DSJ = "DescribeServiceJob";
    var _DSJR = "DescribeServiceJobRequest";
    var _DSJRe = "DescribeServiceJobResponse";
    var _DSP = "DeleteSchedulingPolicy";
    var _DSPR = "DeleteSchedulingPolicyRequest";
    var _DSPRe = "DeleteSchedulingPolicyResponse";
    var _DSPRes = "DescribeSchedulingPoliciesRequest";
    var _DSPResc = "DescribeSchedulingPoliciesResponse";
    var _DSPe = "DescribeSchedulingPolicies";
    var _EACD = "EksAttemptContainerDetail";
    var _EACDk = "EksAttemptContainerDetails";
    var _EAD = "EksAttemptDetail";
    var _EADk = "EksAttemptDetails";
    var _EC = "Ec2Configuration";
    var _ECD = "EksContainerDetail";
    var _ECDk = "EksContainerDetails";
    var _ECEV = "EksContainerEnvironmentVariable";
    var _ECEVk = "EksContainerEnvironmentVariables";
    var _ECL = "Ec2ConfigurationList";
    var _ECO = "EksContainerOverride";
    var _ECOL = "EksContainerOverrideList";
    var _ECRR = "EksContainerResourceRequirements";
    var _ECSC = "EksContainerSecurityContext";
    var _ECVM = "EksContainerVolumeMount";
    var _ECVMk = "EksContainerVolumeMounts";
    var _ECk = "EksConfiguration";
    var _ECks = "EksContainer";
    var _ECkso = "EksContainers";
    var _EED = "EksEmptyDir";
    var _EFSAC = "EFSAuthorizationConfig";
    var _EFSVC = "EFSVolumeConfiguration";
    var _EHP = "EksHostPath";
    var _EM = "EksMetadata";
    var _EOE = "EvaluateOnExit";
    var _EOEL = "EvaluateOnExitList";
    var _EP = "EcsProperties";
    var _EPD = "EcsPropertiesDetail";
    var _EPDk = "EksPropertiesDetail";
    var _EPO = "EcsPropertiesOverride";
    var _EPOk = "EksPropertiesOverride";
    var _EPP = "EksPodProperties";
    var _EPPD = "EksPodPropertiesDetail";
    var _EPPO = "EksPodPropertiesOverride";
    var _EPVC = "EksPersistentVolumeClaim";
    var _EPk = "EksProperties";
    var _ES = "EcsSettings";
    var _ESk = "EksSecret";
    var _ESp = "EphemeralStorage";
    var _ETD = "EcsTaskDetails";
    var _ETP = "EcsTaskProperties";
    var _EV = "EksVolume";
    var _EVk = "EksVolumes";
    var _EVn = "EnvironmentVariables";
    var _FC = "FirelensConfiguration";
    var _FCU = "FairshareCapacityUsage";
    var _FCUL = "FairshareCapacityUsageList";
    var _FCULa = "FairshareCapacityUtilizationList";
    var _FCUa = "FairshareCapacityUtilization";
    var _FOQD = "FrontOfQueueDetail";
    var _FOQJS = "FrontOfQueueJobSummary";
    var _FOQJSL = "FrontOfQueueJobSummaryList";
    var _FOQSD = "FrontOfQuotaSharesDetail";
    var _FOQSJS = "FrontOfQuotaShareJobSummary";
    var _FOQSJSL = "FrontOfQuotaShareJobSummaryList";
    var _FOQSJSM = "FrontOfQuotaSharesJobSummaryMap";
    var _FP = "FairsharePolicy";
    var _FPC = "FargatePlatformConfiguration";
    var _FUD = "FairshareUtilizationDetail";
    var _GJQS = "GetJobQueueSnapshot";
    var _GJQSR = "GetJobQueueSnapshotRequest";
    var _GJQSRe = "GetJobQueueSnapshotResponse";
    var _H = "Host";
    var _ILT = "InstanceLaunchTemplate";
    var _ILTU = "InstanceLaunchTemplateUpdate";
    var _IO = "InfrastructureOptimization";
    var _IPS = "ImagePullSecret";
    var _IPSm = "ImagePullSecrets";
    var _IRR = "InstanceRequirementsRequest";
    var _JCUS = "JobCapacityUsageSummary";
    var _JCUSL = "JobCapacityUsageSummaryList";
    var _JD = "JobDefinition";
    var _JDL = "JobDefinitionList";
    var _JDLo = "JobDependencyList";
    var _JDLob = "JobDetailList";
    var _JDo = "JobDependency";
    var _JDob = "JobDetail";
    var _JQD = "JobQueueDetail";
    var _JQDL = "JobQueueDetailList";
    var _JS = "JobSummary";
    var _JSL = "JobSummaryList";
    var _JSTLA = "JobStateTimeLimitAction";
    var _JSTLAo = "JobStateTimeLimitActions";
    var _JT = "JobTimeout";
    var _KVP = "KeyValuePair";
    var _KVPe = "KeyValuesPair";
    var _LAETD = "ListAttemptEcsTaskDetails";
    var _LATCD = "ListAttemptTaskContainerDetails";
    var _LC = "LogConfiguration";
    var _LCR = "ListConsumableResources";
    var _LCRFL = "ListConsumableResourcesFilterList";
    var _LCRR = "ListConsumableResourcesRequest";
    var _LCRRi = "ListConsumableResourcesResponse";
    var _LETD = "ListEcsTaskDetails";
    var _LETP = "ListEcsTaskProperties";
    var _LJ = "ListJobs";
    var _LJBCR = "ListJobsByConsumableResource";
    var _LJBCRFL = "ListJobsByConsumableResourceFilterList";
    var _LJBCRR = "ListJobsByConsumableResourceRequest";
    var _LJBCRRi = "ListJobsByConsumableResourceResponse";
    var _LJBCRS = "ListJobsByConsumableResourceSummary";
    var _LJBCRSL = "ListJobsByConsumableResourceSummaryList";
    var _LJFL = "ListJobsFilterList";
    var _LJR = "ListJobsRequest";
    var _LJRi = "ListJobsResponse";
    var _LP = "LinuxParameters";
    var _LQS = "ListQuotaShares";
    var _LQSR = "ListQuotaSharesRequest";
    var _LQSRi = "ListQuotaSharesResponse";
    var _LSJ = "ListServiceJobs";
    var _LSJA = "LatestServiceJobAttempt";
    var _LSJR = "ListServiceJobsRequest";
    var _LSJRi = "ListServiceJobsResponse";
    var _LSP = "ListSchedulingPolicies";
    var _LSPR = "ListSchedulingPoliciesRequest";
    var _LSPRi = "ListSchedulingPoliciesResponse";
    var _LTCD = "ListTaskContainerDetails";
    var _LTCO = "ListTaskContainerOverrides";
    var _LTCP = "ListTaskContainerProperties";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LTPO = "ListTaskPropertiesOverride";
    var _LTS = "LaunchTemplateSpecification";
    var _LTSO = "LaunchTemplateSpecificationOverride";
    var _LTSOL = "LaunchTemplateSpecificationOverrideList";
    var _MILSC = "ManagedInstancesLocalStorageConfiguration";
    var _MINC = "ManagedInstancesNetworkConfiguration";
    var _MIP = "ManagedInstancesProvider";
    var _MISC = "ManagedInstancesStorageConfiguration";
    var _MP = "MountPoint";
    var _MPo = "MountPoints";
    var _NC = "NetworkConfiguration";
    var _ND = "NodeDetails";
    var _NI = "NetworkInterface";
    var _NIL = "NetworkInterfaceList";
    var _NO = "NodeOverrides";
    var _NP = "NodeProperties";
    var _NPO = "NodePropertyOverride";
    var _NPOo = "NodePropertyOverrides";
    var _NPS = "NodePropertiesSummary";
    var _NRP = "NodeRangeProperty";
    var _NRPo = "NodeRangeProperties";
    var _QSCL = "QuotaShareCapacityLimit";
    var _QSCLu = "QuotaShareCapacityLimits";
    var _QSCU = "QueueSnapshotCapacityUsage";
    var _QSCUL = "QueueSnapshotCapacityUsageList";
    var _QSCULu = "QuotaShareCapacityUsageList";
    var _QSCULuo = "QuotaShareCapacityUtilizationList";
    var _QSCUu = "QuotaShareCapacityUsage";
    var _QSCUuo = "QuotaShareCapacityUtilization";
    var _QSD = "QuotaShareDetail";
    var _QSL = "QuotaShareList";
    var _QSP = "QuotaSharePolicy";
    var _QSPC = "QuotaSharePreemptionConfiguration";
    var _QSRSC = "QuotaShareResourceSharingConfiguration";
    var _QSUD = "QueueSnapshotUtilizationDetail";
    var _QSUDu = "QuotaShareUtilizationDetail";
    var _RC = "RepositoryCredentials";
    var _RJD = "RegisterJobDefinition";
    var _RJDR = "RegisterJobDefinitionRequest";
    var _RJDRe = "RegisterJobDefinitionResponse";
    var _RP = "RuntimePlatform";
    var _RR = "ResourceRequirement";
    var _RRe = "ResourceRequirements";
    var _RS = "RetryStrategy";
    var _S = "Secret";
    var _SA = "ShareAttributes";
    var _SAL = "ShareAttributesList";
    var _SE = "ServerException";
    var _SED = "ServiceEnvironmentDetail";
    var _SEDL = "ServiceEnvironmentDetailList";
    var _SEO = "ServiceEnvironmentOrder";
    var _SEOe = "ServiceEnvironmentOrders";
    var _SFVC = "S3FilesVolumeConfiguration";
    var _SJ = "SubmitJob";
    var _SJAD = "ServiceJobAttemptDetail";
    var _SJADe = "ServiceJobAttemptDetails";
    var _SJCUD = "ServiceJobCapacityUsageDetail";
    var _SJCUDL = "ServiceJobCapacityUsageDetailList";
    var _SJCUS = "ServiceJobCapacityUsageSummary";
    var _SJCUSL = "ServiceJobCapacityUsageSummaryList";
    var _SJEOE = "ServiceJobEvaluateOnExit";
    var _SJEOEL = "ServiceJobEvaluateOnExitList";
    var _SJPA = "ServiceJobPreemptedAttempt";
    var _SJPC = "ServiceJobPreemptionConfiguration";
    var _SJPS = "ServiceJobPreemptionSummary";
    var _SJR = "SubmitJobRequest";
    var _SJRPAL = "ServiceJobRecentPreemptedAttemptList";
    var _SJRS = "ServiceJobRetryStrategy";
    var _SJRu = "SubmitJobResponse";
    var _SJS = "ServiceJobSummary";
    var _SJSL = "ServiceJobSummaryList";
    var _SJT = "ServiceJobTimeout";
    var _SL = "SecretList";
    var _SPD = "SchedulingPolicyDetail";
    var _SPDL = "SchedulingPolicyDetailList";
    var _SPLD = "SchedulingPolicyListingDetail";
    var _SPLDL = "SchedulingPolicyListingDetailList";
    var _SRI = "ServiceResourceId";
    var _SSJ = "SubmitServiceJob";
    var _SSJR = "SubmitServiceJobRequest";
    var _SSJRu = "SubmitServiceJobResponse";
    var _T = "Tmpfs";
    var _TCD = "TaskContainerDependency";
    var _TCDL = "TaskContainerDependencyList";
    var _TCDa = "TaskContainerDetails";
    var _TCO = "TaskContainerOverrides";
    var _TCP = "TaskContainerProperties";
    var _TJ = "TerminateJob";
    var _TJED = "TerminateJobsErrorDetail";
    var _TJEDL = "TerminateJobsErrorDetailList";
    var _TJR = "TerminateJobRequest";
    var _TJRe = "TerminateJobResponse";
    var _TJRer = "TerminateJobsRequest";
    var _TJRerm = "TerminateJobsResponse";
    var _TJe = "TerminateJobs";
    var _TL = "TmpfsList";
    var _TPO = "TaskPropertiesOverride";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResponse";
    var _TSJ = "TerminateServiceJob";
    var _TSJED = "TerminateServiceJobsErrorDetail";
    var _TSJEDL = "TerminateServiceJobsErrorDetailList";
    var _TSJR = "TerminateServiceJobRequest";
    var _TSJRe = "TerminateServiceJobResponse";
    var _TSJRer = "TerminateServiceJobsRequest";
    var _TSJRerm = "TerminateServiceJobsResponse";
    var _TSJe = "TerminateServiceJobs";
    var _U = "Ulimit";
    var _UCE = "UpdateComputeEnvironment";
    var _UCER = "UpdateComputeEnvironmentRequest";
    var _UCERp = "UpdateComputeEnvironmentResponse";
    var _UCR = "UpdateConsumableResource";
    var _UCRR = "UpdateConsumableResourceRequest";
    var _UCRRp = "UpdateConsumableResourceResponse";
    var _UJQ = "UpdateJobQueue";
    var _UJQR = "UpdateJobQueueRequest";
    var _UJQRp = "UpdateJobQueueResponse";
    var _UMIPC = "UpdateManagedInstancesProviderConfiguration";
    var _UP = "UpdatePolicy";
    var _UQS = "UpdateQuotaShare";
    var _UQSR = "UpdateQuotaShareRequest";
    var _UQSRp = "UpdateQuotaShareResponse";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResponse";
    var _USE = "UpdateServiceEnvironment";
    var _USER = "UpdateServiceEnvironmentRequest";
    var _USERp = "UpdateServiceEnvironmentResponse";
    var _USJ = "UpdateServiceJob";
    var _USJR = "UpdateServiceJobRequest";
    var _USJRp = "UpdateServiceJobResponse";
    var _USP = "UpdateSchedulingPolicy";
    var _USPR = "UpdateSchedulingPolicyRequest";
    var _USPRp = "UpdateSchedulingPolicyResponse";
    var _Ul = "Ulimits";
    var _V = "Volume";
    var _Vo = "Volumes";
    var _a = "arn";
    var _aC = "authorizationConfig";
    var _aDS = "attemptDurationSeconds";
    var _aI = "attachmentId";
    var _aIT = "allowedInstanceTypes";
    var _aJI = "arrayJobId";
    var _aP = "arrayProperties";
    var _aPA = "accessPointArn";
    var _aPE = "allowPrivilegeEscalation";
    var _aPI = "accessPointId";
    var _aPIs = "assignPublicIp";
    var _aQ = "availableQuantity";
    var _aS = "allocationStrategy";
    var _aSC = "activeShareCount";
    var _ac = "action";
    var _an = "annotations";
    var _ar = "arns";
    var _arg = "args";
    var _at = "attempts";
    var _bIS = "batchImageStatus";
    var _bL = "borrowLimit";
    var _bP = "bidPercentage";
    var _c = "client";
    var _cA = "createdAt";
    var _cAp = "cpuArchitecture";
    var _cE = "computeEnvironment";
    var _cEA = "computeEnvironmentArn";
    var _cEN = "computeEnvironmentName";
    var _cEO = "computeEnvironmentOrder";
    var _cEo = "computeEnvironments";
    var _cI = "containerInsights";
    var _cIA = "containerInstanceArn";
    var _cID = "containerID";
    var _cL = "capacityLimits";
    var _cN = "claimName";
    var _cNo = "containerName";
    var _cO = "containerOverrides";
    var _cOT = "containerOrchestrationType";
    var _cOTa = "capacityOptionType";
    var _cP = "containerPath";
    var _cPo = "containerProperties";
    var _cPr = "credentialsParameter";
    var _cR = "computeResources";
    var _cRA = "consumableResourceArn";
    var _cRL = "consumableResourceList";
    var _cRN = "consumableResourceName";
    var _cRP = "consumableResourceProperties";
    var _cRPO = "consumableResourcePropertiesOverride";
    var _cRa = "capacityReservations";
    var _cRo = "consumableResource";
    var _cRom = "computeReservation";
    var _cRon = "consumableResources";
    var _cT = "capacityTags";
    var _cTl = "clientToken";
    var _cU = "capacityUnit";
    var _cUa = "capacityUsage";
    var _co = "container";
    var _cod = "code";
    var _com = "command";
    var _con = "containers";
    var _cond = "condition";
    var _cont = "context";
    var _d = "devices";
    var _dC = "desiredvCpus";
    var _dO = "dependsOn";
    var _dP = "dnsPolicy";
    var _e = "error";
    var _eA = "eksAttempts";
    var _eC = "exitCode";
    var _eCA = "ecsClusterArn";
    var _eCAk = "eksClusterArn";
    var _eCc = "ec2Configuration";
    var _eCk = "eksConfiguration";
    var _eD = "emptyDir";
    var _eEC = "enableExecuteCommand";
    var _eIPA = "ec2InstanceProfileArn";
    var _eKP = "ec2KeyPair";
    var _eOE = "evaluateOnExit";
    var _eP = "ecsProperties";
    var _ePO = "ecsPropertiesOverride";
    var _ePOk = "eksPropertiesOverride";
    var _ePk = "eksProperties";
    var _eRA = "executionRoleArn";
    var _eS = "ecsSettings";
    var _eSp = "ephemeralStorage";
    var _eTAP = "earliestTimeAtPosition";
    var _eVC = "efsVolumeConfiguration";
    var _en = "environment";
    var _env = "env";
    var _er = "errors";
    var _es = "essential";
    var _f = "filters";
    var _fC = "firelensConfiguration";
    var _fE = "fipsEnabled";
    var _fOQ = "frontOfQueue";
    var _fOQS = "frontOfQuotaShares";
    var _fP = "fairsharePolicy";
    var _fPC = "fargatePlatformConfiguration";
    var _fSA = "fileSystemArn";
    var _fSI = "fileSystemId";
    var _fU = "fairshareUtilization";
    var _h = "host";
    var _hE = "httpError";
    var _hL = "hardLimit";
    var _hN = "hostNetwork";
    var _hP = "hostPath";
    var _hQ = "httpQuery";
    var _ht = "http";
    var _i = "index";
    var _iA = "ipv6Address";
    var _iC = "initContainers";
    var _iCs = "isCancelled";
    var _iI = "imageId";
    var _iIO = "imageIdOverride";
    var _iKV = "imageKubernetesVersion";
    var _iLT = "instanceLaunchTemplate";
    var _iM = "ipcMode";
    var _iMN = "isMainNode";
    var _iMTP = "instanceMetadataTagsPropagation";
    var _iO = "infrastructureOptimization";
    var _iPE = "initProcessEnabled";
    var _iPP = "imagePullPolicy";
    var _iPS = "imagePullSecrets";
    var _iR = "instanceRole";
    var _iRA = "infrastructureRoleArn";
    var _iRAS = "idleResourceAssignmentStrategy";
    var _iRn = "instanceRequirements";
    var _iSP = "inSharePreemption";
    var _iT = "instanceTypes";
    var _iTm = "imageType";
    var _iTn = "instanceType";
    var _iTs = "isTerminated";
    var _iUQ = "inUseQuantity";
    var _ia = "iam";
    var _im = "image";
    var _j = "job";
    var _jA = "jobArn";
    var _jD = "jobDefinition";
    var _jDA = "jobDefinitionArn";
    var _jDN = "jobDefinitionName";
    var _jDo = "jobDefinitions";
    var _jETM = "jobExecutionTimeoutMinutes";
    var _jI = "jobId";
    var _jN = "jobName";
    var _jQ = "jobQueue";
    var _jQA = "jobQueueArn";
    var _jQN = "jobQueueName";
    var _jQT = "jobQueueType";
    var _jQo = "jobQueues";
    var _jRA = "jobRoleArn";
    var _jS = "jobStatus";
    var _jSL = "jobSummaryList";
    var _jSTLA = "jobStateTimeLimitActions";
    var _jo = "jobs";
    var _kN = "kubernetesNamespace";
    var _l = "limits";
    var _lA = "latestAttempt";
    var _lC = "logConfiguration";
    var _lD = "logDriver";
    var _lP = "linuxParameters";
    var _lSC = "localStorageConfiguration";
    var _lSN = "logStreamName";
    var _lT = "launchTemplate";
    var _lTI = "launchTemplateId";
    var _lTN = "launchTemplateName";
    var _lUA = "lastUpdatedAt";
    var _la = "labels";
    var _m = "message";
    var _mC = "maxCapacity";
    var _mCa = "maxvCpus";
    var _mCi = "minvCpus";
    var _mIP = "managedInstancesProvider";
    var _mN = "mainNode";
    var _mNJI = "multiNodeJobId";
    var _mO = "mountOptions";
    var _mP = "mountPoints";
    var _mPo = "mountPath";
    var _mR = "maxResults";
    var _mS = "maxSwap";
    var _mSDDM = "minScaleDownDelayMinutes";
    var _mTS = "maxTimeSeconds";
    var _me = "memory";
    var _med = "medium";
    var _met = "metadata";
    var _mo = "monitoring";
    var _n = "name";
    var _nC = "networkConfiguration";
    var _nD = "nodeDetails";
    var _nI = "networkInterfaces";
    var _nIo = "nodeIndex";
    var _nM = "networkMode";
    var _nN = "nodeName";
    var _nNu = "numNodes";
    var _nO = "nodeOverrides";
    var _nP = "nodeProperties";
    var _nPO = "nodePropertyOverrides";
    var _nRP = "nodeRangeProperties";
    var _nT = "nextToken";
    var _na = "namespace";
    var _o = "order";
    var _oEC = "onExitCode";
    var _oR = "onReason";
    var _oSF = "operatingSystemFamily";
    var _oSR = "onStatusReason";
    var _op = "optional";
    var _ope = "operation";
    var _opt = "options";
    var _ov = "overrides";
    var _p = "privileged";
    var _pAC = "preemptedAttemptCount";
    var _pC = "preemptionConfiguration";
    var _pCl = "platformCapabilities";
    var _pG = "placementGroup";
    var _pIA = "privateIpv4Address";
    var _pM = "pidMode";
    var _pN = "podName";
    var _pNo = "podNamespace";
    var _pP = "podProperties";
    var _pRBT = "preemptionRetriesBeforeTermination";
    var _pS = "preemptionSummary";
    var _pT = "propagateTags";
    var _pV = "platformVersion";
    var _pVC = "persistentVolumeClaim";
    var _pa = "path";
    var _par = "parameters";
    var _pe = "permissions";
    var _pr = "priority";
    var _q = "quantity";
    var _qS = "quotaShares";
    var _qSA = "quotaShareArn";
    var _qSN = "quotaShareName";
    var _qSP = "quotaSharePolicy";
    var _qSU = "quotaShareUtilization";
    var _qU = "queueUtilization";
    var _r = "reason";
    var _rA = "resourceArn";
    var _rAG = "runAsGroup";
    var _rANR = "runAsNonRoot";
    var _rAU = "runAsUser";
    var _rC = "repositoryCredentials";
    var _rD = "rootDirectory";
    var _rGA = "reservationGroupArn";
    var _rO = "readOnly";
    var _rORF = "readOnlyRootFilesystem";
    var _rP = "reservationPreference";
    var _rPA = "recentPreemptedAttempts";
    var _rPu = "runtimePlatform";
    var _rR = "resourceRequirements";
    var _rRF = "readonlyRootFilesystem";
    var _rS = "retryStrategy";
    var _rSC = "resourceSharingConfiguration";
    var _rT = "resourceType";
    var _re = "resources";
    var _req = "requests";
    var _rev = "revision";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.batch";
    var _sA = "startedAt";
    var _sAN = "serviceAccountName";
    var _sAc = "scheduledAt";
    var _sAt = "stoppedAt";
    var _sC = "securityContext";
    var _sCt = "storageConfiguration";
    var _sD = "shareDistribution";
    var _sDS = "shareDecaySeconds";
    var _sE = "serviceEnvironment";
    var _sEA = "serviceEnvironmentArn";
    var _sEN = "serviceEnvironmentName";
    var _sEO = "serviceEnvironmentOrder";
    var _sET = "serviceEnvironmentType";
    var _sEe = "serviceEnvironments";
    var _sG = "securityGroups";
    var _sGI = "securityGroupIds";
    var _sI = "shareIdentifier";
    var _sIA = "scaleInAfter";
    var _sIFR = "spotIamFleetRole";
    var _sIGB = "sizeInGiB";
    var _sJT = "serviceJobType";
    var _sL = "sizeLimit";
    var _sLo = "softLimit";
    var _sMS = "sharedMemorySize";
    var _sN = "secretName";
    var _sO = "secretOptions";
    var _sP = "scalingPolicy";
    var _sPA = "schedulingPolicyArn";
    var _sPN = "shareProcessNamespace";
    var _sPO = "schedulingPriorityOverride";
    var _sPc = "schedulingPolicies";
    var _sPch = "schedulingPriority";
    var _sPo = "sourcePath";
    var _sPu = "subPath";
    var _sR = "statusReason";
    var _sRI = "serviceResourceId";
    var _sRP = "serviceRequestPayload";
    var _sRe = "serviceRole";
    var _sS = "statusSummary";
    var _sSGB = "storageSizeGiB";
    var _sSLUA = "statusSummaryLastUpdatedAt";
    var _sT = "startTimeout";
    var _sTt = "stopTimeout";
    var _sV = "sourceVolume";
    var _sVC = "s3filesVolumeConfiguration";
    var _se = "server";
    var _sec = "secrets";
    var _secr = "secret";
    var _si = "size";
    var _st = "state";
    var _sta = "status";
    var _str = "strategy";
    var _su = "successful";
    var _sub = "subnets";
    var _sw = "swappiness";
    var _t = "tags";
    var _tA = "taskArn";
    var _tC = "timeoutConfig";
    var _tCU = "topCapacityUtilization";
    var _tCUo = "totalCapacityUsage";
    var _tE = "transitEncryption";
    var _tEP = "transitEncryptionPort";
    var _tIT = "targetInstanceTypes";
    var _tJOU = "terminateJobsOnUpdate";
    var _tK = "tagKeys";
    var _tN = "targetNodes";
    var _tP = "taskProperties";
    var _tQ = "totalQuantity";
    var _tRA = "taskRoleArn";
    var _ti = "timeout";
    var _tm = "tmpfs";
    var _ty = "type";
    var _u = "uuid";
    var _uC = "unmanagedvCpus";
    var _uLS = "useLocalStorage";
    var _uP = "updatePolicy";
    var _uT = "userdataType";
    var _uTLIV = "updateToLatestImageVersion";
    var _ul = "ulimits";
    var _us = "user";
    var _v = "vcpus";
    var _vF = "valueFrom";
    var _vM = "volumeMounts";
    var _va = "value";
    var _val = "values";
    var _ve = "version";
    var _vo = "volumes";
    var _wF = "weightFactor";
    var n0 = "com.amazonaws.batch";
    var _s_registry = new TypeRegistry(_s);
    var BatchServiceException$ = [-3, _s, "BatchServiceException", 0, [], []];
    _s_registry.registerError(BatchServiceException$, BatchServiceException);
    var n0_registry = new TypeRegistry(n0);
    var ClientException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ClientException$, ClientException);
    var ServerException$ = [
      -3,
      n0,
      _SE,
      { [_e]: _se, [_hE]: 500 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServerException$, ServerException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var ArrayProperties$ = [
      3,
      n0,
      _AP,
      0,
      [_si],
      [1]
    ];
    var ArrayPropertiesDetail$ = [
      3,
      n0,
      _APD,
      0,
      [_sS, _sSLUA, _si, _i],
      [128 | 1, 1, 1, 1]
    ];
    var ArrayPropertiesSummary$ = [
      3,
      n0,
      _APS,
      0,
      [_si, _i, _sS, _sSLUA],
      [1, 1, 128 | 1, 1]
    ];
    var AttemptContainerDetail$ = [
      3,
      n0,
      _ACD,
      0,
      [_cIA, _tA, _eC, _r, _lSN, _nI],
      [0, 0, 1, 0, 0, () => NetworkInterfaceList]
    ];
    var AttemptDetail$ = [
      3,
      n0,
      _AD,
      0,
      [_co, _sA, _sAt, _sR, _tP],
      [() => AttemptContainerDetail$, 1, 1, 0, () => ListAttemptEcsTaskDetails]
    ];
    var AttemptEcsTaskDetails$ = [
      3,
      n0,
      _AETD,
      0,
      [_cIA, _tA, _con],
      [0, 0, () => ListAttemptTaskContainerDetails]
    ];
    var AttemptTaskContainerDetails$ = [
      3,
      n0,
      _ATCD,
      0,
      [_eC, _n, _r, _lSN, _nI],
      [1, 0, 0, 0, () => NetworkInterfaceList]
    ];
    var CancelJobRequest$ = [
      3,
      n0,
      _CJR,
      0,
      [_jI, _r],
      [0, 0],
      2
    ];
    var CancelJobResponse$ = [
      3,
      n0,
      _CJRa,
      0,
      [],
      []
    ];
    var CancelJobsErrorDetail$ = [
      3,
      n0,
      _CJED,
      0,
      [_j, _cod, _m],
      [0, 0, 0],
      3
    ];
    var CancelJobsRequest$ = [
      3,
      n0,
      _CJRan,
      0,
      [_jo, _r],
      [64 | 0, 0],
      2
    ];
    var CancelJobsResponse$ = [
      3,
      n0,
      _CJRanc,
      0,
      [_su, _er],
      [64 | 0, () => CancelJobsErrorDetailList],
      2
    ];
    var CapacityLimit$ = [
      3,
      n0,
      _CL,
      0,
      [_mC, _cU],
      [1, 0]
    ];
    var CapacityReservationRequest$ = [
      3,
      n0,
      _CRR,
      0,
      [_rGA, _rP],
      [0, 0]
    ];
    var ComputeEnvironmentDetail$ = [
      3,
      n0,
      _CED,
      0,
      [_cEN, _cEA, _uC, _eCA, _t, _ty, _st, _sta, _sR, _cR, _sRe, _uP, _eCk, _cOT, _u, _cont, _eS],
      [0, 0, 1, 0, 128 | 0, 0, 0, 0, 0, () => ComputeResource$, 0, () => UpdatePolicy$, () => EksConfiguration$, 0, 0, 0, () => EcsSettings$],
      2
    ];
    var ComputeEnvironmentOrder$ = [
      3,
      n0,
      _CEO,
      0,
      [_o, _cE],
      [1, 0],
      2
    ];
    var ComputeResource$ = [
      3,
      n0,
      _CR,
      0,
      [_ty, _mCa, _aS, _mCi, _dC, _iT, _iI, _sub, _sGI, _eKP, _iR, _t, _pG, _bP, _sIFR, _lT, _eCc, _sP, _mIP, _cT],
      [0, 1, 0, 1, 1, 64 | 0, 0, 64 | 0, 64 | 0, 0, 0, 128 | 0, 0, 1, 0, () => LaunchTemplateSpecification$, () => Ec2ConfigurationList, () => ComputeScalingPolicy$, () => ManagedInstancesProvider$, 128 | 0],
      2
    ];
    var ComputeResourceUpdate$ = [
      3,
      n0,
      _CRU,
      0,
      [_mCi, _mCa, _dC, _sub, _sGI, _aS, _iT, _eKP, _iR, _t, _pG, _bP, _lT, _eCc, _uTLIV, _ty, _iI, _sP, _mIP, _cT],
      [1, 1, 1, 64 | 0, 64 | 0, 0, 64 | 0, 0, 0, 128 | 0, 0, 1, () => LaunchTemplateSpecification$, () => Ec2ConfigurationList, 2, 0, 0, () => ComputeScalingPolicy$, () => UpdateManagedInstancesProviderConfiguration$, 128 | 0]
    ];
    var ComputeScalingPolicy$ = [
      3,
      n0,
      _CSP,
      0,
      [_mSDDM],
      [1]
    ];
    var ConsumableResourceProperties$ = [
      3,
      n0,
      _CRP,
      0,
      [_cRL],
      [() => ConsumableResourceList]
    ];
    var ConsumableResourceRequirement$ = [
      3,
      n0,
      _CRRo,
      0,
      [_cRo, _q],
      [0, 1]
    ];
    var ConsumableResourceSummary$ = [
      3,
      n0,
      _CRS,
      0,
      [_cRA, _cRN, _tQ, _iUQ, _rT],
      [0, 0, 1, 1, 0],
      2
    ];
    var ContainerDetail$ = [
      3,
      n0,
      _CD,
      0,
      [_im, _v, _me, _com, _jRA, _eRA, _vo, _en, _mP, _rRF, _ul, _p, _us, _eC, _r, _cIA, _tA, _lSN, _iTn, _nI, _rR, _lP, _lC, _sec, _nC, _fPC, _eSp, _rPu, _rC, _eEC],
      [0, 1, 1, 64 | 0, 0, 0, () => Volumes, () => EnvironmentVariables, () => MountPoints, 2, () => Ulimits, 2, 0, 1, 0, 0, 0, 0, 0, () => NetworkInterfaceList, () => ResourceRequirements, () => LinuxParameters$, () => LogConfiguration$, () => SecretList, () => NetworkConfiguration$, () => FargatePlatformConfiguration$, () => EphemeralStorage$, () => RuntimePlatform$, () => RepositoryCredentials$, 2]
    ];
    var ContainerOverrides$ = [
      3,
      n0,
      _CO,
      0,
      [_v, _me, _com, _iTn, _en, _rR],
      [1, 1, 64 | 0, 0, () => EnvironmentVariables, () => ResourceRequirements]
    ];
    var ContainerProperties$ = [
      3,
      n0,
      _CP,
      0,
      [_im, _v, _me, _com, _jRA, _eRA, _vo, _en, _mP, _rRF, _p, _ul, _us, _iTn, _rR, _lP, _lC, _sec, _nC, _fPC, _eEC, _eSp, _rPu, _rC],
      [0, 1, 1, 64 | 0, 0, 0, () => Volumes, () => EnvironmentVariables, () => MountPoints, 2, 2, () => Ulimits, 0, 0, () => ResourceRequirements, () => LinuxParameters$, () => LogConfiguration$, () => SecretList, () => NetworkConfiguration$, () => FargatePlatformConfiguration$, 2, () => EphemeralStorage$, () => RuntimePlatform$, () => RepositoryCredentials$]
    ];
    var ContainerSummary$ = [
      3,
      n0,
      _CS,
      0,
      [_eC, _r],
      [1, 0]
    ];
    var CreateComputeEnvironmentRequest$ = [
      3,
      n0,
      _CCER,
      0,
      [_cEN, _ty, _st, _uC, _cR, _sRe, _t, _eCk, _cont, _eS],
      [0, 0, 0, 1, () => ComputeResource$, 0, 128 | 0, () => EksConfiguration$, 0, () => EcsSettings$],
      2
    ];
    var CreateComputeEnvironmentResponse$ = [
      3,
      n0,
      _CCERr,
      0,
      [_cEN, _cEA],
      [0, 0]
    ];
    var CreateConsumableResourceRequest$ = [
      3,
      n0,
      _CCRR,
      0,
      [_cRN, _tQ, _rT, _t],
      [0, 1, 0, 128 | 0],
      1
    ];
    var CreateConsumableResourceResponse$ = [
      3,
      n0,
      _CCRRr,
      0,
      [_cRN, _cRA],
      [0, 0],
      2
    ];
    var CreateJobQueueRequest$ = [
      3,
      n0,
      _CJQR,
      0,
      [_jQN, _pr, _st, _sPA, _cEO, _sEO, _jQT, _t, _jSTLA],
      [0, 1, 0, 0, () => ComputeEnvironmentOrders, () => ServiceEnvironmentOrders, 0, 128 | 0, () => JobStateTimeLimitActions],
      2
    ];
    var CreateJobQueueResponse$ = [
      3,
      n0,
      _CJQRr,
      0,
      [_jQN, _jQA],
      [0, 0],
      2
    ];
    var CreateQuotaShareRequest$ = [
      3,
      n0,
      _CQSR,
      0,
      [_qSN, _jQ, _cL, _rSC, _pC, _st, _t],
      [0, 0, () => QuotaShareCapacityLimits, () => QuotaShareResourceSharingConfiguration$, () => QuotaSharePreemptionConfiguration$, 0, 128 | 0],
      5
    ];
    var CreateQuotaShareResponse$ = [
      3,
      n0,
      _CQSRr,
      0,
      [_qSN, _qSA],
      [0, 0]
    ];
    var CreateSchedulingPolicyRequest$ = [
      3,
      n0,
      _CSPR,
      0,
      [_n, _qSP, _fP, _t],
      [0, () => QuotaSharePolicy$, () => FairsharePolicy$, 128 | 0],
      1
    ];
    var CreateSchedulingPolicyResponse$ = [
      3,
      n0,
      _CSPRr,
      0,
      [_n, _a],
      [0, 0],
      2
    ];
    var CreateServiceEnvironmentRequest$ = [
      3,
      n0,
      _CSER,
      0,
      [_sEN, _sET, _cL, _st, _t],
      [0, 0, () => CapacityLimits, 0, 128 | 0],
      3
    ];
    var CreateServiceEnvironmentResponse$ = [
      3,
      n0,
      _CSERr,
      0,
      [_sEN, _sEA],
      [0, 0],
      2
    ];
    var DeleteComputeEnvironmentRequest$ = [
      3,
      n0,
      _DCER,
      0,
      [_cE],
      [0],
      1
    ];
    var DeleteComputeEnvironmentResponse$ = [
      3,
      n0,
      _DCERe,
      0,
      [],
      []
    ];
    var DeleteConsumableResourceRequest$ = [
      3,
      n0,
      _DCRR,
      0,
      [_cRo],
      [0],
      1
    ];
    var DeleteConsumableResourceResponse$ = [
      3,
      n0,
      _DCRRe,
      0,
      [],
      []
    ];
    var DeleteJobQueueRequest$ = [
      3,
      n0,
      _DJQR,
      0,
      [_jQ],
      [0],
      1
    ];
    var DeleteJobQueueResponse$ = [
      3,
      n0,
      _DJQRe,
      0,
      [],
      []
    ];
    var DeleteQuotaShareRequest$ = [
      3,
      n0,
      _DQSR,
      0,
      [_qSA],
      [0],
      1
    ];
    var DeleteQuotaShareResponse$ = [
      3,
      n0,
      _DQSRe,
      0,
      [],
      []
    ];
    var DeleteSchedulingPolicyRequest$ = [
      3,
      n0,
      _DSPR,
      0,
      [_a],
      [0],
      1
    ];
    var DeleteSchedulingPolicyResponse$ = [
      3,
      n0,
      _DSPRe,
      0,
      [],
      []
    ];
    var DeleteServiceEnvironmentRequest$ = [
      3,
      n0,
      _DSER,
      0,
      [_sE],
      [0],
      1
    ];
    var DeleteServiceEnvironmentResponse$ = [
      3,
      n0,
      _DSERe,
      0,
      [],
      []
    ];
    var DeregisterJobDefinitionRequest$ = [
      3,
      n0,
      _DJDR,
      0,
      [_jD],
      [0],
      1
    ];
    var DeregisterJobDefinitionResponse$ = [
      3,
      n0,
      _DJDRe,
      0,
      [],
      []
    ];
    var DescribeComputeEnvironmentsRequest$ = [
      3,
      n0,
      _DCERes,
      0,
      [_cEo, _mR, _nT],
      [64 | 0, 1, 0]
    ];
    var DescribeComputeEnvironmentsResponse$ = [
      3,
      n0,
      _DCEResc,
      0,
      [_cEo, _nT],
      [() => ComputeEnvironmentDetailList, 0]
    ];
    var DescribeConsumableResourceRequest$ = [
      3,
      n0,
      _DCRRes,
      0,
      [_cRo],
      [0],
      1
    ];
    var DescribeConsumableResourceResponse$ = [
      3,
      n0,
      _DCRResc,
      0,
      [_cRN, _cRA, _tQ, _iUQ, _aQ, _rT, _cA, _t],
      [0, 0, 1, 1, 1, 0, 1, 128 | 0],
      2
    ];
    var DescribeJobDefinitionsRequest$ = [
      3,
      n0,
      _DJDRes,
      0,
      [_jDo, _mR, _jDN, _sta, _nT],
      [64 | 0, 1, 0, 0, 0]
    ];
    var DescribeJobDefinitionsResponse$ = [
      3,
      n0,
      _DJDResc,
      0,
      [_jDo, _nT],
      [() => JobDefinitionList, 0]
    ];
    var DescribeJobQueuesRequest$ = [
      3,
      n0,
      _DJQRes,
      0,
      [_jQo, _mR, _nT],
      [64 | 0, 1, 0]
    ];
    var DescribeJobQueuesResponse$ = [
      3,
      n0,
      _DJQResc,
      0,
      [_jQo, _nT],
      [() => JobQueueDetailList, 0]
    ];
    var DescribeJobsRequest$ = [
      3,
      n0,
      _DJR,
      0,
      [_jo],
      [64 | 0],
      1
    ];
    var DescribeJobsResponse$ = [
      3,
      n0,
      _DJRe,
      0,
      [_jo],
      [() => JobDetailList]
    ];
    var DescribeQuotaShareRequest$ = [
      3,
      n0,
      _DQSRes,
      0,
      [_qSA],
      [0],
      1
    ];
    var DescribeQuotaShareResponse$ = [
      3,
      n0,
      _DQSResc,
      0,
      [_qSN, _qSA, _jQA, _cL, _rSC, _pC, _st, _sta, _t],
      [0, 0, 0, () => QuotaShareCapacityLimits, () => QuotaShareResourceSharingConfiguration$, () => QuotaSharePreemptionConfiguration$, 0, 0, 128 | 0]
    ];
    var DescribeSchedulingPoliciesRequest$ = [
      3,
      n0,
      _DSPRes,
      0,
      [_ar],
      [64 | 0],
      1
    ];
    var DescribeSchedulingPoliciesResponse$ = [
      3,
      n0,
      _DSPResc,
      0,
      [_sPc],
      [() => SchedulingPolicyDetailList]
    ];
    var DescribeServiceEnvironmentsRequest$ = [
      3,
      n0,
      _DSERes,
      0,
      [_sEe, _mR, _nT],
      [64 | 0, 1, 0]
    ];
    var DescribeServiceEnvironmentsResponse$ = [
      3,
      n0,
      _DSEResc,
      0,
      [_sEe, _nT],
      [() => ServiceEnvironmentDetailList, 0]
    ];
    var DescribeServiceJobRequest$ = [
      3,
      n0,
      _DSJR,
      0,
      [_jI],
      [0],
      1
    ];
    var DescribeServiceJobResponse$ = [
      3,
      n0,
      _DSJRe,
      0,
      [_jI, _jN, _jQ, _sJT, _sA, _sta, _at, _cUa, _cA, _iTs, _jA, _lA, _rS, _sAc, _sPch, _sRP, _sI, _qSN, _pC, _pS, _sR, _sAt, _t, _tC],
      [0, 0, 0, 0, 1, 0, () => ServiceJobAttemptDetails, () => ServiceJobCapacityUsageDetailList, 1, 2, 0, () => LatestServiceJobAttempt$, () => ServiceJobRetryStrategy$, 1, 1, 0, 0, 0, () => ServiceJobPreemptionConfiguration$, () => ServiceJobPreemptionSummary$, 0, 1, 128 | 0, () => ServiceJobTimeout$],
      6
    ];
    var Device$ = [
      3,
      n0,
      _D,
      0,
      [_hP, _cP, _pe],
      [0, 0, 64 | 0],
      1
    ];
    var Ec2Configuration$ = [
      3,
      n0,
      _EC,
      0,
      [_iTm, _iIO, _bIS, _iKV],
      [0, 0, 0, 0],
      1
    ];
    var EcsProperties$ = [
      3,
      n0,
      _EP,
      0,
      [_tP],
      [() => ListEcsTaskProperties],
      1
    ];
    var EcsPropertiesDetail$ = [
      3,
      n0,
      _EPD,
      0,
      [_tP],
      [() => ListEcsTaskDetails]
    ];
    var EcsPropertiesOverride$ = [
      3,
      n0,
      _EPO,
      0,
      [_tP],
      [() => ListTaskPropertiesOverride]
    ];
    var EcsSettings$ = [
      3,
      n0,
      _ES,
      0,
      [_cI],
      [0]
    ];
    var EcsTaskDetails$ = [
      3,
      n0,
      _ETD,
      0,
      [_con, _cIA, _tA, _eSp, _eRA, _pV, _iM, _tRA, _pM, _nC, _rPu, _vo, _eEC, _nM],
      [() => ListTaskContainerDetails, 0, 0, () => EphemeralStorage$, 0, 0, 0, 0, 0, () => NetworkConfiguration$, () => RuntimePlatform$, () => Volumes, 2, 0]
    ];
    var EcsTaskProperties$ = [
      3,
      n0,
      _ETP,
      0,
      [_con, _eSp, _eRA, _pV, _iM, _tRA, _pM, _nC, _rPu, _vo, _eEC, _nM],
      [() => ListTaskContainerProperties, () => EphemeralStorage$, 0, 0, 0, 0, 0, () => NetworkConfiguration$, () => RuntimePlatform$, () => Volumes, 2, 0],
      1
    ];
    var EFSAuthorizationConfig$ = [
      3,
      n0,
      _EFSAC,
      0,
      [_aPI, _ia],
      [0, 0]
    ];
    var EFSVolumeConfiguration$ = [
      3,
      n0,
      _EFSVC,
      0,
      [_fSI, _rD, _tE, _tEP, _aC],
      [0, 0, 0, 1, () => EFSAuthorizationConfig$],
      1
    ];
    var EksAttemptContainerDetail$ = [
      3,
      n0,
      _EACD,
      0,
      [_n, _cID, _eC, _r],
      [0, 0, 1, 0]
    ];
    var EksAttemptDetail$ = [
      3,
      n0,
      _EAD,
      0,
      [_con, _iC, _eCAk, _pN, _pNo, _nN, _sA, _sAt, _sR],
      [() => EksAttemptContainerDetails, () => EksAttemptContainerDetails, 0, 0, 0, 0, 1, 1, 0]
    ];
    var EksConfiguration$ = [
      3,
      n0,
      _ECk,
      0,
      [_eCAk, _kN],
      [0, 0],
      2
    ];
    var EksContainer$ = [
      3,
      n0,
      _ECks,
      0,
      [_im, _n, _iPP, _com, _arg, _env, _re, _vM, _sC],
      [0, 0, 0, 64 | 0, 64 | 0, () => EksContainerEnvironmentVariables, () => EksContainerResourceRequirements$, () => EksContainerVolumeMounts, () => EksContainerSecurityContext$],
      1
    ];
    var EksContainerDetail$ = [
      3,
      n0,
      _ECD,
      0,
      [_n, _im, _iPP, _com, _arg, _env, _re, _eC, _r, _vM, _sC],
      [0, 0, 0, 64 | 0, 64 | 0, () => EksContainerEnvironmentVariables, () => EksContainerResourceRequirements$, 1, 0, () => EksContainerVolumeMounts, () => EksContainerSecurityContext$]
    ];
    var EksContainerEnvironmentVariable$ = [
      3,
      n0,
      _ECEV,
      0,
      [_n, _va],
      [0, 0],
      1
    ];
    var EksContainerOverride$ = [
      3,
      n0,
      _ECO,
      0,
      [_n, _im, _com, _arg, _env, _re],
      [0, 0, 64 | 0, 64 | 0, () => EksContainerEnvironmentVariables, () => EksContainerResourceRequirements$]
    ];
    var EksContainerResourceRequirements$ = [
      3,
      n0,
      _ECRR,
      0,
      [_l, _req],
      [128 | 0, 128 | 0]
    ];
    var EksContainerSecurityContext$ = [
      3,
      n0,
      _ECSC,
      0,
      [_rAU, _rAG, _p, _aPE, _rORF, _rANR],
      [1, 1, 2, 2, 2, 2]
    ];
    var EksContainerVolumeMount$ = [
      3,
      n0,
      _ECVM,
      0,
      [_n, _mPo, _sPu, _rO],
      [0, 0, 0, 2]
    ];
    var EksEmptyDir$ = [
      3,
      n0,
      _EED,
      0,
      [_med, _sL],
      [0, 0]
    ];
    var EksHostPath$ = [
      3,
      n0,
      _EHP,
      0,
      [_pa],
      [0]
    ];
    var EksMetadata$ = [
      3,
      n0,
      _EM,
      0,
      [_la, _an, _na],
      [128 | 0, 128 | 0, 0]
    ];
    var EksPersistentVolumeClaim$ = [
      3,
      n0,
      _EPVC,
      0,
      [_cN, _rO],
      [0, 2],
      1
    ];
    var EksPodProperties$ = [
      3,
      n0,
      _EPP,
      0,
      [_sAN, _hN, _dP, _iPS, _con, _iC, _vo, _met, _sPN],
      [0, 2, 0, () => ImagePullSecrets, () => EksContainers, () => EksContainers, () => EksVolumes, () => EksMetadata$, 2]
    ];
    var EksPodPropertiesDetail$ = [
      3,
      n0,
      _EPPD,
      0,
      [_sAN, _hN, _dP, _iPS, _con, _iC, _vo, _pN, _nN, _met, _sPN],
      [0, 2, 0, () => ImagePullSecrets, () => EksContainerDetails, () => EksContainerDetails, () => EksVolumes, 0, 0, () => EksMetadata$, 2]
    ];
    var EksPodPropertiesOverride$ = [
      3,
      n0,
      _EPPO,
      0,
      [_con, _iC, _met],
      [() => EksContainerOverrideList, () => EksContainerOverrideList, () => EksMetadata$]
    ];
    var EksProperties$ = [
      3,
      n0,
      _EPk,
      0,
      [_pP],
      [() => EksPodProperties$]
    ];
    var EksPropertiesDetail$ = [
      3,
      n0,
      _EPDk,
      0,
      [_pP],
      [() => EksPodPropertiesDetail$]
    ];
    var EksPropertiesOverride$ = [
      3,
      n0,
      _EPOk,
      0,
      [_pP],
      [() => EksPodPropertiesOverride$]
    ];
    var EksSecret$ = [
      3,
      n0,
      _ESk,
      0,
      [_sN, _op],
      [0, 2],
      1
    ];
    var EksVolume$ = [
      3,
      n0,
      _EV,
      0,
      [_n, _hP, _eD, _secr, _pVC],
      [0, () => EksHostPath$, () => EksEmptyDir$, () => EksSecret$, () => EksPersistentVolumeClaim$],
      1
    ];
    var EphemeralStorage$ = [
      3,
      n0,
      _ESp,
      0,
      [_sIGB],
      [1],
      1
    ];
    var EvaluateOnExit$ = [
      3,
      n0,
      _EOE,
      0,
      [_ac, _oSR, _oR, _oEC],
      [0, 0, 0, 0],
      1
    ];
    var FairshareCapacityUsage$ = [
      3,
      n0,
      _FCU,
      0,
      [_cU, _q],
      [0, 1]
    ];
    var FairshareCapacityUtilization$ = [
      3,
      n0,
      _FCUa,
      0,
      [_sI, _cUa],
      [0, () => FairshareCapacityUsageList]
    ];
    var FairsharePolicy$ = [
      3,
      n0,
      _FP,
      0,
      [_sDS, _cRom, _sD],
      [1, 1, () => ShareAttributesList]
    ];
    var FairshareUtilizationDetail$ = [
      3,
      n0,
      _FUD,
      0,
      [_aSC, _tCU],
      [1, () => FairshareCapacityUtilizationList]
    ];
    var FargatePlatformConfiguration$ = [
      3,
      n0,
      _FPC,
      0,
      [_pV],
      [0]
    ];
    var FirelensConfiguration$ = [
      3,
      n0,
      _FC,
      0,
      [_ty, _opt],
      [0, 128 | 0],
      1
    ];
    var FrontOfQueueDetail$ = [
      3,
      n0,
      _FOQD,
      0,
      [_jo, _lUA],
      [() => FrontOfQueueJobSummaryList, 1]
    ];
    var FrontOfQueueJobSummary$ = [
      3,
      n0,
      _FOQJS,
      0,
      [_jA, _eTAP],
      [0, 1]
    ];
    var FrontOfQuotaShareJobSummary$ = [
      3,
      n0,
      _FOQSJS,
      0,
      [_jA, _eTAP],
      [0, 1]
    ];
    var FrontOfQuotaSharesDetail$ = [
      3,
      n0,
      _FOQSD,
      0,
      [_qS, _lUA],
      [() => FrontOfQuotaSharesJobSummaryMap, 1]
    ];
    var GetJobQueueSnapshotRequest$ = [
      3,
      n0,
      _GJQSR,
      0,
      [_jQ],
      [0],
      1
    ];
    var GetJobQueueSnapshotResponse$ = [
      3,
      n0,
      _GJQSRe,
      0,
      [_fOQ, _fOQS, _qU],
      [() => FrontOfQueueDetail$, () => FrontOfQuotaSharesDetail$, () => QueueSnapshotUtilizationDetail$]
    ];
    var Host$ = [
      3,
      n0,
      _H,
      0,
      [_sPo],
      [0]
    ];
    var ImagePullSecret$ = [
      3,
      n0,
      _IPS,
      0,
      [_n],
      [0],
      1
    ];
    var InfrastructureOptimization$ = [
      3,
      n0,
      _IO,
      0,
      [_sIA],
      [1]
    ];
    var InstanceLaunchTemplate$ = [
      3,
      n0,
      _ILT,
      0,
      [_eIPA, _nC, _iRn, _cOTa, _sCt, _mo, _fE, _cRa, _iMTP, _lSC],
      [0, () => ManagedInstancesNetworkConfiguration$, () => InstanceRequirementsRequest$, 0, () => ManagedInstancesStorageConfiguration$, 0, 2, () => CapacityReservationRequest$, 2, () => ManagedInstancesLocalStorageConfiguration$],
      2
    ];
    var InstanceLaunchTemplateUpdate$ = [
      3,
      n0,
      _ILTU,
      0,
      [_eIPA, _nC, _iRn, _sCt, _mo, _cRa, _iMTP, _lSC],
      [0, () => ManagedInstancesNetworkConfiguration$, () => InstanceRequirementsRequest$, () => ManagedInstancesStorageConfiguration$, 0, () => CapacityReservationRequest$, 2, () => ManagedInstancesLocalStorageConfiguration$]
    ];
    var InstanceRequirementsRequest$ = [
      3,
      n0,
      _IRR,
      0,
      [_aIT],
      [64 | 0]
    ];
    var JobCapacityUsageSummary$ = [
      3,
      n0,
      _JCUS,
      0,
      [_cU, _q],
      [0, 1]
    ];
    var JobDefinition$ = [
      3,
      n0,
      _JD,
      0,
      [_jDN, _jDA, _rev, _ty, _sta, _sPch, _par, _rS, _cPo, _ti, _nP, _t, _pT, _pCl, _eP, _ePk, _cOT, _cRP],
      [0, 0, 1, 0, 0, 1, 128 | 0, () => RetryStrategy$, () => ContainerProperties$, () => JobTimeout$, () => NodeProperties$, 128 | 0, 2, 64 | 0, () => EcsProperties$, () => EksProperties$, 0, () => ConsumableResourceProperties$],
      4
    ];
    var JobDependency$ = [
      3,
      n0,
      _JDo,
      0,
      [_jI, _ty],
      [0, 0]
    ];
    var JobDetail$ = [
      3,
      n0,
      _JDob,
      0,
      [_jN, _jI, _jQ, _sta, _sA, _jD, _jA, _sI, _sPch, _at, _sR, _cA, _rS, _sAt, _dO, _par, _co, _nD, _nP, _aP, _ti, _t, _pT, _pCl, _ePk, _eA, _eP, _iCs, _iTs, _cRP],
      [0, 0, 0, 0, 1, 0, 0, 0, 1, () => AttemptDetails, 0, 1, () => RetryStrategy$, 1, () => JobDependencyList, 128 | 0, () => ContainerDetail$, () => NodeDetails$, () => NodeProperties$, () => ArrayPropertiesDetail$, () => JobTimeout$, 128 | 0, 2, 64 | 0, () => EksPropertiesDetail$, () => EksAttemptDetails, () => EcsPropertiesDetail$, 2, 2, () => ConsumableResourceProperties$],
      6
    ];
    var JobQueueDetail$ = [
      3,
      n0,
      _JQD,
      0,
      [_jQN, _jQA, _st, _pr, _cEO, _sPA, _sta, _sR, _sEO, _jQT, _t, _jSTLA],
      [0, 0, 0, 1, () => ComputeEnvironmentOrders, 0, 0, 0, () => ServiceEnvironmentOrders, 0, 128 | 0, () => JobStateTimeLimitActions],
      5
    ];
    var JobStateTimeLimitAction$ = [
      3,
      n0,
      _JSTLA,
      0,
      [_r, _st, _mTS, _ac],
      [0, 0, 1, 0],
      4
    ];
    var JobSummary$ = [
      3,
      n0,
      _JS,
      0,
      [_jI, _jN, _jA, _cUa, _cA, _sAc, _sI, _sta, _sR, _sA, _sAt, _co, _aP, _nP, _jD, _iCs, _iTs],
      [0, 0, 0, () => JobCapacityUsageSummaryList, 1, 1, 0, 0, 0, 1, 1, () => ContainerSummary$, () => ArrayPropertiesSummary$, () => NodePropertiesSummary$, 0, 2, 2],
      2
    ];
    var JobTimeout$ = [
      3,
      n0,
      _JT,
      0,
      [_aDS],
      [1]
    ];
    var KeyValuePair$ = [
      3,
      n0,
      _KVP,
      0,
      [_n, _va],
      [0, 0]
    ];
    var KeyValuesPair$ = [
      3,
      n0,
      _KVPe,
      0,
      [_n, _val],
      [0, 64 | 0]
    ];
    var LatestServiceJobAttempt$ = [
      3,
      n0,
      _LSJA,
      0,
      [_sRI],
      [() => ServiceResourceId$]
    ];
    var LaunchTemplateSpecification$ = [
      3,
      n0,
      _LTS,
      0,
      [_lTI, _lTN, _ve, _ov, _uT],
      [0, 0, 0, () => LaunchTemplateSpecificationOverrideList, 0]
    ];
    var LaunchTemplateSpecificationOverride$ = [
      3,
      n0,
      _LTSO,
      0,
      [_lTI, _lTN, _ve, _tIT, _uT],
      [0, 0, 0, 64 | 0, 0]
    ];
    var LinuxParameters$ = [
      3,
      n0,
      _LP,
      0,
      [_d, _iPE, _sMS, _tm, _mS, _sw],
      [() => DevicesList, 2, 1, () => TmpfsList, 1, 1]
    ];
    var ListConsumableResourcesRequest$ = [
      3,
      n0,
      _LCRR,
      0,
      [_f, _mR, _nT],
      [() => ListConsumableResourcesFilterList, 1, 0]
    ];
    var ListConsumableResourcesResponse$ = [
      3,
      n0,
      _LCRRi,
      0,
      [_cRon, _nT],
      [() => ConsumableResourceSummaryList, 0],
      1
    ];
    var ListJobsByConsumableResourceRequest$ = [
      3,
      n0,
      _LJBCRR,
      0,
      [_cRo, _f, _mR, _nT],
      [0, () => ListJobsByConsumableResourceFilterList, 1, 0],
      1
    ];
    var ListJobsByConsumableResourceResponse$ = [
      3,
      n0,
      _LJBCRRi,
      0,
      [_jo, _nT],
      [() => ListJobsByConsumableResourceSummaryList, 0],
      1
    ];
    var ListJobsByConsumableResourceSummary$ = [
      3,
      n0,
      _LJBCRS,
      0,
      [_jA, _jQA, _jN, _jS, _q, _cA, _cRP, _jDA, _sI, _sR, _sA],
      [0, 0, 0, 0, 1, 1, () => ConsumableResourceProperties$, 0, 0, 0, 1],
      7
    ];
    var ListJobsRequest$ = [
      3,
      n0,
      _LJR,
      0,
      [_jQ, _aJI, _mNJI, _jS, _mR, _nT, _f],
      [0, 0, 0, 0, 1, 0, () => ListJobsFilterList]
    ];
    var ListJobsResponse$ = [
      3,
      n0,
      _LJRi,
      0,
      [_jSL, _nT],
      [() => JobSummaryList, 0],
      1
    ];
    var ListQuotaSharesRequest$ = [
      3,
      n0,
      _LQSR,
      0,
      [_jQ, _mR, _nT],
      [0, 1, 0],
      1
    ];
    var ListQuotaSharesResponse$ = [
      3,
      n0,
      _LQSRi,
      0,
      [_qS, _nT],
      [() => QuotaShareList, 0]
    ];
    var ListSchedulingPoliciesRequest$ = [
      3,
      n0,
      _LSPR,
      0,
      [_mR, _nT],
      [1, 0]
    ];
    var ListSchedulingPoliciesResponse$ = [
      3,
      n0,
      _LSPRi,
      0,
      [_sPc, _nT],
      [() => SchedulingPolicyListingDetailList, 0]
    ];
    var ListServiceJobsRequest$ = [
      3,
      n0,
      _LSJR,
      0,
      [_jQ, _jS, _mR, _nT, _f],
      [0, 0, 1, 0, () => ListJobsFilterList]
    ];
    var ListServiceJobsResponse$ = [
      3,
      n0,
      _LSJRi,
      0,
      [_jSL, _nT],
      [() => ServiceJobSummaryList, 0],
      1
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rA],
      [[0, 1]],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_t],
      [128 | 0]
    ];
    var LogConfiguration$ = [
      3,
      n0,
      _LC,
      0,
      [_lD, _opt, _sO],
      [0, 128 | 0, () => SecretList],
      1
    ];
    var ManagedInstancesLocalStorageConfiguration$ = [
      3,
      n0,
      _MILSC,
      0,
      [_uLS],
      [2]
    ];
    var ManagedInstancesNetworkConfiguration$ = [
      3,
      n0,
      _MINC,
      0,
      [_sub, _sG],
      [64 | 0, 64 | 0],
      2
    ];
    var ManagedInstancesProvider$ = [
      3,
      n0,
      _MIP,
      0,
      [_iRA, _iLT, _pT, _iO],
      [0, () => InstanceLaunchTemplate$, 0, () => InfrastructureOptimization$],
      2
    ];
    var ManagedInstancesStorageConfiguration$ = [
      3,
      n0,
      _MISC,
      0,
      [_sSGB],
      [1]
    ];
    var MountPoint$ = [
      3,
      n0,
      _MP,
      0,
      [_cP, _rO, _sV],
      [0, 2, 0]
    ];
    var NetworkConfiguration$ = [
      3,
      n0,
      _NC,
      0,
      [_aPIs],
      [0]
    ];
    var NetworkInterface$ = [
      3,
      n0,
      _NI,
      0,
      [_aI, _iA, _pIA],
      [0, 0, 0]
    ];
    var NodeDetails$ = [
      3,
      n0,
      _ND,
      0,
      [_nIo, _iMN],
      [1, 2]
    ];
    var NodeOverrides$ = [
      3,
      n0,
      _NO,
      0,
      [_nNu, _nPO],
      [1, () => NodePropertyOverrides]
    ];
    var NodeProperties$ = [
      3,
      n0,
      _NP,
      0,
      [_nNu, _mN, _nRP],
      [1, 1, () => NodeRangeProperties],
      3
    ];
    var NodePropertiesSummary$ = [
      3,
      n0,
      _NPS,
      0,
      [_iMN, _nNu, _nIo],
      [2, 1, 1]
    ];
    var NodePropertyOverride$ = [
      3,
      n0,
      _NPO,
      0,
      [_tN, _cO, _ePO, _iT, _ePOk, _cRPO],
      [0, () => ContainerOverrides$, () => EcsPropertiesOverride$, 64 | 0, () => EksPropertiesOverride$, () => ConsumableResourceProperties$],
      1
    ];
    var NodeRangeProperty$ = [
      3,
      n0,
      _NRP,
      0,
      [_tN, _co, _iT, _eP, _ePk, _cRP],
      [0, () => ContainerProperties$, 64 | 0, () => EcsProperties$, () => EksProperties$, () => ConsumableResourceProperties$],
      1
    ];
    var QueueSnapshotCapacityUsage$ = [
      3,
      n0,
      _QSCU,
      0,
      [_cU, _q],
      [0, 1]
    ];
    var QueueSnapshotUtilizationDetail$ = [
      3,
      n0,
      _QSUD,
      0,
      [_tCUo, _fU, _qSU, _lUA],
      [() => QueueSnapshotCapacityUsageList, () => FairshareUtilizationDetail$, () => QuotaShareUtilizationDetail$, 1]
    ];
    var QuotaShareCapacityLimit$ = [
      3,
      n0,
      _QSCL,
      0,
      [_mC, _cU],
      [1, 0],
      2
    ];
    var QuotaShareCapacityUsage$ = [
      3,
      n0,
      _QSCUu,
      0,
      [_cU, _q],
      [0, 1]
    ];
    var QuotaShareCapacityUtilization$ = [
      3,
      n0,
      _QSCUuo,
      0,
      [_qSN, _cUa],
      [0, () => QuotaShareCapacityUsageList]
    ];
    var QuotaShareDetail$ = [
      3,
      n0,
      _QSD,
      0,
      [_qSN, _qSA, _jQA, _cL, _rSC, _pC, _st, _sta],
      [0, 0, 0, () => QuotaShareCapacityLimits, () => QuotaShareResourceSharingConfiguration$, () => QuotaSharePreemptionConfiguration$, 0, 0]
    ];
    var QuotaSharePolicy$ = [
      3,
      n0,
      _QSP,
      0,
      [_iRAS],
      [0],
      1
    ];
    var QuotaSharePreemptionConfiguration$ = [
      3,
      n0,
      _QSPC,
      0,
      [_iSP],
      [0],
      1
    ];
    var QuotaShareResourceSharingConfiguration$ = [
      3,
      n0,
      _QSRSC,
      0,
      [_str, _bL],
      [0, 1],
      1
    ];
    var QuotaShareUtilizationDetail$ = [
      3,
      n0,
      _QSUDu,
      0,
      [_tCU],
      [() => QuotaShareCapacityUtilizationList]
    ];
    var RegisterJobDefinitionRequest$ = [
      3,
      n0,
      _RJDR,
      0,
      [_jDN, _ty, _par, _sPch, _cPo, _nP, _rS, _pT, _ti, _t, _pCl, _ePk, _eP, _cRP],
      [0, 0, 128 | 0, 1, () => ContainerProperties$, () => NodeProperties$, () => RetryStrategy$, 2, () => JobTimeout$, 128 | 0, 64 | 0, () => EksProperties$, () => EcsProperties$, () => ConsumableResourceProperties$],
      2
    ];
    var RegisterJobDefinitionResponse$ = [
      3,
      n0,
      _RJDRe,
      0,
      [_jDN, _jDA, _rev],
      [0, 0, 1],
      3
    ];
    var RepositoryCredentials$ = [
      3,
      n0,
      _RC,
      0,
      [_cPr],
      [0],
      1
    ];
    var ResourceRequirement$ = [
      3,
      n0,
      _RR,
      0,
      [_va, _ty],
      [0, 0],
      2
    ];
    var RetryStrategy$ = [
      3,
      n0,
      _RS,
      0,
      [_at, _eOE],
      [1, () => EvaluateOnExitList]
    ];
    var RuntimePlatform$ = [
      3,
      n0,
      _RP,
      0,
      [_oSF, _cAp],
      [0, 0]
    ];
    var S3FilesVolumeConfiguration$ = [
      3,
      n0,
      _SFVC,
      0,
      [_fSA, _rD, _tEP, _aPA],
      [0, 0, 1, 0],
      1
    ];
    var SchedulingPolicyDetail$ = [
      3,
      n0,
      _SPD,
      0,
      [_n, _a, _qSP, _fP, _t],
      [0, 0, () => QuotaSharePolicy$, () => FairsharePolicy$, 128 | 0],
      2
    ];
    var SchedulingPolicyListingDetail$ = [
      3,
      n0,
      _SPLD,
      0,
      [_a],
      [0],
      1
    ];
    var Secret$ = [
      3,
      n0,
      _S,
      0,
      [_n, _vF],
      [0, 0],
      2
    ];
    var ServiceEnvironmentDetail$ = [
      3,
      n0,
      _SED,
      0,
      [_sEN, _sEA, _sET, _cL, _st, _sta, _t],
      [0, 0, 0, () => CapacityLimits, 0, 0, 128 | 0],
      4
    ];
    var ServiceEnvironmentOrder$ = [
      3,
      n0,
      _SEO,
      0,
      [_o, _sE],
      [1, 0],
      2
    ];
    var ServiceJobAttemptDetail$ = [
      3,
      n0,
      _SJAD,
      0,
      [_sRI, _sA, _sAt, _sR],
      [() => ServiceResourceId$, 1, 1, 0]
    ];
    var ServiceJobCapacityUsageDetail$ = [
      3,
      n0,
      _SJCUD,
      0,
      [_cU, _q],
      [0, 1]
    ];
    var ServiceJobCapacityUsageSummary$ = [
      3,
      n0,
      _SJCUS,
      0,
      [_cU, _q],
      [0, 1]
    ];
    var ServiceJobEvaluateOnExit$ = [
      3,
      n0,
      _SJEOE,
      0,
      [_ac, _oSR],
      [0, 0]
    ];
    var ServiceJobPreemptedAttempt$ = [
      3,
      n0,
      _SJPA,
      0,
      [_sRI, _sA, _sAt, _sR],
      [() => ServiceResourceId$, 1, 1, 0]
    ];
    var ServiceJobPreemptionConfiguration$ = [
      3,
      n0,
      _SJPC,
      0,
      [_pRBT],
      [1]
    ];
    var ServiceJobPreemptionSummary$ = [
      3,
      n0,
      _SJPS,
      0,
      [_pAC, _rPA],
      [1, () => ServiceJobRecentPreemptedAttemptList]
    ];
    var ServiceJobRetryStrategy$ = [
      3,
      n0,
      _SJRS,
      0,
      [_at, _eOE],
      [1, () => ServiceJobEvaluateOnExitList],
      1
    ];
    var ServiceJobSummary$ = [
      3,
      n0,
      _SJS,
      0,
      [_jI, _jN, _sJT, _lA, _cUa, _cA, _jA, _sAc, _sI, _qSN, _sta, _sR, _sA, _sAt, _iTs],
      [0, 0, 0, () => LatestServiceJobAttempt$, () => ServiceJobCapacityUsageSummaryList, 1, 0, 1, 0, 0, 0, 0, 1, 1, 2],
      3
    ];
    var ServiceJobTimeout$ = [
      3,
      n0,
      _SJT,
      0,
      [_aDS],
      [1]
    ];
    var ServiceResourceId$ = [
      3,
      n0,
      _SRI,
      0,
      [_n, _va],
      [0, 0],
      2
    ];
    var ShareAttributes$ = [
      3,
      n0,
      _SA,
      0,
      [_sI, _wF],
      [0, 1],
      1
    ];
    var SubmitJobRequest$ = [
      3,
      n0,
      _SJR,
      0,
      [_jN, _jQ, _jD, _sI, _sPO, _aP, _dO, _par, _cO, _nO, _rS, _pT, _ti, _t, _ePOk, _ePO, _cRPO],
      [0, 0, 0, 0, 1, () => ArrayProperties$, () => JobDependencyList, 128 | 0, () => ContainerOverrides$, () => NodeOverrides$, () => RetryStrategy$, 2, () => JobTimeout$, 128 | 0, () => EksPropertiesOverride$, () => EcsPropertiesOverride$, () => ConsumableResourceProperties$],
      3
    ];
    var SubmitJobResponse$ = [
      3,
      n0,
      _SJRu,
      0,
      [_jN, _jI, _jA],
      [0, 0, 0],
      2
    ];
    var SubmitServiceJobRequest$ = [
      3,
      n0,
      _SSJR,
      0,
      [_jN, _jQ, _sRP, _sJT, _rS, _sPch, _sI, _qSN, _pC, _tC, _t, _cTl],
      [0, 0, 0, 0, () => ServiceJobRetryStrategy$, 1, 0, 0, () => ServiceJobPreemptionConfiguration$, () => ServiceJobTimeout$, 128 | 0, [0, 4]],
      4
    ];
    var SubmitServiceJobResponse$ = [
      3,
      n0,
      _SSJRu,
      0,
      [_jN, _jI, _jA],
      [0, 0, 0],
      2
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_rA, _t],
      [[0, 1], 128 | 0],
      2
    ];
    var TagResourceResponse$ = [
      3,
      n0,
      _TRRa,
      0,
      [],
      []
    ];
    var TaskContainerDependency$ = [
      3,
      n0,
      _TCD,
      0,
      [_cNo, _cond],
      [0, 0]
    ];
    var TaskContainerDetails$ = [
      3,
      n0,
      _TCDa,
      0,
      [_com, _dO, _en, _es, _fC, _im, _lP, _lC, _mP, _n, _p, _rRF, _rC, _rR, _sec, _ul, _us, _sT, _sTt, _eC, _r, _lSN, _nI],
      [64 | 0, () => TaskContainerDependencyList, () => EnvironmentVariables, 2, () => FirelensConfiguration$, 0, () => LinuxParameters$, () => LogConfiguration$, () => MountPoints, 0, 2, 2, () => RepositoryCredentials$, () => ResourceRequirements, () => SecretList, () => Ulimits, 0, 1, 1, 1, 0, 0, () => NetworkInterfaceList]
    ];
    var TaskContainerOverrides$ = [
      3,
      n0,
      _TCO,
      0,
      [_com, _en, _n, _rR],
      [64 | 0, () => EnvironmentVariables, 0, () => ResourceRequirements]
    ];
    var TaskContainerProperties$ = [
      3,
      n0,
      _TCP,
      0,
      [_im, _com, _dO, _en, _es, _fC, _lP, _lC, _mP, _n, _p, _rRF, _rC, _rR, _sec, _ul, _us, _sT, _sTt],
      [0, 64 | 0, () => TaskContainerDependencyList, () => EnvironmentVariables, 2, () => FirelensConfiguration$, () => LinuxParameters$, () => LogConfiguration$, () => MountPoints, 0, 2, 2, () => RepositoryCredentials$, () => ResourceRequirements, () => SecretList, () => Ulimits, 0, 1, 1],
      1
    ];
    var TaskPropertiesOverride$ = [
      3,
      n0,
      _TPO,
      0,
      [_con],
      [() => ListTaskContainerOverrides]
    ];
    var TerminateJobRequest$ = [
      3,
      n0,
      _TJR,
      0,
      [_jI, _r],
      [0, 0],
      2
    ];
    var TerminateJobResponse$ = [
      3,
      n0,
      _TJRe,
      0,
      [],
      []
    ];
    var TerminateJobsErrorDetail$ = [
      3,
      n0,
      _TJED,
      0,
      [_j, _cod, _m],
      [0, 0, 0],
      3
    ];
    var TerminateJobsRequest$ = [
      3,
      n0,
      _TJRer,
      0,
      [_jo, _r],
      [64 | 0, 0],
      2
    ];
    var TerminateJobsResponse$ = [
      3,
      n0,
      _TJRerm,
      0,
      [_su, _er],
      [64 | 0, () => TerminateJobsErrorDetailList],
      2
    ];
    var TerminateServiceJobRequest$ = [
      3,
      n0,
      _TSJR,
      0,
      [_jI, _r],
      [0, 0],
      2
    ];
    var TerminateServiceJobResponse$ = [
      3,
      n0,
      _TSJRe,
      0,
      [],
      []
    ];
    var TerminateServiceJobsErrorDetail$ = [
      3,
      n0,
      _TSJED,
      0,
      [_j, _cod, _m],
      [0, 0, 0],
      3
    ];
    var TerminateServiceJobsRequest$ = [
      3,
      n0,
      _TSJRer,
      0,
      [_jo, _r],
      [64 | 0, 0],
      2
    ];
    var TerminateServiceJobsResponse$ = [
      3,
      n0,
      _TSJRerm,
      0,
      [_su, _er],
      [64 | 0, () => TerminateServiceJobsErrorDetailList],
      2
    ];
    var Tmpfs$ = [
      3,
      n0,
      _T,
      0,
      [_cP, _si, _mO],
      [0, 1, 64 | 0],
      2
    ];
    var Ulimit$ = [
      3,
      n0,
      _U,
      0,
      [_hL, _n, _sLo],
      [1, 0, 1],
      3
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_rA, _tK],
      [[0, 1], [64 | 0, { [_hQ]: _tK }]],
      2
    ];
    var UntagResourceResponse$ = [
      3,
      n0,
      _URRn,
      0,
      [],
      []
    ];
    var UpdateComputeEnvironmentRequest$ = [
      3,
      n0,
      _UCER,
      0,
      [_cE, _st, _uC, _cR, _sRe, _uP, _cont, _eS],
      [0, 0, 1, () => ComputeResourceUpdate$, 0, () => UpdatePolicy$, 0, () => EcsSettings$],
      1
    ];
    var UpdateComputeEnvironmentResponse$ = [
      3,
      n0,
      _UCERp,
      0,
      [_cEN, _cEA],
      [0, 0]
    ];
    var UpdateConsumableResourceRequest$ = [
      3,
      n0,
      _UCRR,
      0,
      [_cRo, _ope, _q, _cTl],
      [0, 0, 1, [0, 4]],
      1
    ];
    var UpdateConsumableResourceResponse$ = [
      3,
      n0,
      _UCRRp,
      0,
      [_cRN, _cRA, _tQ],
      [0, 0, 1],
      2
    ];
    var UpdateJobQueueRequest$ = [
      3,
      n0,
      _UJQR,
      0,
      [_jQ, _st, _sPA, _pr, _cEO, _sEO, _jSTLA],
      [0, 0, 0, 1, () => ComputeEnvironmentOrders, () => ServiceEnvironmentOrders, () => JobStateTimeLimitActions],
      1
    ];
    var UpdateJobQueueResponse$ = [
      3,
      n0,
      _UJQRp,
      0,
      [_jQN, _jQA],
      [0, 0]
    ];
    var UpdateManagedInstancesProviderConfiguration$ = [
      3,
      n0,
      _UMIPC,
      0,
      [_pT, _iRA, _iLT, _iO],
      [0, 0, () => InstanceLaunchTemplateUpdate$, () => InfrastructureOptimization$]
    ];
    var UpdatePolicy$ = [
      3,
      n0,
      _UP,
      0,
      [_tJOU, _jETM],
      [2, 1]
    ];
    var UpdateQuotaShareRequest$ = [
      3,
      n0,
      _UQSR,
      0,
      [_qSA, _cL, _rSC, _pC, _st],
      [0, () => QuotaShareCapacityLimits, () => QuotaShareResourceSharingConfiguration$, () => QuotaSharePreemptionConfiguration$, 0],
      1
    ];
    var UpdateQuotaShareResponse$ = [
      3,
      n0,
      _UQSRp,
      0,
      [_qSN, _qSA],
      [0, 0]
    ];
    var UpdateSchedulingPolicyRequest$ = [
      3,
      n0,
      _USPR,
      0,
      [_a, _qSP, _fP],
      [0, () => QuotaSharePolicy$, () => FairsharePolicy$],
      1
    ];
    var UpdateSchedulingPolicyResponse$ = [
      3,
      n0,
      _USPRp,
      0,
      [],
      []
    ];
    var UpdateServiceEnvironmentRequest$ = [
      3,
      n0,
      _USER,
      0,
      [_sE, _st, _cL],
      [0, 0, () => CapacityLimits],
      1
    ];
    var UpdateServiceEnvironmentResponse$ = [
      3,
      n0,
      _USERp,
      0,
      [_sEN, _sEA],
      [0, 0],
      2
    ];
    var UpdateServiceJobRequest$ = [
      3,
      n0,
      _USJR,
      0,
      [_jI, _sPch],
      [0, 1],
      2
    ];
    var UpdateServiceJobResponse$ = [
      3,
      n0,
      _USJRp,
      0,
      [_jA, _jN, _jI],
      [0, 0, 0]
    ];
    var Volume$ = [
      3,
      n0,
      _V,
      0,
      [_h, _n, _eVC, _sVC],
      [() => Host$, 0, () => EFSVolumeConfiguration$, () => S3FilesVolumeConfiguration$]
    ];
    var AttemptDetails = [
      1,
      n0,
      _ADt,
      0,
      () => AttemptDetail$
    ];
    var CancelJobsErrorDetailList = [
      1,
      n0,
      _CJEDL,
      0,
      () => CancelJobsErrorDetail$
    ];
    var CapacityLimits = [
      1,
      n0,
      _CLa,
      0,
      () => CapacityLimit$
    ];
    var ComputeEnvironmentDetailList = [
      1,
      n0,
      _CEDL,
      0,
      () => ComputeEnvironmentDetail$
    ];
    var ComputeEnvironmentOrders = [
      1,
      n0,
      _CEOo,
      0,
      () => ComputeEnvironmentOrder$
    ];
    var ConsumableResourceList = [
      1,
      n0,
      _CRL,
      0,
      () => ConsumableResourceRequirement$
    ];
    var ConsumableResourceSummaryList = [
      1,
      n0,
      _CRSL,
      0,
      () => ConsumableResourceSummary$
    ];
    var DevicesList = [
      1,
      n0,
      _DL,
      0,
      () => Device$
    ];
    var Ec2ConfigurationList = [
      1,
      n0,
      _ECL,
      0,
      () => Ec2Configuration$
    ];
    var EksAttemptContainerDetails = [
      1,
      n0,
      _EACDk,
      0,
      () => EksAttemptContainerDetail$
    ];
    var EksAttemptDetails = [
      1,
      n0,
      _EADk,
      0,
      () => EksAttemptDetail$
    ];
    var EksContainerDetails = [
      1,
      n0,
      _ECDk,
      0,
      () => EksContainerDetail$
    ];
    var EksContainerEnvironmentVariables = [
      1,
      n0,
      _ECEVk,
      0,
      () => EksContainerEnvironmentVariable$
    ];
    var EksContainerOverrideList = [
      1,
      n0,
      _ECOL,
      0,
      () => EksContainerOverride$
    ];
    var EksContainers = [
      1,
      n0,
      _ECkso,
      0,
      () => EksContainer$
    ];
    var EksContainerVolumeMounts = [
      1,
      n0,
      _ECVMk,
      0,
      () => EksContainerVolumeMount$
    ];
    var EksVolumes = [
      1,
      n0,
      _EVk,
      0,
      () => EksVolume$
    ];
    var EnvironmentVariables = [
      1,
      n0,
      _EVn,
      0,
      () => KeyValuePair$
    ];
    var EvaluateOnExitList = [
      1,
      n0,
      _EOEL,
      0,
      () => EvaluateOnExit$
    ];
    var FairshareCapacityUsageList = [
      1,
      n0,
      _FCUL,
      0,
      () => FairshareCapacityUsage$
    ];
    var FairshareCapacityUtilizationList = [
      1,
      n0,
      _FCULa,
      0,
      () => FairshareCapacityUtilization$
    ];
    var FrontOfQueueJobSummaryList = [
      1,
      n0,
      _FOQJSL,
      0,
      () => FrontOfQueueJobSummary$
    ];
    var FrontOfQuotaShareJobSummaryList = [
      1,
      n0,
      _FOQSJSL,
      0,
      () => FrontOfQuotaShareJobSummary$
    ];
    var ImagePullSecrets = [
      1,
      n0,
      _IPSm,
      0,
      () => ImagePullSecret$
    ];
    var JobCapacityUsageSummaryList = [
      1,
      n0,
      _JCUSL,
      0,
      () => JobCapacityUsageSummary$
    ];
    var JobDefinitionList = [
      1,
      n0,
      _JDL,
      0,
      () => JobDefinition$
    ];
    var JobDependencyList = [
      1,
      n0,
      _JDLo,
      0,
      () => JobDependency$
    ];
    var JobDetailList = [
      1,
      n0,
      _JDLob,
      0,
      () => JobDetail$
    ];
    var JobQueueDetailList = [
      1,
      n0,
      _JQDL,
      0,
      () => JobQueueDetail$
    ];
    var JobStateTimeLimitActions = [
      1,
      n0,
      _JSTLAo,
      0,
      () => JobStateTimeLimitAction$
    ];
    var JobSummaryList = [
      1,
      n0,
      _JSL,
      0,
      () => JobSummary$
    ];
    var LaunchTemplateSpecificationOverrideList = [
      1,
      n0,
      _LTSOL,
      0,
      () => LaunchTemplateSpecificationOverride$
    ];
    var ListAttemptEcsTaskDetails = [
      1,
      n0,
      _LAETD,
      0,
      () => AttemptEcsTaskDetails$
    ];
    var ListAttemptTaskContainerDetails = [
      1,
      n0,
      _LATCD,
      0,
      () => AttemptTaskContainerDetails$
    ];
    var ListConsumableResourcesFilterList = [
      1,
      n0,
      _LCRFL,
      0,
      () => KeyValuesPair$
    ];
    var ListEcsTaskDetails = [
      1,
      n0,
      _LETD,
      0,
      () => EcsTaskDetails$
    ];
    var ListEcsTaskProperties = [
      1,
      n0,
      _LETP,
      0,
      () => EcsTaskProperties$
    ];
    var ListJobsByConsumableResourceFilterList = [
      1,
      n0,
      _LJBCRFL,
      0,
      () => KeyValuesPair$
    ];
    var ListJobsByConsumableResourceSummaryList = [
      1,
      n0,
      _LJBCRSL,
      0,
      () => ListJobsByConsumableResourceSummary$
    ];
    var ListJobsFilterList = [
      1,
      n0,
      _LJFL,
      0,
      () => KeyValuesPair$
    ];
    var ListTaskContainerDetails = [
      1,
      n0,
      _LTCD,
      0,
      () => TaskContainerDetails$
    ];
    var ListTaskContainerOverrides = [
      1,
      n0,
      _LTCO,
      0,
      () => TaskContainerOverrides$
    ];
    var ListTaskContainerProperties = [
      1,
      n0,
      _LTCP,
      0,
      () => TaskContainerProperties$
    ];
    var ListTaskPropertiesOverride = [
      1,
      n0,
      _LTPO,
      0,
      () => TaskPropertiesOverride$
    ];
    var MountPoints = [
      1,
      n0,
      _MPo,
      0,
      () => MountPoint$
    ];
    var NetworkInterfaceList = [
      1,
      n0,
      _NIL,
      0,
      () => NetworkInterface$
    ];
    var NodePropertyOverrides = [
      1,
      n0,
      _NPOo,
      0,
      () => NodePropertyOverride$
    ];
    var NodeRangeProperties = [
      1,
      n0,
      _NRPo,
      0,
      () => NodeRangeProperty$
    ];
    var QueueSnapshotCapacityUsageList = [
      1,
      n0,
      _QSCUL,
      0,
      () => QueueSnapshotCapacityUsage$
    ];
    var QuotaShareCapacityLimits = [
      1,
      n0,
      _QSCLu,
      0,
      () => QuotaShareCapacityLimit$
    ];
    var QuotaShareCapacityUsageList = [
      1,
      n0,
      _QSCULu,
      0,
      () => QuotaShareCapacityUsage$
    ];
    var QuotaShareCapacityUtilizationList = [
      1,
      n0,
      _QSCULuo,
      0,
      () => QuotaShareCapacityUtilization$
    ];
    var QuotaShareList = [
      1,
      n0,
      _QSL,
      0,
      () => QuotaShareDetail$
    ];
    var ResourceRequirements = [
      1,
      n0,
      _RRe,
      0,
      () => ResourceRequirement$
    ];
    var SchedulingPolicyDetailList = [
      1,
      n0,
      _SPDL,
      0,
      () => SchedulingPolicyDetail$
    ];
    var SchedulingPolicyListingDetailList = [
      1,
      n0,
      _SPLDL,
      0,
      () => SchedulingPolicyListingDetail$
    ];
    var SecretList = [
      1,
      n0,
      _SL,
      0,
      () => Secret$
    ];
    var ServiceEnvironmentDetailList = [
      1,
      n0,
      _SEDL,
      0,
      () => ServiceEnvironmentDetail$
    ];
    var ServiceEnvironmentOrders = [
      1,
      n0,
      _SEOe,
      0,
      () => ServiceEnvironmentOrder$
    ];
    var ServiceJobAttemptDetails = [
      1,
      n0,
      _SJADe,
      0,
      () => ServiceJobAttemptDetail$
    ];
    var ServiceJobCapacityUsageDetailList = [
      1,
      n0,
      _SJCUDL,
      0,
      () => ServiceJobCapacityUsageDetail$
    ];
    var ServiceJobCapacityUsageSummaryList = [
      1,
      n0,
      _SJCUSL,
      0,
      () => ServiceJobCapacityUsageSummary$
    ];
    var ServiceJobEvaluateOnExitList = [
      1,
      n0,
      _SJEOEL,
      0,
      () => ServiceJobEvaluateOnExit$
    ];
    var ServiceJobRecentPreemptedAttemptList = [
      1,
      n0,
      _SJRPAL,
      0,
      () => ServiceJobPreemptedAttempt$
    ];
    var ServiceJobSummaryList = [
      1,
      n0,
      _SJSL,
      0,
      () => ServiceJobSummary$
    ];
    var ShareAttributesList = [
      1,
      n0,
      _SAL,
      0,
      () => ShareAttributes$
    ];
    var TaskContainerDependencyList = [
      1,
      n0,
      _TCDL,
      0,
      () => TaskContainerDependency$
    ];
    var TerminateJobsErrorDetailList = [
      1,
      n0,
      _TJEDL,
      0,
      () => TerminateJobsErrorDetail$
    ];
    var TerminateServiceJobsErrorDetailList = [
      1,
      n0,
      _TSJEDL,
      0,
      () => TerminateServiceJobsErrorDetail$
    ];
    var TmpfsList = [
      1,
      n0,
      _TL,
      0,
      () => Tmpfs$
    ];
    var Ulimits = [
      1,
      n0,
      _Ul,
      0,
      () => Ulimit$
    ];
    var Volumes = [
      1,
      n0,
      _Vo,
      0,
      () => Volume$
    ];
    var FrontOfQuotaSharesJobSummaryMap = [
      2,
      n0,
      _FOQSJSM,
      0,
      0,
      () => FrontOfQuotaShareJobSummaryList
    ];
    var CancelJob$ = [
      9,
      n0,
      _CJ,
      { [_ht]: ["POST", "/v1/canceljob", 200] },
      () => CancelJobRequest$,
      () => CancelJobResponse$
    ];
    var CancelJobs$ = [
      9,
      n0,
      _CJa,
      { [_ht]: ["POST", "/v1/canceljobs", 200] },
      () => CancelJobsRequest$,
      () => CancelJobsResponse$
    ];
    var CreateComputeEnvironment$ = [
      9,
      n0,
      _CCE,
      { [_ht]: ["POST", "/v1/createcomputeenvironment", 200] },
      () => CreateComputeEnvironmentRequest$,
      () => CreateComputeEnvironmentResponse$
    ];
    var CreateConsumableResource$ = [
      9,
      n0,
      _CCR,
      { [_ht]: ["POST", "/v1/createconsumableresource", 200] },
      () => CreateConsumableResourceRequest$,
      () => CreateConsumableResourceResponse$
    ];
    var CreateJobQueue$ = [
      9,
      n0,
      _CJQ,
      { [_ht]: ["POST", "/v1/createjobqueue", 200] },
      () => CreateJobQueueRequest$,
      () => CreateJobQueueResponse$
    ];
    var CreateQuotaShare$ = [
      9,
      n0,
      _CQS,
      { [_ht]: ["POST", "/v1/createquotashare", 200] },
      () => CreateQuotaShareRequest$,
      () => CreateQuotaShareResponse$
    ];
    var CreateSchedulingPolicy$ = [
      9,
      n0,
      _CSPr,
      { [_ht]: ["POST", "/v1/createschedulingpolicy", 200] },
      () => CreateSchedulingPolicyRequest$,
      () => CreateSchedulingPolicyResponse$
    ];
    var CreateServiceEnvironment$ = [
      9,
      n0,
      _CSE,
      { [_ht]: ["POST", "/v1/createserviceenvironment", 200] },
      () => CreateServiceEnvironmentRequest$,
      () => CreateServiceEnvironmentResponse$
    ];
    var DeleteComputeEnvironment$ = [
      9,
      n0,
      _DCE,
      { [_ht]: ["POST", "/v1/deletecomputeenvironment", 200] },
      () => DeleteComputeEnvironmentRequest$,
      () => DeleteComputeEnvironmentResponse$
    ];
    var DeleteConsumableResource$ = [
      9,
      n0,
      _DCR,
      { [_ht]: ["POST", "/v1/deleteconsumableresource", 200] },
      () => DeleteConsumableResourceRequest$,
      () => DeleteConsumableResourceResponse$
    ];
    var DeleteJobQueue$ = [
      9,
      n0,
      _DJQ,
      { [_ht]: ["POST", "/v1/deletejobqueue", 200] },
      () => DeleteJobQueueRequest$,
      () => DeleteJobQueueResponse$
    ];
    var DeleteQuotaShare$ = [
      9,
      n0,
      _DQS,
      { [_ht]: ["POST", "/v1/deletequotashare", 200] },
      () => DeleteQuotaShareRequest$,
      () => DeleteQuotaShareResponse$
    ];
    var DeleteSchedulingPolicy$ = [
      9,
      n0,
      _DSP,
      { [_ht]: ["POST", "/v1/deleteschedulingpolicy", 200] },
      () => DeleteSchedulingPolicyRequest$,
      () => DeleteSchedulingPolicyResponse$
    ];
    var DeleteServiceEnvironment$ = [
      9,
      n0,
      _DSE,
      { [_ht]: ["POST", "/v1/deleteserviceenvironment", 200] },
      () => DeleteServiceEnvironmentRequest$,
      () => DeleteServiceEnvironmentResponse$
    ];
    var DeregisterJobDefinition$ = [
      9,
      n0,
      _DJD,
      { [_ht]: ["POST", "/v1/deregisterjobdefinition", 200] },
      () => DeregisterJobDefinitionRequest$,
      () => DeregisterJobDefinitionResponse$
    ];
    var DescribeComputeEnvironments$ = [
      9,
      n0,
      _DCEe,
      { [_ht]: ["POST", "/v1/describecomputeenvironments", 200] },
      () => DescribeComputeEnvironmentsRequest$,
      () => DescribeComputeEnvironmentsResponse$
    ];
    var DescribeConsumableResource$ = [
      9,
      n0,
      _DCRe,
      { [_ht]: ["POST", "/v1/describeconsumableresource", 200] },
      () => DescribeConsumableResourceRequest$,
      () => DescribeConsumableResourceResponse$
    ];
    var DescribeJobDefinitions$ = [
      9,
      n0,
      _DJDe,
      { [_ht]: ["POST", "/v1/describejobdefinitions", 200] },
      () => DescribeJobDefinitionsRequest$,
      () => DescribeJobDefinitionsResponse$
    ];
    var DescribeJobQueues$ = [
      9,
      n0,
      _DJQe,
      { [_ht]: ["POST", "/v1/describejobqueues", 200] },
      () => DescribeJobQueuesRequest$,
      () => DescribeJobQueuesResponse$
    ];
    var DescribeJobs$ = [
      9,
      n0,
      _DJ,
      { [_ht]: ["POST", "/v1/describejobs", 200] },
      () => DescribeJobsRequest$,
      () => DescribeJobsResponse$
    ];
    var DescribeQuotaShare$ = [
      9,
      n0,
      _DQSe,
      { [_ht]: ["POST", "/v1/describequotashare", 200] },
      () => DescribeQuotaShareRequest$,
      () => DescribeQuotaShareResponse$
    ];
    var DescribeSchedulingPolicies$ = [
      9,
      n0,
      _DSPe,
      { [_ht]: ["POST", "/v1/describeschedulingpolicies", 200] },
      () => DescribeSchedulingPoliciesRequest$,
      () => DescribeSchedulingPoliciesResponse$
    ];
    var DescribeServiceEnvironments$ = [
      9,
      n0,
      _DSEe,
      { [_ht]: ["POST", "/v1/describeserviceenvironments", 200] },
      () => DescribeServiceEnvironmentsRequest$,
      () => DescribeServiceEnvironmentsResponse$
    ];
    var DescribeServiceJob$ = [
      9,
      n0,
      _DSJ,
      { [_ht]: ["POST", "/v1/describeservicejob", 200] },
      () => DescribeServiceJobRequest$,
      () => DescribeServiceJobResponse$
    ];
    var GetJobQueueSnapshot$ = [
      9,
      n0,
      _GJQS,
      { [_ht]: ["POST", "/v1/getjobqueuesnapshot", 200] },
      () => GetJobQueueSnapshotRequest$,
      () => GetJobQueueSnapshotResponse$
    ];
    var ListConsumableResources$ = [
      9,
      n0,
      _LCR,
      { [_ht]: ["POST", "/v1/listconsumableresources", 200] },
      () => ListConsumableResourcesRequest$,
      () => ListConsumableResourcesResponse$
    ];
    var ListJobs$ = [
      9,
      n0,
      _LJ,
      { [_ht]: ["POST", "/v1/listjobs", 200] },
      () => ListJobsRequest$,
      () => ListJobsResponse$
    ];
    var ListJobsByConsumableResource$ = [
      9,
      n0,
      _LJBCR,
      { [_ht]: ["POST", "/v1/listjobsbyconsumableresource", 200] },
      () => ListJobsByConsumableResourceRequest$,
      () => ListJobsByConsumableResourceResponse$
    ];
    var ListQuotaShares$ = [
      9,
      n0,
      _LQS,
      { [_ht]: ["POST", "/v1/listquotashares", 200] },
      () => ListQuotaSharesRequest$,
      () => ListQuotaSharesResponse$
    ];
    var ListSchedulingPolicies$ = [
      9,
      n0,
      _LSP,
      { [_ht]: ["POST", "/v1/listschedulingpolicies", 200] },
      () => ListSchedulingPoliciesRequest$,
      () => ListSchedulingPoliciesResponse$
    ];
    var ListServiceJobs$ = [
      9,
      n0,
      _LSJ,
      { [_ht]: ["POST", "/v1/listservicejobs", 200] },
      () => ListServiceJobsRequest$,
      () => ListServiceJobsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      { [_ht]: ["GET", "/v1/tags/{resourceArn}", 200] },
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var RegisterJobDefinition$ = [
      9,
      n0,
      _RJD,
      { [_ht]: ["POST", "/v1/registerjobdefinition", 200] },
      () => RegisterJobDefinitionRequest$,
      () => RegisterJobDefinitionResponse$
    ];
    var SubmitJob$ = [
      9,
      n0,
      _SJ,
      { [_ht]: ["POST", "/v1/submitjob", 200] },
      () => SubmitJobRequest$,
      () => SubmitJobResponse$
    ];
    var SubmitServiceJob$ = [
      9,
      n0,
      _SSJ,
      { [_ht]: ["POST", "/v1/submitservicejob", 200] },
      () => SubmitServiceJobRequest$,
      () => SubmitServiceJobResponse$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      { [_ht]: ["POST", "/v1/tags/{resourceArn}", 200] },
      () => TagResourceRequest$,
      () => TagResourceResponse$
    ];
    var TerminateJob$ = [
      9,
      n0,
      _TJ,
      { [_ht]: ["POST", "/v1/terminatejob", 200] },
      () => TerminateJobRequest$,
      () => TerminateJobResponse$
    ];
    var TerminateJobs$ = [
      9,
      n0,
      _TJe,
      { [_ht]: ["POST", "/v1/terminatejobs", 200] },
      () => TerminateJobsRequest$,
      () => TerminateJobsResponse$
    ];
    var TerminateServiceJob$ = [
      9,
      n0,
      _TSJ,
      { [_ht]: ["POST", "/v1/terminateservicejob", 200] },
      () => TerminateServiceJobRequest$,
      () => TerminateServiceJobResponse$
    ];
    var TerminateServiceJobs$ = [
      9,
      n0,
      _TSJe,
      { [_ht]: ["POST", "/v1/terminateservicejobs", 200] },
      () => TerminateServiceJobsRequest$,
      () => TerminateServiceJobsResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      { [_ht]: ["DELETE", "/v1/tags/{resourceArn}", 200] },
      () => UntagResourceRequest$,
      () => UntagResourceResponse$
    ];
    var UpdateComputeEnvironment$ = [
      9,
      n0,
      _UCE,
      { [_ht]: ["POST", "/v1/updatecomputeenvironment", 200] },
      () => UpdateComputeEnvironmentRequest$,
      () => UpdateComputeEnvironmentResponse$
    ];
    var UpdateConsumableResource$ = [
      9,
      n0,
      _UCR,
      { [_ht]: ["POST", "/v1/updateconsumableresource", 200] },
      () => UpdateConsumableResourceRequest$,
      () => UpdateConsumableResourceResponse$
    ];
    var UpdateJobQueue$ = [
      9,
      n0,
      _UJQ,
      { [_ht]: ["POST", "/v1/updatejobqueue", 200] },
      () => UpdateJobQueueRequest$,
      () => UpdateJobQueueResponse$
    ];
    var UpdateQuotaShare$ = [
      9,
      n0,
      _UQS,
      { [_ht]: ["POST", "/v1/updatequotashare", 200] },
      () => UpdateQuotaShareRequest$,
      () => UpdateQuotaShareResponse$
    ];
    var UpdateSchedulingPolicy$ = [
      9,
      n0,
      _USP,
      { [_ht]: ["POST", "/v1/updateschedulingpolicy", 200] },
      () => UpdateSchedulingPolicyRequest$,
      () => UpdateSchedulingPolicyResponse$
    ];
    var UpdateServiceEnvironment$ = [
      9,
      n0,
      _USE,
      { [_ht]: ["POST", "/v1/updateserviceenvironment", 200] },
      () => UpdateServiceEnvironmentRequest$,
      () => UpdateServiceEnvironmentResponse$
    ];
    var UpdateServiceJob$ = [
      9,
      n0,
      _USJ,
      { [_ht]: ["POST", "/v1/updateservicejob", 200] },
      () => UpdateServiceJobRequest$,
      () => UpdateServiceJobResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2016-08-10",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultBatchHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.batch",
          errorTypeRegistries,
          xmlNamespace: "http://batch.amazonaws.com/doc/2016-08-10/",
          version: "2016-08-10",
          serviceTarget: "AWSBatchV20160810"
        },
        serviceId: config?.serviceId ?? "Batch",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var BatchClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultBatchHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "AWSBatchV20160810", "BatchClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var CancelJobCommand = class extends command(_ep0, _mw0, "CancelJob", CancelJob$) {
    };
    var CancelJobsCommand = class extends command(_ep0, _mw0, "CancelJobs", CancelJobs$) {
    };
    var CreateComputeEnvironmentCommand = class extends command(_ep0, _mw0, "CreateComputeEnvironment", CreateComputeEnvironment$) {
    };
    var CreateConsumableResourceCommand = class extends command(_ep0, _mw0, "CreateConsumableResource", CreateConsumableResource$) {
    };
    var CreateJobQueueCommand = class extends command(_ep0, _mw0, "CreateJobQueue", CreateJobQueue$) {
    };
    var CreateQuotaShareCommand = class extends command(_ep0, _mw0, "CreateQuotaShare", CreateQuotaShare$) {
    };
    var CreateSchedulingPolicyCommand = class extends command(_ep0, _mw0, "CreateSchedulingPolicy", CreateSchedulingPolicy$) {
    };
    var CreateServiceEnvironmentCommand = class extends command(_ep0, _mw0, "CreateServiceEnvironment", CreateServiceEnvironment$) {
    };
    var DeleteComputeEnvironmentCommand = class extends command(_ep0, _mw0, "DeleteComputeEnvironment", DeleteComputeEnvironment$) {
    };
    var DeleteConsumableResourceCommand = class extends command(_ep0, _mw0, "DeleteConsumableResource", DeleteConsumableResource$) {
    };
    var DeleteJobQueueCommand = class extends command(_ep0, _mw0, "DeleteJobQueue", DeleteJobQueue$) {
    };
    var DeleteQuotaShareCommand = class extends command(_ep0, _mw0, "DeleteQuotaShare", DeleteQuotaShare$) {
    };
    var DeleteSchedulingPolicyCommand = class extends command(_ep0, _mw0, "DeleteSchedulingPolicy", DeleteSchedulingPolicy$) {
    };
    var DeleteServiceEnvironmentCommand = class extends command(_ep0, _mw0, "DeleteServiceEnvironment", DeleteServiceEnvironment$) {
    };
    var DeregisterJobDefinitionCommand = class extends command(_ep0, _mw0, "DeregisterJobDefinition", DeregisterJobDefinition$) {
    };
    var DescribeComputeEnvironmentsCommand = class extends command(_ep0, _mw0, "DescribeComputeEnvironments", DescribeComputeEnvironments$) {
    };
    var DescribeConsumableResourceCommand = class extends command(_ep0, _mw0, "DescribeConsumableResource", DescribeConsumableResource$) {
    };
    var DescribeJobDefinitionsCommand = class extends command(_ep0, _mw0, "DescribeJobDefinitions", DescribeJobDefinitions$) {
    };
    var DescribeJobQueuesCommand = class extends command(_ep0, _mw0, "DescribeJobQueues", DescribeJobQueues$) {
    };
    var DescribeJobsCommand = class extends command(_ep0, _mw0, "DescribeJobs", DescribeJobs$) {
    };
    var DescribeQuotaShareCommand = class extends command(_ep0, _mw0, "DescribeQuotaShare", DescribeQuotaShare$) {
    };
    var DescribeSchedulingPoliciesCommand = class extends command(_ep0, _mw0, "DescribeSchedulingPolicies", DescribeSchedulingPolicies$) {
    };
    var DescribeServiceEnvironmentsCommand = class extends command(_ep0, _mw0, "DescribeServiceEnvironments", DescribeServiceEnvironments$) {
    };
    var DescribeServiceJobCommand = class extends command(_ep0, _mw0, "DescribeServiceJob", DescribeServiceJob$) {
    };
    var GetJobQueueSnapshotCommand = class extends command(_ep0, _mw0, "GetJobQueueSnapshot", GetJobQueueSnapshot$) {
    };
    var ListConsumableResourcesCommand = class extends command(_ep0, _mw0, "ListConsumableResources", ListConsumableResources$) {
    };
    var ListJobsByConsumableResourceCommand = class extends command(_ep0, _mw0, "ListJobsByConsumableResource", ListJobsByConsumableResource$) {
    };
    var ListJobsCommand = class extends command(_ep0, _mw0, "ListJobs", ListJobs$) {
    };
    var ListQuotaSharesCommand = class extends command(_ep0, _mw0, "ListQuotaShares", ListQuotaShares$) {
    };
    var ListSchedulingPoliciesCommand = class extends command(_ep0, _mw0, "ListSchedulingPolicies", ListSchedulingPolicies$) {
    };
    var ListServiceJobsCommand = class extends command(_ep0, _mw0, "ListServiceJobs", ListServiceJobs$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var RegisterJobDefinitionCommand = class extends command(_ep0, _mw0, "RegisterJobDefinition", RegisterJobDefinition$) {
    };
    var SubmitJobCommand = class extends command(_ep0, _mw0, "SubmitJob", SubmitJob$) {
    };
    var SubmitServiceJobCommand = class extends command(_ep0, _mw0, "SubmitServiceJob", SubmitServiceJob$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TerminateJobCommand = class extends command(_ep0, _mw0, "TerminateJob", TerminateJob$) {
    };
    var TerminateJobsCommand = class extends command(_ep0, _mw0, "TerminateJobs", TerminateJobs$) {
    };
    var TerminateServiceJobCommand = class extends command(_ep0, _mw0, "TerminateServiceJob", TerminateServiceJob$) {
    };
    var TerminateServiceJobsCommand = class extends command(_ep0, _mw0, "TerminateServiceJobs", TerminateServiceJobs$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateComputeEnvironmentCommand = class extends command(_ep0, _mw0, "UpdateComputeEnvironment", UpdateComputeEnvironment$) {
    };
    var UpdateConsumableResourceCommand = class extends command(_ep0, _mw0, "UpdateConsumableResource", UpdateConsumableResource$) {
    };
    var UpdateJobQueueCommand = class extends command(_ep0, _mw0, "UpdateJobQueue", UpdateJobQueue$) {
    };
    var UpdateQuotaShareCommand = class extends command(_ep0, _mw0, "UpdateQuotaShare", UpdateQuotaShare$) {
    };
    var UpdateSchedulingPolicyCommand = class extends command(_ep0, _mw0, "UpdateSchedulingPolicy", UpdateSchedulingPolicy$) {
    };
    var UpdateServiceEnvironmentCommand = class extends command(_ep0, _mw0, "UpdateServiceEnvironment", UpdateServiceEnvironment$) {
    };
    var UpdateServiceJobCommand = class extends command(_ep0, _mw0, "UpdateServiceJob", UpdateServiceJob$) {
    };
    var paginateDescribeComputeEnvironments = createPaginator(BatchClient2, DescribeComputeEnvironmentsCommand, "nextToken", "nextToken", "maxResults");
    var paginateDescribeJobDefinitions = createPaginator(BatchClient2, DescribeJobDefinitionsCommand, "nextToken", "nextToken", "maxResults");
    var paginateDescribeJobQueues = createPaginator(BatchClient2, DescribeJobQueuesCommand, "nextToken", "nextToken", "maxResults");
    var paginateDescribeServiceEnvironments = createPaginator(BatchClient2, DescribeServiceEnvironmentsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListConsumableResources = createPaginator(BatchClient2, ListConsumableResourcesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListJobsByConsumableResource = createPaginator(BatchClient2, ListJobsByConsumableResourceCommand, "nextToken", "nextToken", "maxResults");
    var paginateListJobs = createPaginator(BatchClient2, ListJobsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListQuotaShares = createPaginator(BatchClient2, ListQuotaSharesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListSchedulingPolicies = createPaginator(BatchClient2, ListSchedulingPoliciesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListServiceJobs = createPaginator(BatchClient2, ListServiceJobsCommand, "nextToken", "nextToken", "maxResults");
    var commands = {
      CancelJobCommand,
      CancelJobsCommand,
      CreateComputeEnvironmentCommand,
      CreateConsumableResourceCommand,
      CreateJobQueueCommand,
      CreateQuotaShareCommand,
      CreateSchedulingPolicyCommand,
      CreateServiceEnvironmentCommand,
      DeleteComputeEnvironmentCommand,
      DeleteConsumableResourceCommand,
      DeleteJobQueueCommand,
      DeleteQuotaShareCommand,
      DeleteSchedulingPolicyCommand,
      DeleteServiceEnvironmentCommand,
      DeregisterJobDefinitionCommand,
      DescribeComputeEnvironmentsCommand,
      DescribeConsumableResourceCommand,
      DescribeJobDefinitionsCommand,
      DescribeJobQueuesCommand,
      DescribeJobsCommand,
      DescribeQuotaShareCommand,
      DescribeSchedulingPoliciesCommand,
      DescribeServiceEnvironmentsCommand,
      DescribeServiceJobCommand,
      GetJobQueueSnapshotCommand,
      ListConsumableResourcesCommand,
      ListJobsCommand,
      ListJobsByConsumableResourceCommand,
      ListQuotaSharesCommand,
      ListSchedulingPoliciesCommand,
      ListServiceJobsCommand,
      ListTagsForResourceCommand,
      RegisterJobDefinitionCommand,
      SubmitJobCommand,
      SubmitServiceJobCommand,
      TagResourceCommand,
      TerminateJobCommand,
      TerminateJobsCommand,
      TerminateServiceJobCommand,
      TerminateServiceJobsCommand,
      UntagResourceCommand,
      UpdateComputeEnvironmentCommand,
      UpdateConsumableResourceCommand,
      UpdateJobQueueCommand,
      UpdateQuotaShareCommand,
      UpdateSchedulingPolicyCommand,
      UpdateServiceEnvironmentCommand,
      UpdateServiceJobCommand
    };
    var paginators = {
      paginateDescribeComputeEnvironments,
      paginateDescribeJobDefinitions,
      paginateDescribeJobQueues,
      paginateDescribeServiceEnvironments,
      paginateListConsumableResources,
      paginateListJobs,
      paginateListJobsByConsumableResource,
      paginateListQuotaShares,
      paginateListSchedulingPolicies,
      paginateListServiceJobs
    };
    var Batch = class extends BatchClient2 {
    };
    createAggregatedClient(commands, Batch, { paginators });
    var ArrayJobDependency = {
      N_TO_N: "N_TO_N",
      SEQUENTIAL: "SEQUENTIAL"
    };
    var AssignPublicIp = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var CRAllocationStrategy = {
      BEST_FIT: "BEST_FIT",
      BEST_FIT_PROGRESSIVE: "BEST_FIT_PROGRESSIVE",
      BEST_FIT_PROGRESSIVE_ORDERED: "BEST_FIT_PROGRESSIVE_ORDERED",
      SPOT_CAPACITY_OPTIMIZED: "SPOT_CAPACITY_OPTIMIZED",
      SPOT_CAPACITY_OPTIMIZED_PRIORITIZED: "SPOT_CAPACITY_OPTIMIZED_PRIORITIZED",
      SPOT_PRICE_CAPACITY_OPTIMIZED: "SPOT_PRICE_CAPACITY_OPTIMIZED"
    };
    var UserdataType = {
      EKS_BOOTSTRAP_SH: "EKS_BOOTSTRAP_SH",
      EKS_NODEADM: "EKS_NODEADM"
    };
    var CRType = {
      EC2: "EC2",
      ECS_MANAGED_INSTANCES: "ECS_MANAGED_INSTANCES",
      FARGATE: "FARGATE",
      FARGATE_SPOT: "FARGATE_SPOT",
      SPOT: "SPOT"
    };
    var ContainerInsights = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED",
      ENHANCED: "ENHANCED"
    };
    var CEState = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var CEType = {
      MANAGED: "MANAGED",
      UNMANAGED: "UNMANAGED"
    };
    var JobQueueType = {
      ECS: "ECS",
      ECS_FARGATE: "ECS_FARGATE",
      ECS_MANAGED_INSTANCES: "ECS_MANAGED_INSTANCES",
      EKS: "EKS",
      SAGEMAKER_TRAINING: "SAGEMAKER_TRAINING"
    };
    var JobStateTimeLimitActionsAction = {
      CANCEL: "CANCEL",
      TERMINATE: "TERMINATE"
    };
    var JobStateTimeLimitActionsState = {
      RUNNABLE: "RUNNABLE"
    };
    var JQState = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var QuotaShareInSharePreemptionState = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var QuotaShareResourceSharingStrategy = {
      LEND: "LEND",
      LEND_AND_BORROW: "LEND_AND_BORROW",
      RESERVE: "RESERVE"
    };
    var QuotaShareState = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var QuotaShareIdleResourceAssignmentStrategy = {
      FIFO: "FIFO"
    };
    var ServiceEnvironmentType = {
      SAGEMAKER_TRAINING: "SAGEMAKER_TRAINING"
    };
    var ServiceEnvironmentState = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var OrchestrationType = {
      ECS: "ECS",
      EKS: "EKS"
    };
    var CEStatus = {
      CREATING: "CREATING",
      DELETED: "DELETED",
      DELETING: "DELETING",
      INVALID: "INVALID",
      UPDATING: "UPDATING",
      VALID: "VALID"
    };
    var DeviceCgroupPermission = {
      MKNOD: "MKNOD",
      READ: "READ",
      WRITE: "WRITE"
    };
    var LogDriver = {
      AWSFIRELENS: "awsfirelens",
      AWSLOGS: "awslogs",
      FLUENTD: "fluentd",
      GELF: "gelf",
      JOURNALD: "journald",
      JSON_FILE: "json-file",
      SPLUNK: "splunk",
      SYSLOG: "syslog"
    };
    var ResourceType = {
      GPU: "GPU",
      MEMORY: "MEMORY",
      VCPU: "VCPU"
    };
    var EFSAuthorizationConfigIAM = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var EFSTransitEncryption = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var FirelensConfigurationType = {
      FLUENTBIT: "fluentbit",
      FLUENTD: "fluentd"
    };
    var PlatformCapability = {
      EC2: "EC2",
      FARGATE: "FARGATE",
      MANAGED_INSTANCES: "MANAGED_INSTANCES"
    };
    var RetryAction = {
      EXIT: "EXIT",
      RETRY: "RETRY"
    };
    var JQStatus = {
      CREATING: "CREATING",
      DELETED: "DELETED",
      DELETING: "DELETING",
      INVALID: "INVALID",
      UPDATING: "UPDATING",
      VALID: "VALID"
    };
    var JobStatus = {
      FAILED: "FAILED",
      PENDING: "PENDING",
      RUNNABLE: "RUNNABLE",
      RUNNING: "RUNNING",
      STARTING: "STARTING",
      SUBMITTED: "SUBMITTED",
      SUCCEEDED: "SUCCEEDED"
    };
    var QuotaShareStatus = {
      CREATING: "CREATING",
      DELETING: "DELETING",
      INVALID: "INVALID",
      UPDATING: "UPDATING",
      VALID: "VALID"
    };
    var ServiceEnvironmentStatus = {
      CREATING: "CREATING",
      DELETED: "DELETED",
      DELETING: "DELETING",
      INVALID: "INVALID",
      UPDATING: "UPDATING",
      VALID: "VALID"
    };
    var ServiceResourceIdName = {
      SAGEMAKER_TRAINING_JOB_ARN: "TrainingJobArn"
    };
    var ServiceJobRetryAction = {
      EXIT: "EXIT",
      RETRY: "RETRY"
    };
    var ServiceJobType = {
      SAGEMAKER_TRAINING: "SAGEMAKER_TRAINING"
    };
    var ServiceJobStatus = {
      FAILED: "FAILED",
      PENDING: "PENDING",
      RUNNABLE: "RUNNABLE",
      RUNNING: "RUNNING",
      SCHEDULED: "SCHEDULED",
      STARTING: "STARTING",
      SUBMITTED: "SUBMITTED",
      SUCCEEDED: "SUCCEEDED"
    };
    var JobDefinitionType = {
      Container: "container",
      Multinode: "multinode"
    };
    var CRUpdateAllocationStrategy = {
      BEST_FIT_PROGRESSIVE: "BEST_FIT_PROGRESSIVE",
      BEST_FIT_PROGRESSIVE_ORDERED: "BEST_FIT_PROGRESSIVE_ORDERED",
      SPOT_CAPACITY_OPTIMIZED: "SPOT_CAPACITY_OPTIMIZED",
      SPOT_CAPACITY_OPTIMIZED_PRIORITIZED: "SPOT_CAPACITY_OPTIMIZED_PRIORITIZED",
      SPOT_PRICE_CAPACITY_OPTIMIZED: "SPOT_PRICE_CAPACITY_OPTIMIZED"
    };
    exports.ArrayJobDependency = ArrayJobDependency;
    exports.ArrayProperties$ = ArrayProperties$;
    exports.ArrayPropertiesDetail$ = ArrayPropertiesDetail$;
    exports.ArrayPropertiesSummary$ = ArrayPropertiesSummary$;
    exports.AssignPublicIp = AssignPublicIp;
    exports.AttemptContainerDetail$ = AttemptContainerDetail$;
    exports.AttemptDetail$ = AttemptDetail$;
    exports.AttemptEcsTaskDetails$ = AttemptEcsTaskDetails$;
    exports.AttemptTaskContainerDetails$ = AttemptTaskContainerDetails$;
    exports.Batch = Batch;
    exports.BatchClient = BatchClient2;
    exports.BatchServiceException = BatchServiceException;
    exports.BatchServiceException$ = BatchServiceException$;
    exports.CEState = CEState;
    exports.CEStatus = CEStatus;
    exports.CEType = CEType;
    exports.CRAllocationStrategy = CRAllocationStrategy;
    exports.CRType = CRType;
    exports.CRUpdateAllocationStrategy = CRUpdateAllocationStrategy;
    exports.CancelJob$ = CancelJob$;
    exports.CancelJobCommand = CancelJobCommand;
    exports.CancelJobRequest$ = CancelJobRequest$;
    exports.CancelJobResponse$ = CancelJobResponse$;
    exports.CancelJobs$ = CancelJobs$;
    exports.CancelJobsCommand = CancelJobsCommand;
    exports.CancelJobsErrorDetail$ = CancelJobsErrorDetail$;
    exports.CancelJobsRequest$ = CancelJobsRequest$;
    exports.CancelJobsResponse$ = CancelJobsResponse$;
    exports.CapacityLimit$ = CapacityLimit$;
    exports.CapacityReservationRequest$ = CapacityReservationRequest$;
    exports.ClientException = ClientException;
    exports.ClientException$ = ClientException$;
    exports.ComputeEnvironmentDetail$ = ComputeEnvironmentDetail$;
    exports.ComputeEnvironmentOrder$ = ComputeEnvironmentOrder$;
    exports.ComputeResource$ = ComputeResource$;
    exports.ComputeResourceUpdate$ = ComputeResourceUpdate$;
    exports.ComputeScalingPolicy$ = ComputeScalingPolicy$;
    exports.ConsumableResourceProperties$ = ConsumableResourceProperties$;
    exports.ConsumableResourceRequirement$ = ConsumableResourceRequirement$;
    exports.ConsumableResourceSummary$ = ConsumableResourceSummary$;
    exports.ContainerDetail$ = ContainerDetail$;
    exports.ContainerInsights = ContainerInsights;
    exports.ContainerOverrides$ = ContainerOverrides$;
    exports.ContainerProperties$ = ContainerProperties$;
    exports.ContainerSummary$ = ContainerSummary$;
    exports.CreateComputeEnvironment$ = CreateComputeEnvironment$;
    exports.CreateComputeEnvironmentCommand = CreateComputeEnvironmentCommand;
    exports.CreateComputeEnvironmentRequest$ = CreateComputeEnvironmentRequest$;
    exports.CreateComputeEnvironmentResponse$ = CreateComputeEnvironmentResponse$;
    exports.CreateConsumableResource$ = CreateConsumableResource$;
    exports.CreateConsumableResourceCommand = CreateConsumableResourceCommand;
    exports.CreateConsumableResourceRequest$ = CreateConsumableResourceRequest$;
    exports.CreateConsumableResourceResponse$ = CreateConsumableResourceResponse$;
    exports.CreateJobQueue$ = CreateJobQueue$;
    exports.CreateJobQueueCommand = CreateJobQueueCommand;
    exports.CreateJobQueueRequest$ = CreateJobQueueRequest$;
    exports.CreateJobQueueResponse$ = CreateJobQueueResponse$;
    exports.CreateQuotaShare$ = CreateQuotaShare$;
    exports.CreateQuotaShareCommand = CreateQuotaShareCommand;
    exports.CreateQuotaShareRequest$ = CreateQuotaShareRequest$;
    exports.CreateQuotaShareResponse$ = CreateQuotaShareResponse$;
    exports.CreateSchedulingPolicy$ = CreateSchedulingPolicy$;
    exports.CreateSchedulingPolicyCommand = CreateSchedulingPolicyCommand;
    exports.CreateSchedulingPolicyRequest$ = CreateSchedulingPolicyRequest$;
    exports.CreateSchedulingPolicyResponse$ = CreateSchedulingPolicyResponse$;
    exports.CreateServiceEnvironment$ = CreateServiceEnvironment$;
    exports.CreateServiceEnvironmentCommand = CreateServiceEnvironmentCommand;
    exports.CreateServiceEnvironmentRequest$ = CreateServiceEnvironmentRequest$;
    exports.CreateServiceEnvironmentResponse$ = CreateServiceEnvironmentResponse$;
    exports.DeleteComputeEnvironment$ = DeleteComputeEnvironment$;
    exports.DeleteComputeEnvironmentCommand = DeleteComputeEnvironmentCommand;
    exports.DeleteComputeEnvironmentRequest$ = DeleteComputeEnvironmentRequest$;
    exports.DeleteComputeEnvironmentResponse$ = DeleteComputeEnvironmentResponse$;
    exports.DeleteConsumableResource$ = DeleteConsumableResource$;
    exports.DeleteConsumableResourceCommand = DeleteConsumableResourceCommand;
    exports.DeleteConsumableResourceRequest$ = DeleteConsumableResourceRequest$;
    exports.DeleteConsumableResourceResponse$ = DeleteConsumableResourceResponse$;
    exports.DeleteJobQueue$ = DeleteJobQueue$;
    exports.DeleteJobQueueCommand = DeleteJobQueueCommand;
    exports.DeleteJobQueueRequest$ = DeleteJobQueueRequest$;
    exports.DeleteJobQueueResponse$ = DeleteJobQueueResponse$;
    exports.DeleteQuotaShare$ = DeleteQuotaShare$;
    exports.DeleteQuotaShareCommand = DeleteQuotaShareCommand;
    exports.DeleteQuotaShareRequest$ = DeleteQuotaShareRequest$;
    exports.DeleteQuotaShareResponse$ = DeleteQuotaShareResponse$;
    exports.DeleteSchedulingPolicy$ = DeleteSchedulingPolicy$;
    exports.DeleteSchedulingPolicyCommand = DeleteSchedulingPolicyCommand;
    exports.DeleteSchedulingPolicyRequest$ = DeleteSchedulingPolicyRequest$;
    exports.DeleteSchedulingPolicyResponse$ = DeleteSchedulingPolicyResponse$;
    exports.DeleteServiceEnvironment$ = DeleteServiceEnvironment$;
    exports.DeleteServiceEnvironmentCommand = DeleteServiceEnvironmentCommand;
    exports.DeleteServiceEnvironmentRequest$ = DeleteServiceEnvironmentRequest$;
    exports.DeleteServiceEnvironmentResponse$ = DeleteServiceEnvironmentResponse$;
    exports.DeregisterJobDefinition$ = DeregisterJobDefinition$;
    exports.DeregisterJobDefinitionCommand = DeregisterJobDefinitionCommand;
    exports.DeregisterJobDefinitionRequest$ = DeregisterJobDefinitionRequest$;
    exports.DeregisterJobDefinitionResponse$ = DeregisterJobDefinitionResponse$;
    exports.DescribeComputeEnvironments$ = DescribeComputeEnvironments$;
    exports.DescribeComputeEnvironmentsCommand = DescribeComputeEnvironmentsCommand;
    exports.DescribeComputeEnvironmentsRequest$ = DescribeComputeEnvironmentsRequest$;
    exports.DescribeComputeEnvironmentsResponse$ = DescribeComputeEnvironmentsResponse$;
    exports.DescribeConsumableResource$ = DescribeConsumableResource$;
    exports.DescribeConsumableResourceCommand = DescribeConsumableResourceCommand;
    exports.DescribeConsumableResourceRequest$ = DescribeConsumableResourceRequest$;
    exports.DescribeConsumableResourceResponse$ = DescribeConsumableResourceResponse$;
    exports.DescribeJobDefinitions$ = DescribeJobDefinitions$;
    exports.DescribeJobDefinitionsCommand = DescribeJobDefinitionsCommand;
    exports.DescribeJobDefinitionsRequest$ = DescribeJobDefinitionsRequest$;
    exports.DescribeJobDefinitionsResponse$ = DescribeJobDefinitionsResponse$;
    exports.DescribeJobQueues$ = DescribeJobQueues$;
    exports.DescribeJobQueuesCommand = DescribeJobQueuesCommand;
    exports.DescribeJobQueuesRequest$ = DescribeJobQueuesRequest$;
    exports.DescribeJobQueuesResponse$ = DescribeJobQueuesResponse$;
    exports.DescribeJobs$ = DescribeJobs$;
    exports.DescribeJobsCommand = DescribeJobsCommand;
    exports.DescribeJobsRequest$ = DescribeJobsRequest$;
    exports.DescribeJobsResponse$ = DescribeJobsResponse$;
    exports.DescribeQuotaShare$ = DescribeQuotaShare$;
    exports.DescribeQuotaShareCommand = DescribeQuotaShareCommand;
    exports.DescribeQuotaShareRequest$ = DescribeQuotaShareRequest$;
    exports.DescribeQuotaShareResponse$ = DescribeQuotaShareResponse$;
    exports.DescribeSchedulingPolicies$ = DescribeSchedulingPolicies$;
    exports.DescribeSchedulingPoliciesCommand = DescribeSchedulingPoliciesCommand;
    exports.DescribeSchedulingPoliciesRequest$ = DescribeSchedulingPoliciesRequest$;
    exports.DescribeSchedulingPoliciesResponse$ = DescribeSchedulingPoliciesResponse$;
    exports.DescribeServiceEnvironments$ = DescribeServiceEnvironments$;
    exports.DescribeServiceEnvironmentsCommand = DescribeServiceEnvironmentsCommand;
    exports.DescribeServiceEnvironmentsRequest$ = DescribeServiceEnvironmentsRequest$;
    exports.DescribeServiceEnvironmentsResponse$ = DescribeServiceEnvironmentsResponse$;
    exports.DescribeServiceJob$ = DescribeServiceJob$;
    exports.DescribeServiceJobCommand = DescribeServiceJobCommand;
    exports.DescribeServiceJobRequest$ = DescribeServiceJobRequest$;
    exports.DescribeServiceJobResponse$ = DescribeServiceJobResponse$;
    exports.Device$ = Device$;
    exports.DeviceCgroupPermission = DeviceCgroupPermission;
    exports.EFSAuthorizationConfig$ = EFSAuthorizationConfig$;
    exports.EFSAuthorizationConfigIAM = EFSAuthorizationConfigIAM;
    exports.EFSTransitEncryption = EFSTransitEncryption;
    exports.EFSVolumeConfiguration$ = EFSVolumeConfiguration$;
    exports.Ec2Configuration$ = Ec2Configuration$;
    exports.EcsProperties$ = EcsProperties$;
    exports.EcsPropertiesDetail$ = EcsPropertiesDetail$;
    exports.EcsPropertiesOverride$ = EcsPropertiesOverride$;
    exports.EcsSettings$ = EcsSettings$;
    exports.EcsTaskDetails$ = EcsTaskDetails$;
    exports.EcsTaskProperties$ = EcsTaskProperties$;
    exports.EksAttemptContainerDetail$ = EksAttemptContainerDetail$;
    exports.EksAttemptDetail$ = EksAttemptDetail$;
    exports.EksConfiguration$ = EksConfiguration$;
    exports.EksContainer$ = EksContainer$;
    exports.EksContainerDetail$ = EksContainerDetail$;
    exports.EksContainerEnvironmentVariable$ = EksContainerEnvironmentVariable$;
    exports.EksContainerOverride$ = EksContainerOverride$;
    exports.EksContainerResourceRequirements$ = EksContainerResourceRequirements$;
    exports.EksContainerSecurityContext$ = EksContainerSecurityContext$;
    exports.EksContainerVolumeMount$ = EksContainerVolumeMount$;
    exports.EksEmptyDir$ = EksEmptyDir$;
    exports.EksHostPath$ = EksHostPath$;
    exports.EksMetadata$ = EksMetadata$;
    exports.EksPersistentVolumeClaim$ = EksPersistentVolumeClaim$;
    exports.EksPodProperties$ = EksPodProperties$;
    exports.EksPodPropertiesDetail$ = EksPodPropertiesDetail$;
    exports.EksPodPropertiesOverride$ = EksPodPropertiesOverride$;
    exports.EksProperties$ = EksProperties$;
    exports.EksPropertiesDetail$ = EksPropertiesDetail$;
    exports.EksPropertiesOverride$ = EksPropertiesOverride$;
    exports.EksSecret$ = EksSecret$;
    exports.EksVolume$ = EksVolume$;
    exports.EphemeralStorage$ = EphemeralStorage$;
    exports.EvaluateOnExit$ = EvaluateOnExit$;
    exports.FairshareCapacityUsage$ = FairshareCapacityUsage$;
    exports.FairshareCapacityUtilization$ = FairshareCapacityUtilization$;
    exports.FairsharePolicy$ = FairsharePolicy$;
    exports.FairshareUtilizationDetail$ = FairshareUtilizationDetail$;
    exports.FargatePlatformConfiguration$ = FargatePlatformConfiguration$;
    exports.FirelensConfiguration$ = FirelensConfiguration$;
    exports.FirelensConfigurationType = FirelensConfigurationType;
    exports.FrontOfQueueDetail$ = FrontOfQueueDetail$;
    exports.FrontOfQueueJobSummary$ = FrontOfQueueJobSummary$;
    exports.FrontOfQuotaShareJobSummary$ = FrontOfQuotaShareJobSummary$;
    exports.FrontOfQuotaSharesDetail$ = FrontOfQuotaSharesDetail$;
    exports.GetJobQueueSnapshot$ = GetJobQueueSnapshot$;
    exports.GetJobQueueSnapshotCommand = GetJobQueueSnapshotCommand;
    exports.GetJobQueueSnapshotRequest$ = GetJobQueueSnapshotRequest$;
    exports.GetJobQueueSnapshotResponse$ = GetJobQueueSnapshotResponse$;
    exports.Host$ = Host$;
    exports.ImagePullSecret$ = ImagePullSecret$;
    exports.InfrastructureOptimization$ = InfrastructureOptimization$;
    exports.InstanceLaunchTemplate$ = InstanceLaunchTemplate$;
    exports.InstanceLaunchTemplateUpdate$ = InstanceLaunchTemplateUpdate$;
    exports.InstanceRequirementsRequest$ = InstanceRequirementsRequest$;
    exports.JQState = JQState;
    exports.JQStatus = JQStatus;
    exports.JobCapacityUsageSummary$ = JobCapacityUsageSummary$;
    exports.JobDefinition$ = JobDefinition$;
    exports.JobDefinitionType = JobDefinitionType;
    exports.JobDependency$ = JobDependency$;
    exports.JobDetail$ = JobDetail$;
    exports.JobQueueDetail$ = JobQueueDetail$;
    exports.JobQueueType = JobQueueType;
    exports.JobStateTimeLimitAction$ = JobStateTimeLimitAction$;
    exports.JobStateTimeLimitActionsAction = JobStateTimeLimitActionsAction;
    exports.JobStateTimeLimitActionsState = JobStateTimeLimitActionsState;
    exports.JobStatus = JobStatus;
    exports.JobSummary$ = JobSummary$;
    exports.JobTimeout$ = JobTimeout$;
    exports.KeyValuePair$ = KeyValuePair$;
    exports.KeyValuesPair$ = KeyValuesPair$;
    exports.LatestServiceJobAttempt$ = LatestServiceJobAttempt$;
    exports.LaunchTemplateSpecification$ = LaunchTemplateSpecification$;
    exports.LaunchTemplateSpecificationOverride$ = LaunchTemplateSpecificationOverride$;
    exports.LinuxParameters$ = LinuxParameters$;
    exports.ListConsumableResources$ = ListConsumableResources$;
    exports.ListConsumableResourcesCommand = ListConsumableResourcesCommand;
    exports.ListConsumableResourcesRequest$ = ListConsumableResourcesRequest$;
    exports.ListConsumableResourcesResponse$ = ListConsumableResourcesResponse$;
    exports.ListJobs$ = ListJobs$;
    exports.ListJobsByConsumableResource$ = ListJobsByConsumableResource$;
    exports.ListJobsByConsumableResourceCommand = ListJobsByConsumableResourceCommand;
    exports.ListJobsByConsumableResourceRequest$ = ListJobsByConsumableResourceRequest$;
    exports.ListJobsByConsumableResourceResponse$ = ListJobsByConsumableResourceResponse$;
    exports.ListJobsByConsumableResourceSummary$ = ListJobsByConsumableResourceSummary$;
    exports.ListJobsCommand = ListJobsCommand;
    exports.ListJobsRequest$ = ListJobsRequest$;
    exports.ListJobsResponse$ = ListJobsResponse$;
    exports.ListQuotaShares$ = ListQuotaShares$;
    exports.ListQuotaSharesCommand = ListQuotaSharesCommand;
    exports.ListQuotaSharesRequest$ = ListQuotaSharesRequest$;
    exports.ListQuotaSharesResponse$ = ListQuotaSharesResponse$;
    exports.ListSchedulingPolicies$ = ListSchedulingPolicies$;
    exports.ListSchedulingPoliciesCommand = ListSchedulingPoliciesCommand;
    exports.ListSchedulingPoliciesRequest$ = ListSchedulingPoliciesRequest$;
    exports.ListSchedulingPoliciesResponse$ = ListSchedulingPoliciesResponse$;
    exports.ListServiceJobs$ = ListServiceJobs$;
    exports.ListServiceJobsCommand = ListServiceJobsCommand;
    exports.ListServiceJobsRequest$ = ListServiceJobsRequest$;
    exports.ListServiceJobsResponse$ = ListServiceJobsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.LogConfiguration$ = LogConfiguration$;
    exports.LogDriver = LogDriver;
    exports.ManagedInstancesLocalStorageConfiguration$ = ManagedInstancesLocalStorageConfiguration$;
    exports.ManagedInstancesNetworkConfiguration$ = ManagedInstancesNetworkConfiguration$;
    exports.ManagedInstancesProvider$ = ManagedInstancesProvider$;
    exports.ManagedInstancesStorageConfiguration$ = ManagedInstancesStorageConfiguration$;
    exports.MountPoint$ = MountPoint$;
    exports.NetworkConfiguration$ = NetworkConfiguration$;
    exports.NetworkInterface$ = NetworkInterface$;
    exports.NodeDetails$ = NodeDetails$;
    exports.NodeOverrides$ = NodeOverrides$;
    exports.NodeProperties$ = NodeProperties$;
    exports.NodePropertiesSummary$ = NodePropertiesSummary$;
    exports.NodePropertyOverride$ = NodePropertyOverride$;
    exports.NodeRangeProperty$ = NodeRangeProperty$;
    exports.OrchestrationType = OrchestrationType;
    exports.PlatformCapability = PlatformCapability;
    exports.QueueSnapshotCapacityUsage$ = QueueSnapshotCapacityUsage$;
    exports.QueueSnapshotUtilizationDetail$ = QueueSnapshotUtilizationDetail$;
    exports.QuotaShareCapacityLimit$ = QuotaShareCapacityLimit$;
    exports.QuotaShareCapacityUsage$ = QuotaShareCapacityUsage$;
    exports.QuotaShareCapacityUtilization$ = QuotaShareCapacityUtilization$;
    exports.QuotaShareDetail$ = QuotaShareDetail$;
    exports.QuotaShareIdleResourceAssignmentStrategy = QuotaShareIdleResourceAssignmentStrategy;
    exports.QuotaShareInSharePreemptionState = QuotaShareInSharePreemptionState;
    exports.QuotaSharePolicy$ = QuotaSharePolicy$;
    exports.QuotaSharePreemptionConfiguration$ = QuotaSharePreemptionConfiguration$;
    exports.QuotaShareResourceSharingConfiguration$ = QuotaShareResourceSharingConfiguration$;
    exports.QuotaShareResourceSharingStrategy = QuotaShareResourceSharingStrategy;
    exports.QuotaShareState = QuotaShareState;
    exports.QuotaShareStatus = QuotaShareStatus;
    exports.QuotaShareUtilizationDetail$ = QuotaShareUtilizationDetail$;
    exports.RegisterJobDefinition$ = RegisterJobDefinition$;
    exports.RegisterJobDefinitionCommand = RegisterJobDefinitionCommand;
    exports.RegisterJobDefinitionRequest$ = RegisterJobDefinitionRequest$;
    exports.RegisterJobDefinitionResponse$ = RegisterJobDefinitionResponse$;
    exports.RepositoryCredentials$ = RepositoryCredentials$;
    exports.ResourceRequirement$ = ResourceRequirement$;
    exports.ResourceType = ResourceType;
    exports.RetryAction = RetryAction;
    exports.RetryStrategy$ = RetryStrategy$;
    exports.RuntimePlatform$ = RuntimePlatform$;
    exports.S3FilesVolumeConfiguration$ = S3FilesVolumeConfiguration$;
    exports.SchedulingPolicyDetail$ = SchedulingPolicyDetail$;
    exports.SchedulingPolicyListingDetail$ = SchedulingPolicyListingDetail$;
    exports.Secret$ = Secret$;
    exports.ServerException = ServerException;
    exports.ServerException$ = ServerException$;
    exports.ServiceEnvironmentDetail$ = ServiceEnvironmentDetail$;
    exports.ServiceEnvironmentOrder$ = ServiceEnvironmentOrder$;
    exports.ServiceEnvironmentState = ServiceEnvironmentState;
    exports.ServiceEnvironmentStatus = ServiceEnvironmentStatus;
    exports.ServiceEnvironmentType = ServiceEnvironmentType;
    exports.ServiceJobAttemptDetail$ = ServiceJobAttemptDetail$;
    exports.ServiceJobCapacityUsageDetail$ = ServiceJobCapacityUsageDetail$;
    exports.ServiceJobCapacityUsageSummary$ = ServiceJobCapacityUsageSummary$;
    exports.ServiceJobEvaluateOnExit$ = ServiceJobEvaluateOnExit$;
    exports.ServiceJobPreemptedAttempt$ = ServiceJobPreemptedAttempt$;
    exports.ServiceJobPreemptionConfiguration$ = ServiceJobPreemptionConfiguration$;
    exports.ServiceJobPreemptionSummary$ = ServiceJobPreemptionSummary$;
    exports.ServiceJobRetryAction = ServiceJobRetryAction;
    exports.ServiceJobRetryStrategy$ = ServiceJobRetryStrategy$;
    exports.ServiceJobStatus = ServiceJobStatus;
    exports.ServiceJobSummary$ = ServiceJobSummary$;
    exports.ServiceJobTimeout$ = ServiceJobTimeout$;
    exports.ServiceJobType = ServiceJobType;
    exports.ServiceResourceId$ = ServiceResourceId$;
    exports.ServiceResourceIdName = ServiceResourceIdName;
    exports.ShareAttributes$ = ShareAttributes$;
    exports.SubmitJob$ = SubmitJob$;
    exports.SubmitJobCommand = SubmitJobCommand;
    exports.SubmitJobRequest$ = SubmitJobRequest$;
    exports.SubmitJobResponse$ = SubmitJobResponse$;
    exports.SubmitServiceJob$ = SubmitServiceJob$;
    exports.SubmitServiceJobCommand = SubmitServiceJobCommand;
    exports.SubmitServiceJobRequest$ = SubmitServiceJobRequest$;
    exports.SubmitServiceJobResponse$ = SubmitServiceJobResponse$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.TaskContainerDependency$ = TaskContainerDependency$;
    exports.TaskContainerDetails$ = TaskContainerDetails$;
    exports.TaskContainerOverrides$ = TaskContainerOverrides$;
    exports.TaskContainerProperties$ = TaskContainerProperties$;
    exports.TaskPropertiesOverride$ = TaskPropertiesOverride$;
    exports.TerminateJob$ = TerminateJob$;
    exports.TerminateJobCommand = TerminateJobCommand;
    exports.TerminateJobRequest$ = TerminateJobRequest$;
    exports.TerminateJobResponse$ = TerminateJobResponse$;
    exports.TerminateJobs$ = TerminateJobs$;
    exports.TerminateJobsCommand = TerminateJobsCommand;
    exports.TerminateJobsErrorDetail$ = TerminateJobsErrorDetail$;
    exports.TerminateJobsRequest$ = TerminateJobsRequest$;
    exports.TerminateJobsResponse$ = TerminateJobsResponse$;
    exports.TerminateServiceJob$ = TerminateServiceJob$;
    exports.TerminateServiceJobCommand = TerminateServiceJobCommand;
    exports.TerminateServiceJobRequest$ = TerminateServiceJobRequest$;
    exports.TerminateServiceJobResponse$ = TerminateServiceJobResponse$;
    exports.TerminateServiceJobs$ = TerminateServiceJobs$;
    exports.TerminateServiceJobsCommand = TerminateServiceJobsCommand;
    exports.TerminateServiceJobsErrorDetail$ = TerminateServiceJobsErrorDetail$;
    exports.TerminateServiceJobsRequest$ = TerminateServiceJobsRequest$;
    exports.TerminateServiceJobsResponse$ = TerminateServiceJobsResponse$;
    exports.Tmpfs$ = Tmpfs$;
    exports.Ulimit$ = Ulimit$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UpdateComputeEnvironment$ = UpdateComputeEnvironment$;
    exports.UpdateComputeEnvironmentCommand = UpdateComputeEnvironmentCommand;
    exports.UpdateComputeEnvironmentRequest$ = UpdateComputeEnvironmentRequest$;
    exports.UpdateComputeEnvironmentResponse$ = UpdateComputeEnvironmentResponse$;
    exports.UpdateConsumableResource$ = UpdateConsumableResource$;
    exports.UpdateConsumableResourceCommand = UpdateConsumableResourceCommand;
    exports.UpdateConsumableResourceRequest$ = UpdateConsumableResourceRequest$;
    exports.UpdateConsumableResourceResponse$ = UpdateConsumableResourceResponse$;
    exports.UpdateJobQueue$ = UpdateJobQueue$;
    exports.UpdateJobQueueCommand = UpdateJobQueueCommand;
    exports.UpdateJobQueueRequest$ = UpdateJobQueueRequest$;
    exports.UpdateJobQueueResponse$ = UpdateJobQueueResponse$;
    exports.UpdateManagedInstancesProviderConfiguration$ = UpdateManagedInstancesProviderConfiguration$;
    exports.UpdatePolicy$ = UpdatePolicy$;
    exports.UpdateQuotaShare$ = UpdateQuotaShare$;
    exports.UpdateQuotaShareCommand = UpdateQuotaShareCommand;
    exports.UpdateQuotaShareRequest$ = UpdateQuotaShareRequest$;
    exports.UpdateQuotaShareResponse$ = UpdateQuotaShareResponse$;
    exports.UpdateSchedulingPolicy$ = UpdateSchedulingPolicy$;
    exports.UpdateSchedulingPolicyCommand = UpdateSchedulingPolicyCommand;
    exports.UpdateSchedulingPolicyRequest$ = UpdateSchedulingPolicyRequest$;
    exports.UpdateSchedulingPolicyResponse$ = UpdateSchedulingPolicyResponse$;
    exports.UpdateServiceEnvironment$ = UpdateServiceEnvironment$;
    exports.UpdateServiceEnvironmentCommand = UpdateServiceEnvironmentCommand;
    exports.UpdateServiceEnvironmentRequest$ = UpdateServiceEnvironmentRequest$;
    exports.UpdateServiceEnvironmentResponse$ = UpdateServiceEnvironmentResponse$;
    exports.UpdateServiceJob$ = UpdateServiceJob$;
    exports.UpdateServiceJobCommand = UpdateServiceJobCommand;
    exports.UpdateServiceJobRequest$ = UpdateServiceJobRequest$;
    exports.UpdateServiceJobResponse$ = UpdateServiceJobResponse$;
    exports.UserdataType = UserdataType;
    exports.Volume$ = Volume$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeComputeEnvironments = paginateDescribeComputeEnvironments;
    exports.paginateDescribeJobDefinitions = paginateDescribeJobDefinitions;
    exports.paginateDescribeJobQueues = paginateDescribeJobQueues;
    exports.paginateDescribeServiceEnvironments = paginateDescribeServiceEnvironments;
    exports.paginateListConsumableResources = paginateListConsumableResources;
    exports.paginateListJobs = paginateListJobs;
    exports.paginateListJobsByConsumableResource = paginateListJobsByConsumableResource;
    exports.paginateListQuotaShares = paginateListQuotaShares;
    exports.paginateListSchedulingPolicies = paginateListSchedulingPolicies;
    exports.paginateListServiceJobs = paginateListServiceJobs;
  }
});

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var require_dist_cjs5 = __commonJS({
  "node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { eventStreamSerdeProvider, resolveEventStreamSerdeConfig } = (init_event_streams(), __toCommonJS(event_streams_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultCloudWatchLogsHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "logs",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultCloudWatchLogsHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "logs"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1168.0";
    var packageInfo = {
      version
    };
    var m = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = "stringEquals";
    var h = { [m]: "Endpoint" };
    var i = { [m]: d };
    var j = { [m]: "Region" };
    var k = {};
    var l = [j];
    var _data = {
      conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "us-gov-east-1"]],
        [g, [j, "us-gov-west-1"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://logs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://logs.us-gov-east-1.amazonaws.com", k],
        ["https://logs.us-gov-west-1.amazonaws.com", k],
        ["https://logs-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://logs.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://logs.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      14,
      3,
      1,
      4,
      r + 13,
      2,
      5,
      r + 13,
      3,
      8,
      6,
      4,
      7,
      r + 12,
      5,
      r + 10,
      r + 11,
      4,
      12,
      9,
      6,
      10,
      r + 9,
      7,
      r + 6,
      11,
      8,
      r + 7,
      r + 8,
      5,
      13,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      15,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var CloudWatchLogsServiceException = class _CloudWatchLogsServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs#CloudWatchLogsServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _CloudWatchLogsServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
      }
    };
    var InvalidParameterException = class _InvalidParameterException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InvalidParameterException";
      name = "InvalidParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterException.prototype);
      }
    };
    var OperationAbortedException = class _OperationAbortedException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#OperationAbortedException";
      name = "OperationAbortedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OperationAbortedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OperationAbortedException.prototype);
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
      }
    };
    var ServiceUnavailableException = class _ServiceUnavailableException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ServiceUnavailableException";
      name = "ServiceUnavailableException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "ServiceUnavailableException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
      }
    };
    var InternalServerException = class _InternalServerException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InternalServerException";
      name = "InternalServerException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerException.prototype);
      }
    };
    var ThrottlingException = class _ThrottlingException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ThrottlingException";
      name = "ThrottlingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottlingException.prototype);
      }
    };
    var ValidationException = class _ValidationException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ValidationException";
      name = "ValidationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
      }
    };
    var InvalidOperationException = class _InvalidOperationException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InvalidOperationException";
      name = "InvalidOperationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidOperationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidOperationException.prototype);
      }
    };
    var ConflictException = class _ConflictException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ConflictException";
      name = "ConflictException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
      }
    };
    var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ServiceQuotaExceededException";
      name = "ServiceQuotaExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
      }
    };
    var LimitExceededException = class _LimitExceededException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LimitExceededException.prototype);
      }
    };
    var ResourceAlreadyExistsException = class _ResourceAlreadyExistsException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ResourceAlreadyExistsException";
      name = "ResourceAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceAlreadyExistsException.prototype);
      }
    };
    var DataAlreadyAcceptedException = class _DataAlreadyAcceptedException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#DataAlreadyAcceptedException";
      name = "DataAlreadyAcceptedException";
      $fault = "client";
      expectedSequenceToken;
      constructor(opts) {
        super({
          name: "DataAlreadyAcceptedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DataAlreadyAcceptedException.prototype);
        this.expectedSequenceToken = opts.expectedSequenceToken;
      }
    };
    var InternalStreamingException = class _InternalStreamingException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InternalStreamingException";
      name = "InternalStreamingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InternalStreamingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalStreamingException.prototype);
      }
    };
    var InvalidSequenceTokenException = class _InvalidSequenceTokenException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InvalidSequenceTokenException";
      name = "InvalidSequenceTokenException";
      $fault = "client";
      expectedSequenceToken;
      constructor(opts) {
        super({
          name: "InvalidSequenceTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSequenceTokenException.prototype);
        this.expectedSequenceToken = opts.expectedSequenceToken;
      }
    };
    var UnrecognizedClientException = class _UnrecognizedClientException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#UnrecognizedClientException";
      name = "UnrecognizedClientException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnrecognizedClientException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnrecognizedClientException.prototype);
      }
    };
    var SessionStreamingException = class _SessionStreamingException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#SessionStreamingException";
      name = "SessionStreamingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SessionStreamingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SessionStreamingException.prototype);
      }
    };
    var SessionTimeoutException = class _SessionTimeoutException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#SessionTimeoutException";
      name = "SessionTimeoutException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SessionTimeoutException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SessionTimeoutException.prototype);
      }
    };
    var MalformedQueryException = class _MalformedQueryException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#MalformedQueryException";
      name = "MalformedQueryException";
      $fault = "client";
      queryCompileError;
      constructor(opts) {
        super({
          name: "MalformedQueryException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MalformedQueryException.prototype);
        this.queryCompileError = opts.queryCompileError;
      }
    };
    var TooManyTagsException = class _TooManyTagsException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#TooManyTagsException";
      name = "TooManyTagsException";
      $fault = "client";
      resourceName;
      constructor(opts) {
        super({
          name: "TooManyTagsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTagsException.prototype);
        this.resourceName = opts.resourceName;
      }
    };
    var _A = "Anomaly";
    var _AD = "AnomalyDetector";
    var _ADE = "AccessDeniedException";
    var _ADn = "AnomalyDetectors";
    var _AF = "AllowedFields";
    var _AK = "AddKeys";
    var _AKE = "AddKeyEntry";
    var _AKEd = "AddKeyEntries";
    var _AKK = "AssociateKmsKey";
    var _AKKR = "AssociateKmsKeyRequest";
    var _ALGS = "AggregateLogGroupSummary";
    var _ALGSg = "AggregateLogGroupSummaries";
    var _AP = "AccountPolicy";
    var _APc = "AccountPolicies";
    var _ASTSTI = "AssociateSourceToS3TableIntegration";
    var _ASTSTIR = "AssociateSourceToS3TableIntegrationRequest";
    var _ASTSTIRs = "AssociateSourceToS3TableIntegrationResponse";
    var _An = "Anomalies";
    var _CD = "CreateDelivery";
    var _CDR = "CreateDeliveryRequest";
    var _CDRr = "CreateDeliveryResponse";
    var _CE = "ConflictException";
    var _CET = "CancelExportTask";
    var _CETR = "CancelExportTaskRequest";
    var _CETRr = "CreateExportTaskRequest";
    var _CETRre = "CreateExportTaskResponse";
    var _CETr = "CreateExportTask";
    var _CIT = "CancelImportTask";
    var _CITR = "CancelImportTaskRequest";
    var _CITRa = "CancelImportTaskResponse";
    var _CITRr = "CreateImportTaskRequest";
    var _CITRre = "CreateImportTaskResponse";
    var _CITr = "CreateImportTask";
    var _CLAD = "CreateLogAnomalyDetector";
    var _CLADR = "CreateLogAnomalyDetectorRequest";
    var _CLADRr = "CreateLogAnomalyDetectorResponse";
    var _CLG = "CreateLogGroup";
    var _CLGR = "CreateLogGroupRequest";
    var _CLS = "CreateLogStream";
    var _CLSR = "CreateLogStreamRequest";
    var _CLT = "CreateLookupTable";
    var _CLTR = "CreateLookupTableRequest";
    var _CLTRr = "CreateLookupTableResponse";
    var _CSQ = "CreateScheduledQuery";
    var _CSQR = "CreateScheduledQueryRequest";
    var _CSQRr = "CreateScheduledQueryResponse";
    var _CSV = "CSV";
    var _CT = "ConfigurationTemplate";
    var _CTDCV = "ConfigurationTemplateDeliveryConfigValues";
    var _CTo = "ConfigurationTemplates";
    var _CV = "CopyValue";
    var _CVE = "CopyValueEntry";
    var _CVEo = "CopyValueEntries";
    var _D = "Delivery";
    var _DAAE = "DataAlreadyAcceptedException";
    var _DAP = "DeleteAccountPolicy";
    var _DAPR = "DeleteAccountPolicyRequest";
    var _DAPRe = "DeleteAccountPolicyResponse";
    var _DAPRes = "DescribeAccountPoliciesRequest";
    var _DAPResc = "DescribeAccountPoliciesResponse";
    var _DAPe = "DescribeAccountPolicies";
    var _DC = "DestinationConfiguration";
    var _DCT = "DescribeConfigurationTemplates";
    var _DCTR = "DescribeConfigurationTemplatesRequest";
    var _DCTRe = "DescribeConfigurationTemplatesResponse";
    var _DD = "DeliveryDestination";
    var _DDC = "DeliveryDestinationConfiguration";
    var _DDD = "DeleteDeliveryDestination";
    var _DDDP = "DeleteDeliveryDestinationPolicy";
    var _DDDPR = "DeleteDeliveryDestinationPolicyRequest";
    var _DDDR = "DeleteDeliveryDestinationRequest";
    var _DDDRe = "DescribeDeliveryDestinationsRequest";
    var _DDDRes = "DescribeDeliveryDestinationsResponse";
    var _DDDe = "DescribeDeliveryDestinations";
    var _DDPP = "DeleteDataProtectionPolicy";
    var _DDPPR = "DeleteDataProtectionPolicyRequest";
    var _DDR = "DeleteDeliveryRequest";
    var _DDRe = "DeleteDestinationRequest";
    var _DDRes = "DescribeDeliveriesRequest";
    var _DDResc = "DescribeDeliveriesResponse";
    var _DDRescr = "DescribeDestinationsRequest";
    var _DDRescri = "DescribeDestinationsResponse";
    var _DDS = "DeleteDeliverySource";
    var _DDSR = "DeleteDeliverySourceRequest";
    var _DDSRe = "DescribeDeliverySourcesRequest";
    var _DDSRes = "DescribeDeliverySourcesResponse";
    var _DDSe = "DescribeDeliverySources";
    var _DDe = "DeliveryDestinations";
    var _DDel = "DeleteDelivery";
    var _DDele = "DeleteDestination";
    var _DDes = "DescribeDeliveries";
    var _DDesc = "DescribeDestinations";
    var _DET = "DescribeExportTasks";
    var _DETR = "DescribeExportTasksRequest";
    var _DETRe = "DescribeExportTasksResponse";
    var _DFI = "DescribeFieldIndexes";
    var _DFIR = "DescribeFieldIndexesRequest";
    var _DFIRe = "DescribeFieldIndexesResponse";
    var _DI = "DeleteIntegration";
    var _DIP = "DeleteIndexPolicy";
    var _DIPR = "DeleteIndexPolicyRequest";
    var _DIPRe = "DeleteIndexPolicyResponse";
    var _DIPRes = "DescribeIndexPoliciesRequest";
    var _DIPResc = "DescribeIndexPoliciesResponse";
    var _DIPe = "DescribeIndexPolicies";
    var _DIR = "DeleteIntegrationRequest";
    var _DIRe = "DeleteIntegrationResponse";
    var _DIT = "DescribeImportTasks";
    var _DITB = "DescribeImportTaskBatches";
    var _DITBR = "DescribeImportTaskBatchesRequest";
    var _DITBRe = "DescribeImportTaskBatchesResponse";
    var _DITR = "DescribeImportTasksRequest";
    var _DITRe = "DescribeImportTasksResponse";
    var _DK = "DeleteKeys";
    var _DKK = "DisassociateKmsKey";
    var _DKKR = "DisassociateKmsKeyRequest";
    var _DLAD = "DeleteLogAnomalyDetector";
    var _DLADR = "DeleteLogAnomalyDetectorRequest";
    var _DLG = "DeleteLogGroup";
    var _DLGR = "DeleteLogGroupRequest";
    var _DLGRe = "DescribeLogGroupsRequest";
    var _DLGRes = "DescribeLogGroupsResponse";
    var _DLGe = "DescribeLogGroups";
    var _DLS = "DeleteLogStream";
    var _DLSR = "DeleteLogStreamRequest";
    var _DLSRe = "DescribeLogStreamsRequest";
    var _DLSRes = "DescribeLogStreamsResponse";
    var _DLSe = "DescribeLogStreams";
    var _DLT = "DeleteLookupTable";
    var _DLTR = "DeleteLookupTableRequest";
    var _DLTRe = "DescribeLookupTablesRequest";
    var _DLTRes = "DescribeLookupTablesResponse";
    var _DLTe = "DescribeLookupTables";
    var _DMF = "DeleteMetricFilter";
    var _DMFR = "DeleteMetricFilterRequest";
    var _DMFRe = "DescribeMetricFiltersRequest";
    var _DMFRes = "DescribeMetricFiltersResponse";
    var _DMFe = "DescribeMetricFilters";
    var _DNP = "DestinationNamePrefix";
    var _DQ = "DescribeQueries";
    var _DQD = "DeleteQueryDefinition";
    var _DQDR = "DeleteQueryDefinitionRequest";
    var _DQDRe = "DeleteQueryDefinitionResponse";
    var _DQDRes = "DescribeQueryDefinitionsRequest";
    var _DQDResc = "DescribeQueryDefinitionsResponse";
    var _DQDe = "DescribeQueryDefinitions";
    var _DQR = "DescribeQueriesRequest";
    var _DQRe = "DescribeQueriesResponse";
    var _DRP = "DeleteResourcePolicy";
    var _DRPR = "DeleteResourcePolicyRequest";
    var _DRPRe = "DeleteRetentionPolicyRequest";
    var _DRPRes = "DescribeResourcePoliciesRequest";
    var _DRPResc = "DescribeResourcePoliciesResponse";
    var _DRPe = "DeleteRetentionPolicy";
    var _DRPes = "DescribeResourcePolicies";
    var _DRR = "DryRunResult";
    var _DS = "DataSource";
    var _DSC = "DeleteSyslogConfiguration";
    var _DSCR = "DeleteSyslogConfigurationRequest";
    var _DSCS = "DeliverySourceConfigurationSchema";
    var _DSCSe = "DeliverySourceConfigurationSchemas";
    var _DSF = "DataSourceFilter";
    var _DSFR = "DeleteSubscriptionFilterRequest";
    var _DSFRe = "DescribeSubscriptionFiltersRequest";
    var _DSFRes = "DescribeSubscriptionFiltersResponse";
    var _DSFSTI = "DisassociateSourceFromS3TableIntegration";
    var _DSFSTIR = "DisassociateSourceFromS3TableIntegrationRequest";
    var _DSFSTIRi = "DisassociateSourceFromS3TableIntegrationResponse";
    var _DSFa = "DataSourceFilters";
    var _DSFe = "DeleteSubscriptionFilter";
    var _DSFes = "DescribeSubscriptionFilters";
    var _DSQ = "DeleteScheduledQuery";
    var _DSQR = "DeleteScheduledQueryRequest";
    var _DSQRe = "DeleteScheduledQueryResponse";
    var _DSe = "DeliverySource";
    var _DSel = "DeliverySources";
    var _DT = "DeleteTransformer";
    var _DTC = "DateTimeConverter";
    var _DTR = "DeleteTransformerRequest";
    var _De = "Destination";
    var _Del = "Deliveries";
    var _Des = "Destinations";
    var _E = "Entity";
    var _ET = "ExportTask";
    var _ETEI = "ExportTaskExecutionInfo";
    var _ETS = "ExportTaskStatus";
    var _ETx = "ExportTasks";
    var _FD = "FieldsData";
    var _FI = "FieldIndex";
    var _FIi = "FieldIndexes";
    var _FLE = "FilteredLogEvent";
    var _FLER = "FilterLogEventsRequest";
    var _FLERi = "FilterLogEventsResponse";
    var _FLEi = "FilteredLogEvents";
    var _FLEil = "FilterLogEvents";
    var _G = "Grok";
    var _GD = "GetDelivery";
    var _GDD = "GetDeliveryDestination";
    var _GDDP = "GetDeliveryDestinationPolicy";
    var _GDDPR = "GetDeliveryDestinationPolicyRequest";
    var _GDDPRe = "GetDeliveryDestinationPolicyResponse";
    var _GDDR = "GetDeliveryDestinationRequest";
    var _GDDRe = "GetDeliveryDestinationResponse";
    var _GDPP = "GetDataProtectionPolicy";
    var _GDPPR = "GetDataProtectionPolicyRequest";
    var _GDPPRe = "GetDataProtectionPolicyResponse";
    var _GDR = "GetDeliveryRequest";
    var _GDRe = "GetDeliveryResponse";
    var _GDS = "GetDeliverySource";
    var _GDSR = "GetDeliverySourceRequest";
    var _GDSRe = "GetDeliverySourceResponse";
    var _GI = "GroupingIdentifier";
    var _GIR = "GetIntegrationRequest";
    var _GIRe = "GetIntegrationResponse";
    var _GIe = "GetIntegration";
    var _GIr = "GroupingIdentifiers";
    var _GLAD = "GetLogAnomalyDetector";
    var _GLADR = "GetLogAnomalyDetectorRequest";
    var _GLADRe = "GetLogAnomalyDetectorResponse";
    var _GLE = "GetLogEvents";
    var _GLER = "GetLogEventsRequest";
    var _GLERe = "GetLogEventsResponse";
    var _GLF = "GetLogFields";
    var _GLFR = "GetLogFieldsRequest";
    var _GLFRe = "GetLogFieldsResponse";
    var _GLGF = "GetLogGroupFields";
    var _GLGFR = "GetLogGroupFieldsRequest";
    var _GLGFRe = "GetLogGroupFieldsResponse";
    var _GLO = "GetLogObject";
    var _GLOR = "GetLogObjectRequest";
    var _GLORS = "GetLogObjectResponseStream";
    var _GLORe = "GetLogObjectResponse";
    var _GLR = "GetLogRecord";
    var _GLRR = "GetLogRecordRequest";
    var _GLRRe = "GetLogRecordResponse";
    var _GLT = "GetLookupTable";
    var _GLTR = "GetLookupTableRequest";
    var _GLTRe = "GetLookupTableResponse";
    var _GQR = "GetQueryResults";
    var _GQRR = "GetQueryResultsRequest";
    var _GQRRe = "GetQueryResultsResponse";
    var _GSQ = "GetScheduledQuery";
    var _GSQH = "GetScheduledQueryHistory";
    var _GSQHR = "GetScheduledQueryHistoryRequest";
    var _GSQHRe = "GetScheduledQueryHistoryResponse";
    var _GSQR = "GetScheduledQueryRequest";
    var _GSQRe = "GetScheduledQueryResponse";
    var _GSTP = "GetStorageTierPolicy";
    var _GSTPR = "GetStorageTierPolicyRequest";
    var _GSTPRe = "GetStorageTierPolicyResponse";
    var _GT = "GetTransformer";
    var _GTR = "GetTransformerRequest";
    var _GTRe = "GetTransformerResponse";
    var _I = "Import";
    var _IB = "ImportBatch";
    var _IBL = "ImportBatchList";
    var _ID = "IntegrationDetails";
    var _IF = "ImportFilter";
    var _IL = "ImportList";
    var _ILE = "InputLogEvent";
    var _ILEn = "InputLogEvents";
    var _IOE = "InvalidOperationException";
    var _IP = "IndexPolicy";
    var _IPE = "InvalidParameterException";
    var _IPn = "IndexPolicies";
    var _IS = "ImportStatistics";
    var _ISE = "InternalServerException";
    var _ISEn = "InternalStreamingException";
    var _ISTE = "InvalidSequenceTokenException";
    var _ISn = "IntegrationSummary";
    var _ISnt = "IntegrationSummaries";
    var _LA = "ListAnomalies";
    var _LALGS = "ListAggregateLogGroupSummaries";
    var _LALGSR = "ListAggregateLogGroupSummariesRequest";
    var _LALGSRi = "ListAggregateLogGroupSummariesResponse";
    var _LAR = "ListAnomaliesRequest";
    var _LARi = "ListAnomaliesResponse";
    var _LCS = "LowerCaseString";
    var _LE = "LogEvent";
    var _LEE = "LimitExceededException";
    var _LFL = "LogFieldsList";
    var _LFLI = "LogFieldsListItem";
    var _LFT = "LogFieldType";
    var _LG = "LogGroup";
    var _LGF = "LogGroupField";
    var _LGFL = "LogGroupFieldList";
    var _LGI = "LogGroupImpact";
    var _LGIo = "LogGroupImpacts";
    var _LGS = "LogGroupSummary";
    var _LGSo = "LogGroupSummaries";
    var _LGo = "LogGroups";
    var _LI = "ListIntegrations";
    var _LIR = "ListIntegrationsRequest";
    var _LIRi = "ListIntegrationsResponse";
    var _LLAD = "ListLogAnomalyDetectors";
    var _LLADR = "ListLogAnomalyDetectorsRequest";
    var _LLADRi = "ListLogAnomalyDetectorsResponse";
    var _LLG = "ListLogGroups";
    var _LLGFQ = "ListLogGroupsForQuery";
    var _LLGFQR = "ListLogGroupsForQueryRequest";
    var _LLGFQRi = "ListLogGroupsForQueryResponse";
    var _LLGR = "ListLogGroupsRequest";
    var _LLGRi = "ListLogGroupsResponse";
    var _LS = "LogStream";
    var _LSC = "ListSyslogConfigurations";
    var _LSCR = "ListSyslogConfigurationsRequest";
    var _LSCRi = "ListSyslogConfigurationsResponse";
    var _LSFSTI = "ListSourcesForS3TableIntegration";
    var _LSFSTIR = "ListSourcesForS3TableIntegrationRequest";
    var _LSFSTIRi = "ListSourcesForS3TableIntegrationResponse";
    var _LSQ = "ListScheduledQueries";
    var _LSQR = "ListScheduledQueriesRequest";
    var _LSQRi = "ListScheduledQueriesResponse";
    var _LSo = "LogSamples";
    var _LSog = "LogStreams";
    var _LT = "LookupTable";
    var _LTC = "LookupTableConfiguration";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LTLG = "ListTagsLogGroup";
    var _LTLGR = "ListTagsLogGroupRequest";
    var _LTLGRi = "ListTagsLogGroupResponse";
    var _LTM = "ListToMap";
    var _LTSLE = "LiveTailSessionLogEvent";
    var _LTSM = "LiveTailSessionMetadata";
    var _LTSR = "LiveTailSessionResults";
    var _LTSS = "LiveTailSessionStart";
    var _LTSU = "LiveTailSessionUpdate";
    var _LTo = "LookupTables";
    var _MF = "MetricFilter";
    var _MFM = "MetricFilterMatches";
    var _MFMR = "MetricFilterMatchRecord";
    var _MFe = "MetricFilters";
    var _MK = "MoveKeys";
    var _MKE = "MoveKeyEntry";
    var _MKEo = "MoveKeyEntries";
    var _MQE = "MalformedQueryException";
    var _MT = "MetricTransformation";
    var _MTe = "MetricTransformations";
    var _OAE = "OperationAbortedException";
    var _OLE = "OutputLogEvent";
    var _OLEu = "OutputLogEvents";
    var _OSA = "OpenSearchApplication";
    var _OSC = "OpenSearchCollection";
    var _OSDAP = "OpenSearchDataAccessPolicy";
    var _OSDS = "OpenSearchDataSource";
    var _OSEP = "OpenSearchEncryptionPolicy";
    var _OSID = "OpenSearchIntegrationDetails";
    var _OSLP = "OpenSearchLifecyclePolicy";
    var _OSNP = "OpenSearchNetworkPolicy";
    var _OSRC = "OpenSearchResourceConfig";
    var _OSRS = "OpenSearchResourceStatus";
    var _OSW = "OpenSearchWorkspace";
    var _P = "Policy";
    var _PAP = "PutAccountPolicy";
    var _PAPR = "PutAccountPolicyRequest";
    var _PAPRu = "PutAccountPolicyResponse";
    var _PBTA = "PutBearerTokenAuthentication";
    var _PBTAR = "PutBearerTokenAuthenticationRequest";
    var _PC = "ParseCloudfront";
    var _PD = "PutDestination";
    var _PDD = "PutDeliveryDestination";
    var _PDDP = "PutDeliveryDestinationPolicy";
    var _PDDPR = "PutDeliveryDestinationPolicyRequest";
    var _PDDPRu = "PutDeliveryDestinationPolicyResponse";
    var _PDDR = "PutDeliveryDestinationRequest";
    var _PDDRu = "PutDeliveryDestinationResponse";
    var _PDP = "PutDestinationPolicy";
    var _PDPP = "PutDataProtectionPolicy";
    var _PDPPR = "PutDataProtectionPolicyRequest";
    var _PDPPRu = "PutDataProtectionPolicyResponse";
    var _PDPR = "PutDestinationPolicyRequest";
    var _PDR = "PutDestinationRequest";
    var _PDRu = "PutDestinationResponse";
    var _PDS = "PutDeliverySource";
    var _PDSR = "PutDeliverySourceRequest";
    var _PDSRu = "PutDeliverySourceResponse";
    var _PI = "PutIntegration";
    var _PIP = "PutIndexPolicy";
    var _PIPR = "PutIndexPolicyRequest";
    var _PIPRu = "PutIndexPolicyResponse";
    var _PIR = "PutIntegrationRequest";
    var _PIRu = "PutIntegrationResponse";
    var _PJSON = "ParseJSON";
    var _PKV = "ParseKeyValue";
    var _PLE = "PutLogEvents";
    var _PLER = "PutLogEventsRequest";
    var _PLERu = "PutLogEventsResponse";
    var _PLGDP = "PutLogGroupDeletionProtection";
    var _PLGDPR = "PutLogGroupDeletionProtectionRequest";
    var _PMF = "PutMetricFilter";
    var _PMFR = "PutMetricFilterRequest";
    var _PP = "ParsePostgres";
    var _PQD = "PutQueryDefinition";
    var _PQDR = "PutQueryDefinitionRequest";
    var _PQDRu = "PutQueryDefinitionResponse";
    var _PR = "ParseRoute53";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _PRPRut = "PutRetentionPolicyRequest";
    var _PRPu = "PutRetentionPolicy";
    var _PSC = "PutSyslogConfiguration";
    var _PSCR = "PutSyslogConfigurationRequest";
    var _PSF = "PutSubscriptionFilter";
    var _PSFR = "PutSubscriptionFilterRequest";
    var _PSTP = "PutStorageTierPolicy";
    var _PSTPR = "PutStorageTierPolicyRequest";
    var _PSTPRu = "PutStorageTierPolicyResponse";
    var _PT = "PatternToken";
    var _PTOCSF = "ParseToOCSF";
    var _PTR = "PutTransformerRequest";
    var _PTa = "PatternTokens";
    var _PTu = "PutTransformer";
    var _PVPC = "ParseVPC";
    var _PWAF = "ParseWAF";
    var _Pr = "Processor";
    var _Pro = "Processors";
    var _QCE = "QueryCompileError";
    var _QCEL = "QueryCompileErrorLocation";
    var _QD = "QueryDefinition";
    var _QDL = "QueryDefinitionList";
    var _QI = "QueryInfo";
    var _QIL = "QueryInfoList";
    var _QP = "QueryParameter";
    var _QPL = "QueryParameterList";
    var _QR = "QueryResults";
    var _QS = "QueryStatistics";
    var _RAEE = "ResourceAlreadyExistsException";
    var _RC = "ResourceConfig";
    var _REI = "RejectedEntityInfo";
    var _RF = "RecordField";
    var _RFe = "ResultField";
    var _RK = "RenameKeys";
    var _RKE = "RenameKeyEntry";
    var _RKEe = "RenameKeyEntries";
    var _RLEI = "RejectedLogEventsInfo";
    var _RNFE = "ResourceNotFoundException";
    var _RP = "ResourcePolicy";
    var _RPe = "ResourcePolicies";
    var _RR = "ResultRows";
    var _SC = "S3Configuration";
    var _SCy = "SyslogConfiguration";
    var _SCys = "SyslogConfigurations";
    var _SDC = "S3DeliveryConfiguration";
    var _SF = "SubscriptionFilter";
    var _SFu = "SubscriptionFilters";
    var _SLS = "SearchedLogStream";
    var _SLSe = "SearchedLogStreams";
    var _SLT = "StartLiveTail";
    var _SLTR = "StartLiveTailRequest";
    var _SLTRS = "StartLiveTailResponseStream";
    var _SLTRt = "StartLiveTailResponse";
    var _SP = "SuppressionPeriod";
    var _SQ = "StartQuery";
    var _SQD = "ScheduledQueryDestination";
    var _SQDL = "ScheduledQueryDestinationList";
    var _SQEE = "ServiceQuotaExceededException";
    var _SQR = "StartQueryRequest";
    var _SQRt = "StartQueryResponse";
    var _SQRto = "StopQueryRequest";
    var _SQRtop = "StopQueryResponse";
    var _SQS = "ScheduledQuerySummary";
    var _SQSL = "ScheduledQuerySummaryList";
    var _SQt = "StopQuery";
    var _SS = "SplitString";
    var _SSE = "SessionStreamingException";
    var _SSEp = "SplitStringEntry";
    var _SSEpl = "SplitStringEntries";
    var _SSEu = "SubstituteStringEntry";
    var _SSEub = "SubstituteStringEntries";
    var _SSu = "SubstituteString";
    var _STE = "SessionTimeoutException";
    var _STI = "S3TablesIntegration";
    var _STIS = "S3TableIntegrationSource";
    var _STISa = "S3TableIntegrationSources";
    var _SUE = "ServiceUnavailableException";
    var _TC = "TypeConverter";
    var _TCE = "TypeConverterEntry";
    var _TCEy = "TypeConverterEntries";
    var _TE = "ThrottlingException";
    var _TF = "TagFilter";
    var _TFa = "TagFilters";
    var _THR = "TriggerHistoryRecord";
    var _THRL = "TriggerHistoryRecordList";
    var _TL = "TransformedLogs";
    var _TLG = "TagLogGroup";
    var _TLGR = "TagLogGroupRequest";
    var _TLR = "TransformedLogRecord";
    var _TMF = "TestMetricFilter";
    var _TMFR = "TestMetricFilterRequest";
    var _TMFRe = "TestMetricFilterResponse";
    var _TMTE = "TooManyTagsException";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TS = "TrimString";
    var _TT = "TestTransformer";
    var _TTR = "TestTransformerRequest";
    var _TTRe = "TestTransformerResponse";
    var _UA = "UpdateAnomaly";
    var _UAR = "UpdateAnomalyRequest";
    var _UCE = "UnrecognizedClientException";
    var _UCS = "UpperCaseString";
    var _UDC = "UpdateDeliveryConfiguration";
    var _UDCR = "UpdateDeliveryConfigurationRequest";
    var _UDCRp = "UpdateDeliveryConfigurationResponse";
    var _ULAD = "UpdateLogAnomalyDetector";
    var _ULADR = "UpdateLogAnomalyDetectorRequest";
    var _ULG = "UntagLogGroup";
    var _ULGR = "UntagLogGroupRequest";
    var _ULT = "UpdateLookupTable";
    var _ULTR = "UpdateLookupTableRequest";
    var _ULTRp = "UpdateLookupTableResponse";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _USQ = "UpdateScheduledQuery";
    var _USQR = "UpdateScheduledQueryRequest";
    var _USQRp = "UpdateScheduledQueryResponse";
    var _VE = "ValidationException";
    var _a = "active";
    var _aA = "applicationArn";
    var _aAFAVLDFR = "allowedActionForAllowVendedLogsDeliveryForResource";
    var _aD = "anomalyDetectors";
    var _aDA = "anomalyDetectorArn";
    var _aDS = "anomalyDetectorStatus";
    var _aE = "applicationEndpoint";
    var _aF = "allowedFields";
    var _aFD = "allowedFieldDelimiters";
    var _aI = "accountId";
    var _aIc = "accountIdentifiers";
    var _aIn = "anomalyId";
    var _aIp = "applicationId";
    var _aK = "addKeys";
    var _aLGS = "aggregateLogGroupSummaries";
    var _aOF = "allowedOutputFormats";
    var _aOTL = "applyOnTransformedLogs";
    var _aP = "accountPolicies";
    var _aPc = "accessPolicy";
    var _aPcc = "accountPolicy";
    var _aSPF = "allowedSuffixPathFields";
    var _aVT = "anomalyVisibilityTime";
    var _an = "anomalies";
    var _ap = "application";
    var _ar = "arn";
    var _at = "attributes";
    var _b = "baseline";
    var _bI = "batchId";
    var _bIS = "batchImportStatus";
    var _bIy = "bytesImported";
    var _bS = "bytesScanned";
    var _bTAE = "bearerTokenAuthenticationEnabled";
    var _c = "client";
    var _cA = "createdAt";
    var _cAo = "collectionArn";
    var _cE = "collectionEndpoint";
    var _cR = "currentRetention";
    var _cT = "creationTime";
    var _cTS = "creationTimeStamp";
    var _cTSr = "createdTimeStamp";
    var _cTl = "clientToken";
    var _cTo = "configurationTemplates";
    var _cTom = "completionTime";
    var _cTr = "createTime";
    var _cV = "copyValue";
    var _co = "columns";
    var _cod = "code";
    var _col = "collection";
    var _cs = "csv";
    var _d = "description";
    var _dA = "destinationArn";
    var _dC = "destinationConfiguration";
    var _dD = "deliveryDestinations";
    var _dDA = "deliveryDestinationArn";
    var _dDC = "deliveryDestinationConfiguration";
    var _dDCV = "defaultDeliveryConfigValues";
    var _dDN = "deliveryDestinationName";
    var _dDP = "deliveryDestinationPolicy";
    var _dDT = "deliveryDestinationType";
    var _dDTe = "deliveryDestinationTypes";
    var _dDe = "deliveryDestination";
    var _dI = "destinationIdentifier";
    var _dK = "deleteKeys";
    var _dN = "detectorName";
    var _dNa = "datasourceName";
    var _dNe = "destinationName";
    var _dP = "destinationPrefix";
    var _dPE = "deletionProtectionEnabled";
    var _dPS = "dataProtectionStatus";
    var _dR = "dryRun";
    var _dRA = "destinationResourceArn";
    var _dRLGC = "decreasedRetentionLogGroupCount";
    var _dRR = "dryRunResult";
    var _dS = "dataSource";
    var _dSC = "deliverySourceConfiguration";
    var _dSN = "deliverySourceName";
    var _dSNa = "dataSourceName";
    var _dSNe = "deliverySourceNames";
    var _dSRA = "dataSourceRoleArn";
    var _dST = "dataSourceType";
    var _dSa = "dataSources";
    var _dSe = "deliverySources";
    var _dSel = "deliverySource";
    var _dT = "datasourceType";
    var _dTC = "dateTimeConverter";
    var _dTP = "dynamicTokenPosition";
    var _dTe = "destinationType";
    var _dV = "defaultValue";
    var _dVP = "dashboardViewerPrincipals";
    var _da = "data";
    var _de = "delivery";
    var _del = "delimiter";
    var _deli = "deliveries";
    var _des = "destination";
    var _desc = "descending";
    var _dest = "destinations";
    var _di = "dimensions";
    var _dis = "distribution";
    var _e = "error";
    var _eBS = "estimatedBytesSkipped";
    var _eCO = "endCharOffset";
    var _eET = "endEventTime";
    var _eF = "evaluationFrequency";
    var _eHCP = "enableHiveCompatiblePath";
    var _eI = "executionInfo";
    var _eIv = "eventId";
    var _eK = "encryptionKey";
    var _eLEEI = "expiredLogEventEndIndex";
    var _eM = "errorMessage";
    var _eMv = "eventMessage";
    var _eN = "eventNumber";
    var _eP = "encryptionPolicy";
    var _eRA = "executionRoleArn";
    var _eRI = "expectedRevisionId";
    var _eRS = "estimatedRecordsSkipped";
    var _eS = "executionStatuses";
    var _eSF = "emitSystemFields";
    var _eSFD = "emitSystemFieldDimensions";
    var _eST = "expectedSequenceToken";
    var _eSv = "eventSource";
    var _eSx = "executionStatus";
    var _eT = "exportTasks";
    var _eTO = "endTimeOffset";
    var _eTn = "endTime";
    var _eTr = "errorType";
    var _eV = "extractedValues";
    var _el = "element";
    var _en = "entries";
    var _ena = "enabled";
    var _end = "endpoint";
    var _ent = "entity";
    var _enu = "enumerations";
    var _ev = "events";
    var _f = "from";
    var _fAC = "failedAnalysisCount";
    var _fD = "fieldDelimiter";
    var _fE = "flattenedElement";
    var _fET = "firstEventTime";
    var _fETi = "firstEventTimestamp";
    var _fI = "fieldIndexes";
    var _fIN = "fieldIndexName";
    var _fINi = "fieldIndexNames";
    var _fLGA = "filterLogGroupArn";
    var _fN = "filterName";
    var _fNP = "filterNamePrefix";
    var _fP = "filterPattern";
    var _fS = "firstSeen";
    var _fSC = "fieldSelectionCriteria";
    var _fSi = "fieldStream";
    var _fU = "forceUpdate";
    var _fi = "fields";
    var _fie = "field";
    var _fl = "flatten";
    var _fo = "force";
    var _g = "grok";
    var _gB = "groupBy";
    var _gI = "groupingIdentifiers";
    var _h = "histogram";
    var _hE = "httpError";
    var _i = "identifier";
    var _iA = "integrationArn";
    var _iB = "importBatches";
    var _iC = "indexCategories";
    var _iCn = "indexCategory";
    var _iD = "integrationDetails";
    var _iDA = "importDestinationArn";
    var _iDs = "isDynamic";
    var _iF = "importFilter";
    var _iI = "importId";
    var _iLA = "includeLinkedAccounts";
    var _iN = "integrationName";
    var _iNP = "integrationNamePrefix";
    var _iP = "indexPolicies";
    var _iPLS = "isPatternLevelSuppression";
    var _iPn = "inheritedProperties";
    var _iPnd = "indexPolicy";
    var _iRA = "importRoleArn";
    var _iRLGC = "increasedRetentionLogGroupCount";
    var _iS = "importStatistics";
    var _iSA = "importSourceArn";
    var _iSm = "importStatus";
    var _iSn = "integrationStatus";
    var _iSnt = "integrationSummaries";
    var _iT = "ingestionTime";
    var _iTN = "inferredTokenName";
    var _iTn = "integrationType";
    var _id = "id";
    var _im = "imports";
    var _in = "interleaved";
    var _k = "key";
    var _kA = "keyAttributes";
    var _kKA = "kmsKeyArn";
    var _kKI = "kmsKeyId";
    var _kN = "keyName";
    var _kP = "keyPrefix";
    var _kVD = "keyValueDelimiter";
    var _l = "locale";
    var _lCS = "lowerCaseString";
    var _lE = "logEvents";
    var _lEFP = "logEventFilterPattern";
    var _lEM = "logEventMessages";
    var _lES = "lastExecutionStatus";
    var _lET = "lastEventTime";
    var _lETa = "lastEventTimestamp";
    var _lF = "logFields";
    var _lFN = "logFieldName";
    var _lFT = "logFieldType";
    var _lG = "logGroups";
    var _lGA = "logGroupArn";
    var _lGAL = "logGroupArnList";
    var _lGC = "logGroupCount";
    var _lGCo = "logGroupClass";
    var _lGF = "logGroupFields";
    var _lGI = "logGroupIdentifiers";
    var _lGIo = "logGroupIdentifier";
    var _lGN = "logGroupName";
    var _lGNP = "logGroupNamePrefix";
    var _lGNPo = "logGroupNamePattern";
    var _lGNo = "logGroupNames";
    var _lGS = "logGroupsScanned";
    var _lGT = "logGroupTags";
    var _lIT = "lastIngestionTime";
    var _lM = "lastModified";
    var _lMT = "lastModifiedTime";
    var _lMTS = "lastModifiedTimeStamp";
    var _lOP = "logObjectPointer";
    var _lP = "lifecyclePolicy";
    var _lR = "logRecord";
    var _lRP = "logRecordPointer";
    var _lS = "lastSeen";
    var _lSN = "logStreamName";
    var _lSNP = "logStreamNamePrefix";
    var _lSNPo = "logStreamNamePrefixes";
    var _lSNo = "logStreamNames";
    var _lST = "lastScanTime";
    var _lSo = "logSamples";
    var _lSog = "logStreams";
    var _lT = "logType";
    var _lTA = "lookupTableArn";
    var _lTC = "lookupTableConfiguration";
    var _lTM = "listToMap";
    var _lTN = "lookupTableName";
    var _lTNP = "lookupTableNamePrefix";
    var _lTT = "lastTriggeredTime";
    var _lTo = "logTypes";
    var _lToo = "lookupTables";
    var _lUT = "lastUpdatedTime";
    var _lUTa = "lastUpdateTime";
    var _li = "limit";
    var _lo = "location";
    var _m = "message";
    var _mF = "metricFilters";
    var _mFC = "metricFilterCount";
    var _mI = "maxItems";
    var _mK = "moveKeys";
    var _mN = "metricName";
    var _mNe = "metricNamespace";
    var _mP = "matchPatterns";
    var _mR = "maxResults";
    var _mT = "metricTransformations";
    var _mV = "minValue";
    var _mVa = "maxValue";
    var _mVap = "mappingVersion";
    var _mVe = "metricValue";
    var _ma = "match";
    var _man = "mandatory";
    var _mat = "matches";
    var _n = "name";
    var _nBT = "nextBackwardToken";
    var _nFT = "nextForwardToken";
    var _nMV = "nonMatchValue";
    var _nP = "networkPolicy";
    var _nST = "nextSequenceToken";
    var _nT = "nextToken";
    var _na = "names";
    var _oAI = "ownerAccountId";
    var _oB = "orderBy";
    var _oF = "outputFormat";
    var _oIE = "overwriteIfExists";
    var _oSID = "openSearchIntegrationDetails";
    var _oSRC = "openSearchResourceConfig";
    var _oV = "ocsfVersion";
    var _p = "priority";
    var _pC = "parseCloudfront";
    var _pD = "policyDocument";
    var _pI = "patternId";
    var _pIr = "processedIdentifier";
    var _pJSON = "parseJSON";
    var _pKV = "parseKeyValue";
    var _pN = "policyName";
    var _pP = "parsePostgres";
    var _pR = "patternRegex";
    var _pRa = "parseRoute53";
    var _pRr = "proposedRetention";
    var _pS = "patternString";
    var _pSI = "parentSourceIdentifier";
    var _pSo = "policyScope";
    var _pT = "policyType";
    var _pTOCSF = "parseToOCSF";
    var _pTa = "patternTokens";
    var _pVPC = "parseVPC";
    var _pWAF = "parseWAF";
    var _pa = "parameters";
    var _pe = "percent";
    var _po = "policy";
    var _q = "queries";
    var _qC = "quoteCharacter";
    var _qCE = "queryCompileError";
    var _qD = "queryDefinitions";
    var _qDI = "queryDefinitionId";
    var _qDNP = "queryDefinitionNamePrefix";
    var _qDu = "queryDuration";
    var _qI = "queryId";
    var _qL = "queryLanguage";
    var _qS = "queryString";
    var _r = "results";
    var _rA = "resourceArn";
    var _rAe = "resourceArns";
    var _rAo = "roleArn";
    var _rC = "recordsCount";
    var _rCe = "resourceConfig";
    var _rCes = "resultCount";
    var _rD = "retentionDays";
    var _rEI = "rejectedEntityInfo";
    var _rF = "recordFields";
    var _rI = "resourceIdentifier";
    var _rID = "retentionInDays";
    var _rIe = "requestId";
    var _rIev = "revisionId";
    var _rK = "renameKeys";
    var _rLEI = "rejectedLogEventsInfo";
    var _rM = "recordsMatched";
    var _rN = "resourceName";
    var _rP = "resourcePolicies";
    var _rPN = "retentionPolicyName";
    var _rPe = "resourcePolicy";
    var _rS = "recordsScanned";
    var _rSe = "responseStream";
    var _rT = "resourceType";
    var _rTe = "resourceTypes";
    var _rTen = "renameTo";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs";
    var _sB = "sizeBytes";
    var _sBt = "storedBytes";
    var _sC = "selectionCriteria";
    var _sCO = "startCharOffset";
    var _sCe = "searchedCompletely";
    var _sCo = "s3Configuration";
    var _sCt = "statusCode";
    var _sCy = "syslogConfigurations";
    var _sD = "suppressedDate";
    var _sDC = "s3DeliveryConfiguration";
    var _sE = "scheduleExpression";
    var _sET = "scheduleEndTime";
    var _sETt = "startEventTime";
    var _sF = "subscriptionFilters";
    var _sFH = "startFromHead";
    var _sI = "sessionId";
    var _sLS = "searchedLogStreams";
    var _sM = "sessionMetadata";
    var _sMt = "statusMessage";
    var _sP = "suffixPath";
    var _sPu = "suppressionPeriod";
    var _sQ = "scheduledQueries";
    var _sQA = "scheduledQueryArn";
    var _sR = "statusReason";
    var _sRe = "sessionResults";
    var _sS = "suppressionState";
    var _sST = "scheduleStartTime";
    var _sSe = "sessionStart";
    var _sSp = "splitString";
    var _sSu = "substituteString";
    var _sT = "sourceTimezone";
    var _sTI = "s3TablesIntegration";
    var _sTO = "startTimeOffset";
    var _sTc = "scheduleType";
    var _sTe = "sequenceToken";
    var _sTo = "sourceType";
    var _sTt = "startTime";
    var _sTto = "storageTier";
    var _sTu = "suppressionType";
    var _sU = "suppressedUntil";
    var _sUe = "sessionUpdate";
    var _sUu = "suppressionUnit";
    var _sV = "supportedValues";
    var _sa = "sampled";
    var _sc = "scope";
    var _se = "server";
    var _ser = "service";
    var _so = "source";
    var _sou = "sources";
    var _st = "state";
    var _sta = "status";
    var _stat = "statistics";
    var _str = "streaming";
    var _su = "suppressed";
    var _suc = "success";
    var _t = "target";
    var _tA = "targetArn";
    var _tB = "tableBody";
    var _tC = "transformerConfig";
    var _tCy = "typeConverter";
    var _tEM = "transformedEventMessage";
    var _tF = "targetFormat";
    var _tFa = "tableFields";
    var _tH = "triggerHistory";
    var _tI = "taskId";
    var _tK = "tagKeys";
    var _tL = "transformedLogs";
    var _tLGI = "topLogGroupsImpacted";
    var _tMLG = "totalMatchedLogGroups";
    var _tN = "taskName";
    var _tNLESI = "tooNewLogEventStartIndex";
    var _tNa = "tableName";
    var _tOLEEI = "tooOldLogEventEndIndex";
    var _tS = "tokenString";
    var _tSr = "trimString";
    var _tT = "targetTimezone";
    var _tTr = "triggeredTimestamp";
    var _ta = "tags";
    var _ti = "timezone";
    var _tim = "timestamp";
    var _time = "time";
    var _to = "to";
    var _ty = "type";
    var _u = "unmask";
    var _uCS = "upperCaseString";
    var _uI = "userIdentity";
    var _uRLGC = "unchangedRetentionLogGroupCount";
    var _uST = "uploadSequenceToken";
    var _un = "unit";
    var _v = "value";
    var _vEI = "vpcEndpointId";
    var _vK = "valueKey";
    var _vT = "valueType";
    var _va = "values";
    var _w = "workspace";
    var _wI = "workspaceId";
    var _wK = "withKeys";
    var n0 = "com.amazonaws.cloudwatchlogs";
    var _s_registry = new TypeRegistry(_s);
    var CloudWatchLogsServiceException$ = [-3, _s, "CloudWatchLogsServiceException", 0, [], []];
    _s_registry.registerError(CloudWatchLogsServiceException$, CloudWatchLogsServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var DataAlreadyAcceptedException$ = [
      -3,
      n0,
      _DAAE,
      { [_e]: _c },
      [_eST, _m],
      [0, 0]
    ];
    n0_registry.registerError(DataAlreadyAcceptedException$, DataAlreadyAcceptedException);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var InternalStreamingException$ = [
      -3,
      n0,
      _ISEn,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InternalStreamingException$, InternalStreamingException);
    var InvalidOperationException$ = [
      -3,
      n0,
      _IOE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var InvalidSequenceTokenException$ = [
      -3,
      n0,
      _ISTE,
      { [_e]: _c },
      [_eST, _m],
      [0, 0]
    ];
    n0_registry.registerError(InvalidSequenceTokenException$, InvalidSequenceTokenException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var MalformedQueryException$ = [
      -3,
      n0,
      _MQE,
      { [_e]: _c },
      [_qCE, _m],
      [() => QueryCompileError$, 0]
    ];
    n0_registry.registerError(MalformedQueryException$, MalformedQueryException);
    var OperationAbortedException$ = [
      -3,
      n0,
      _OAE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OperationAbortedException$, OperationAbortedException);
    var ResourceAlreadyExistsException$ = [
      -3,
      n0,
      _RAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ServiceQuotaExceededException$ = [
      -3,
      n0,
      _SQEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ServiceUnavailableException$ = [
      -3,
      n0,
      _SUE,
      { [_e]: _se },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
    var SessionStreamingException$ = [
      -3,
      n0,
      _SSE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(SessionStreamingException$, SessionStreamingException);
    var SessionTimeoutException$ = [
      -3,
      n0,
      _STE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(SessionTimeoutException$, SessionTimeoutException);
    var ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var TooManyTagsException$ = [
      -3,
      n0,
      _TMTE,
      { [_e]: _c, [_hE]: 400 },
      [_m, _rN],
      [0, 0]
    ];
    n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
    var UnrecognizedClientException$ = [
      -3,
      n0,
      _UCE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnrecognizedClientException$, UnrecognizedClientException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccountPolicy$ = [
      3,
      n0,
      _AP,
      0,
      [_pN, _pD, _lUT, _pT, _sc, _sC, _aI],
      [0, 0, 1, 0, 0, 0, 0]
    ];
    var AddKeyEntry$ = [
      3,
      n0,
      _AKE,
      0,
      [_k, _v, _oIE],
      [0, 0, 2],
      2
    ];
    var AddKeys$ = [
      3,
      n0,
      _AK,
      0,
      [_en],
      [() => AddKeyEntries],
      1
    ];
    var AggregateLogGroupSummary$ = [
      3,
      n0,
      _ALGS,
      0,
      [_lGC, _gI],
      [1, () => GroupingIdentifiers]
    ];
    var Anomaly$ = [
      3,
      n0,
      _A,
      0,
      [_aIn, _pI, _aDA, _pS, _fS, _lS, _d, _a, _st, _h, _lSo, _pTa, _lGAL, _pR, _p, _su, _sD, _sU, _iPLS],
      [0, 0, 0, 0, 1, 1, 0, 2, 0, 128 | 1, () => LogSamples, () => PatternTokens, 64 | 0, 0, 0, 2, 1, 1, 2],
      13
    ];
    var AnomalyDetector$ = [
      3,
      n0,
      _AD,
      0,
      [_aDA, _dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
      [0, 0, 64 | 0, 0, 0, 0, 0, 1, 1, 1]
    ];
    var AssociateKmsKeyRequest$ = [
      3,
      n0,
      _AKKR,
      0,
      [_kKI, _lGN, _rI],
      [0, 0, 0],
      1
    ];
    var AssociateSourceToS3TableIntegrationRequest$ = [
      3,
      n0,
      _ASTSTIR,
      0,
      [_iA, _dS],
      [0, () => DataSource$],
      2
    ];
    var AssociateSourceToS3TableIntegrationResponse$ = [
      3,
      n0,
      _ASTSTIRs,
      0,
      [_i],
      [0]
    ];
    var CancelExportTaskRequest$ = [
      3,
      n0,
      _CETR,
      0,
      [_tI],
      [0],
      1
    ];
    var CancelImportTaskRequest$ = [
      3,
      n0,
      _CITR,
      0,
      [_iI],
      [0],
      1
    ];
    var CancelImportTaskResponse$ = [
      3,
      n0,
      _CITRa,
      0,
      [_iI, _iS, _iSm, _cT, _lUT],
      [0, () => ImportStatistics$, 0, 1, 1]
    ];
    var ConfigurationTemplate$ = [
      3,
      n0,
      _CT,
      0,
      [_ser, _lT, _rT, _dDT, _dDCV, _aF, _aOF, _aAFAVLDFR, _aFD, _aSPF, _dSC, _sTI],
      [0, 0, 0, 0, () => ConfigurationTemplateDeliveryConfigValues$, () => AllowedFields, 64 | 0, 0, 64 | 0, 64 | 0, () => DeliverySourceConfigurationSchemas, () => S3TablesIntegration$]
    ];
    var ConfigurationTemplateDeliveryConfigValues$ = [
      3,
      n0,
      _CTDCV,
      0,
      [_rF, _fD, _sDC],
      [64 | 0, 0, () => S3DeliveryConfiguration$]
    ];
    var CopyValue$ = [
      3,
      n0,
      _CV,
      0,
      [_en],
      [() => CopyValueEntries],
      1
    ];
    var CopyValueEntry$ = [
      3,
      n0,
      _CVE,
      0,
      [_so, _t, _oIE],
      [0, 0, 2],
      2
    ];
    var CreateDeliveryRequest$ = [
      3,
      n0,
      _CDR,
      0,
      [_dSN, _dDA, _rF, _fD, _sDC, _ta],
      [0, 0, 64 | 0, 0, () => S3DeliveryConfiguration$, 128 | 0],
      2
    ];
    var CreateDeliveryResponse$ = [
      3,
      n0,
      _CDRr,
      0,
      [_de],
      [() => Delivery$]
    ];
    var CreateExportTaskRequest$ = [
      3,
      n0,
      _CETRr,
      0,
      [_lGN, _f, _to, _des, _tN, _lSNP, _dP],
      [0, 1, 1, 0, 0, 0, 0],
      4
    ];
    var CreateExportTaskResponse$ = [
      3,
      n0,
      _CETRre,
      0,
      [_tI],
      [0]
    ];
    var CreateImportTaskRequest$ = [
      3,
      n0,
      _CITRr,
      0,
      [_iSA, _iRA, _iF],
      [0, 0, () => ImportFilter$],
      2
    ];
    var CreateImportTaskResponse$ = [
      3,
      n0,
      _CITRre,
      0,
      [_iI, _iDA, _cT],
      [0, 0, 1]
    ];
    var CreateLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _CLADR,
      0,
      [_lGAL, _dN, _eF, _fP, _kKI, _aVT, _ta],
      [64 | 0, 0, 0, 0, 0, 1, 128 | 0],
      1
    ];
    var CreateLogAnomalyDetectorResponse$ = [
      3,
      n0,
      _CLADRr,
      0,
      [_aDA],
      [0]
    ];
    var CreateLogGroupRequest$ = [
      3,
      n0,
      _CLGR,
      0,
      [_lGN, _kKI, _ta, _lGCo, _dPE],
      [0, 0, 128 | 0, 0, 2],
      1
    ];
    var CreateLogStreamRequest$ = [
      3,
      n0,
      _CLSR,
      0,
      [_lGN, _lSN],
      [0, 0],
      2
    ];
    var CreateLookupTableRequest$ = [
      3,
      n0,
      _CLTR,
      0,
      [_lTN, _d, _tB, _qI, _kKI, _ta],
      [0, 0, 0, 0, 0, 128 | 0],
      1
    ];
    var CreateLookupTableResponse$ = [
      3,
      n0,
      _CLTRr,
      0,
      [_lTA, _cA],
      [0, 1]
    ];
    var CreateScheduledQueryRequest$ = [
      3,
      n0,
      _CSQR,
      0,
      [_n, _qL, _qS, _sE, _eRA, _d, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st, _ta],
      [0, 0, 0, 0, 0, 0, 64 | 0, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0, 128 | 0],
      5
    ];
    var CreateScheduledQueryResponse$ = [
      3,
      n0,
      _CSQRr,
      0,
      [_sQA, _st],
      [0, 0]
    ];
    var CSV$ = [
      3,
      n0,
      _CSV,
      0,
      [_qC, _del, _co, _so, _des],
      [0, 0, 64 | 0, 0, 0]
    ];
    var DataSource$ = [
      3,
      n0,
      _DS,
      0,
      [_n, _ty],
      [0, 0],
      1
    ];
    var DataSourceFilter$ = [
      3,
      n0,
      _DSF,
      0,
      [_n, _ty],
      [0, 0],
      1
    ];
    var DateTimeConverter$ = [
      3,
      n0,
      _DTC,
      0,
      [_so, _t, _mP, _tF, _sT, _tT, _l],
      [0, 0, 64 | 0, 0, 0, 0, 0],
      3
    ];
    var DeleteAccountPolicyRequest$ = [
      3,
      n0,
      _DAPR,
      0,
      [_pN, _pT, _dR],
      [0, 0, 2],
      2
    ];
    var DeleteAccountPolicyResponse$ = [
      3,
      n0,
      _DAPRe,
      0,
      [_dRR],
      [() => DryRunResult$]
    ];
    var DeleteDataProtectionPolicyRequest$ = [
      3,
      n0,
      _DDPPR,
      0,
      [_lGIo],
      [0],
      1
    ];
    var DeleteDeliveryDestinationPolicyRequest$ = [
      3,
      n0,
      _DDDPR,
      0,
      [_dDN],
      [0],
      1
    ];
    var DeleteDeliveryDestinationRequest$ = [
      3,
      n0,
      _DDDR,
      0,
      [_n],
      [0],
      1
    ];
    var DeleteDeliveryRequest$ = [
      3,
      n0,
      _DDR,
      0,
      [_id],
      [0],
      1
    ];
    var DeleteDeliverySourceRequest$ = [
      3,
      n0,
      _DDSR,
      0,
      [_n],
      [0],
      1
    ];
    var DeleteDestinationRequest$ = [
      3,
      n0,
      _DDRe,
      0,
      [_dNe],
      [0],
      1
    ];
    var DeleteIndexPolicyRequest$ = [
      3,
      n0,
      _DIPR,
      0,
      [_lGIo],
      [0],
      1
    ];
    var DeleteIndexPolicyResponse$ = [
      3,
      n0,
      _DIPRe,
      0,
      [],
      []
    ];
    var DeleteIntegrationRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_iN, _fo],
      [0, 2],
      1
    ];
    var DeleteIntegrationResponse$ = [
      3,
      n0,
      _DIRe,
      0,
      [],
      []
    ];
    var DeleteKeys$ = [
      3,
      n0,
      _DK,
      0,
      [_wK],
      [64 | 0],
      1
    ];
    var DeleteLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _DLADR,
      0,
      [_aDA],
      [0],
      1
    ];
    var DeleteLogGroupRequest$ = [
      3,
      n0,
      _DLGR,
      0,
      [_lGN],
      [0],
      1
    ];
    var DeleteLogStreamRequest$ = [
      3,
      n0,
      _DLSR,
      0,
      [_lGN, _lSN],
      [0, 0],
      2
    ];
    var DeleteLookupTableRequest$ = [
      3,
      n0,
      _DLTR,
      0,
      [_lTA],
      [0],
      1
    ];
    var DeleteMetricFilterRequest$ = [
      3,
      n0,
      _DMFR,
      0,
      [_lGN, _fN],
      [0, 0],
      2
    ];
    var DeleteQueryDefinitionRequest$ = [
      3,
      n0,
      _DQDR,
      0,
      [_qDI],
      [0],
      1
    ];
    var DeleteQueryDefinitionResponse$ = [
      3,
      n0,
      _DQDRe,
      0,
      [_suc],
      [2]
    ];
    var DeleteResourcePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_pN, _rA, _eRI],
      [0, 0, 0]
    ];
    var DeleteRetentionPolicyRequest$ = [
      3,
      n0,
      _DRPRe,
      0,
      [_lGN],
      [0],
      1
    ];
    var DeleteScheduledQueryRequest$ = [
      3,
      n0,
      _DSQR,
      0,
      [_i],
      [0],
      1
    ];
    var DeleteScheduledQueryResponse$ = [
      3,
      n0,
      _DSQRe,
      0,
      [],
      []
    ];
    var DeleteSubscriptionFilterRequest$ = [
      3,
      n0,
      _DSFR,
      0,
      [_lGN, _fN],
      [0, 0],
      2
    ];
    var DeleteSyslogConfigurationRequest$ = [
      3,
      n0,
      _DSCR,
      0,
      [_lGIo, _vEI],
      [0, 0],
      1
    ];
    var DeleteTransformerRequest$ = [
      3,
      n0,
      _DTR,
      0,
      [_lGIo],
      [0],
      1
    ];
    var Delivery$ = [
      3,
      n0,
      _D,
      0,
      [_id, _ar, _dSN, _dDA, _dDT, _rF, _fD, _sDC, _ta],
      [0, 0, 0, 0, 0, 64 | 0, 0, () => S3DeliveryConfiguration$, 128 | 0]
    ];
    var DeliveryDestination$ = [
      3,
      n0,
      _DD,
      0,
      [_n, _ar, _dDT, _oF, _dDC, _rAo, _ta],
      [0, 0, 0, 0, () => DeliveryDestinationConfiguration$, 0, 128 | 0]
    ];
    var DeliveryDestinationConfiguration$ = [
      3,
      n0,
      _DDC,
      0,
      [_dRA],
      [0],
      1
    ];
    var DeliverySource$ = [
      3,
      n0,
      _DSe,
      0,
      [_n, _ar, _rAe, _ser, _lT, _ta, _dSC, _sta, _sR],
      [0, 0, 64 | 0, 0, 0, 128 | 0, 128 | 0, 0, 0]
    ];
    var DeliverySourceConfigurationSchema$ = [
      3,
      n0,
      _DSCS,
      0,
      [_kN, _vT, _dV, _sV, _mV, _mVa],
      [0, 0, 0, 64 | 0, 1, 1],
      3
    ];
    var DescribeAccountPoliciesRequest$ = [
      3,
      n0,
      _DAPRes,
      0,
      [_pT, _pN, _aIc, _nT],
      [0, 0, 64 | 0, 0],
      1
    ];
    var DescribeAccountPoliciesResponse$ = [
      3,
      n0,
      _DAPResc,
      0,
      [_aP, _nT],
      [() => AccountPolicies, 0]
    ];
    var DescribeConfigurationTemplatesRequest$ = [
      3,
      n0,
      _DCTR,
      0,
      [_ser, _lTo, _rTe, _dDTe, _nT, _li],
      [0, 64 | 0, 64 | 0, 64 | 0, 0, 1]
    ];
    var DescribeConfigurationTemplatesResponse$ = [
      3,
      n0,
      _DCTRe,
      0,
      [_cTo, _nT],
      [() => ConfigurationTemplates, 0]
    ];
    var DescribeDeliveriesRequest$ = [
      3,
      n0,
      _DDRes,
      0,
      [_nT, _li, _dSNe],
      [0, 1, 64 | 0]
    ];
    var DescribeDeliveriesResponse$ = [
      3,
      n0,
      _DDResc,
      0,
      [_deli, _nT],
      [() => Deliveries, 0]
    ];
    var DescribeDeliveryDestinationsRequest$ = [
      3,
      n0,
      _DDDRe,
      0,
      [_nT, _li, _na],
      [0, 1, 64 | 0]
    ];
    var DescribeDeliveryDestinationsResponse$ = [
      3,
      n0,
      _DDDRes,
      0,
      [_dD, _nT],
      [() => DeliveryDestinations, 0]
    ];
    var DescribeDeliverySourcesRequest$ = [
      3,
      n0,
      _DDSRe,
      0,
      [_nT, _li, _rAe],
      [0, 1, 64 | 0]
    ];
    var DescribeDeliverySourcesResponse$ = [
      3,
      n0,
      _DDSRes,
      0,
      [_dSe, _nT],
      [() => DeliverySources, 0]
    ];
    var DescribeDestinationsRequest$ = [
      3,
      n0,
      _DDRescr,
      0,
      [_DNP, _nT, _li],
      [0, 0, 1]
    ];
    var DescribeDestinationsResponse$ = [
      3,
      n0,
      _DDRescri,
      0,
      [_dest, _nT],
      [() => Destinations, 0]
    ];
    var DescribeExportTasksRequest$ = [
      3,
      n0,
      _DETR,
      0,
      [_tI, _sCt, _nT, _li],
      [0, 0, 0, 1]
    ];
    var DescribeExportTasksResponse$ = [
      3,
      n0,
      _DETRe,
      0,
      [_eT, _nT],
      [() => ExportTasks, 0]
    ];
    var DescribeFieldIndexesRequest$ = [
      3,
      n0,
      _DFIR,
      0,
      [_lGI, _iC, _nT],
      [64 | 0, 64 | 0, 0],
      1
    ];
    var DescribeFieldIndexesResponse$ = [
      3,
      n0,
      _DFIRe,
      0,
      [_fI, _nT],
      [() => FieldIndexes, 0]
    ];
    var DescribeImportTaskBatchesRequest$ = [
      3,
      n0,
      _DITBR,
      0,
      [_iI, _bIS, _li, _nT],
      [0, 64 | 0, 1, 0],
      1
    ];
    var DescribeImportTaskBatchesResponse$ = [
      3,
      n0,
      _DITBRe,
      0,
      [_iSA, _iI, _iB, _nT],
      [0, 0, () => ImportBatchList, 0]
    ];
    var DescribeImportTasksRequest$ = [
      3,
      n0,
      _DITR,
      0,
      [_iI, _iSm, _iSA, _li, _nT],
      [0, 0, 0, 1, 0]
    ];
    var DescribeImportTasksResponse$ = [
      3,
      n0,
      _DITRe,
      0,
      [_im, _nT],
      [() => ImportList, 0]
    ];
    var DescribeIndexPoliciesRequest$ = [
      3,
      n0,
      _DIPRes,
      0,
      [_lGI, _nT],
      [64 | 0, 0],
      1
    ];
    var DescribeIndexPoliciesResponse$ = [
      3,
      n0,
      _DIPResc,
      0,
      [_iP, _nT],
      [() => IndexPolicies, 0]
    ];
    var DescribeLogGroupsRequest$ = [
      3,
      n0,
      _DLGRe,
      0,
      [_aIc, _lGNP, _lGNPo, _nT, _li, _iLA, _lGCo, _lGI],
      [64 | 0, 0, 0, 0, 1, 2, 0, 64 | 0]
    ];
    var DescribeLogGroupsResponse$ = [
      3,
      n0,
      _DLGRes,
      0,
      [_lG, _nT],
      [() => LogGroups, 0]
    ];
    var DescribeLogStreamsRequest$ = [
      3,
      n0,
      _DLSRe,
      0,
      [_lGN, _lGIo, _lSNP, _oB, _desc, _nT, _li],
      [0, 0, 0, 0, 2, 0, 1]
    ];
    var DescribeLogStreamsResponse$ = [
      3,
      n0,
      _DLSRes,
      0,
      [_lSog, _nT],
      [() => LogStreams, 0]
    ];
    var DescribeLookupTablesRequest$ = [
      3,
      n0,
      _DLTRe,
      0,
      [_lTNP, _mR, _nT],
      [0, 1, 0]
    ];
    var DescribeLookupTablesResponse$ = [
      3,
      n0,
      _DLTRes,
      0,
      [_lToo, _nT],
      [() => LookupTables, 0]
    ];
    var DescribeMetricFiltersRequest$ = [
      3,
      n0,
      _DMFRe,
      0,
      [_lGN, _fNP, _nT, _li, _mN, _mNe],
      [0, 0, 0, 1, 0, 0]
    ];
    var DescribeMetricFiltersResponse$ = [
      3,
      n0,
      _DMFRes,
      0,
      [_mF, _nT],
      [() => MetricFilters, 0]
    ];
    var DescribeQueriesRequest$ = [
      3,
      n0,
      _DQR,
      0,
      [_lGN, _sta, _mR, _nT, _qL],
      [0, 0, 1, 0, 0]
    ];
    var DescribeQueriesResponse$ = [
      3,
      n0,
      _DQRe,
      0,
      [_q, _nT],
      [() => QueryInfoList, 0]
    ];
    var DescribeQueryDefinitionsRequest$ = [
      3,
      n0,
      _DQDRes,
      0,
      [_qL, _qDNP, _mR, _nT],
      [0, 0, 1, 0]
    ];
    var DescribeQueryDefinitionsResponse$ = [
      3,
      n0,
      _DQDResc,
      0,
      [_qD, _nT],
      [() => QueryDefinitionList, 0]
    ];
    var DescribeResourcePoliciesRequest$ = [
      3,
      n0,
      _DRPRes,
      0,
      [_nT, _li, _rA, _pSo],
      [0, 1, 0, 0]
    ];
    var DescribeResourcePoliciesResponse$ = [
      3,
      n0,
      _DRPResc,
      0,
      [_rP, _nT],
      [() => ResourcePolicies, 0]
    ];
    var DescribeSubscriptionFiltersRequest$ = [
      3,
      n0,
      _DSFRe,
      0,
      [_lGN, _fNP, _nT, _li],
      [0, 0, 0, 1],
      1
    ];
    var DescribeSubscriptionFiltersResponse$ = [
      3,
      n0,
      _DSFRes,
      0,
      [_sF, _nT],
      [() => SubscriptionFilters, 0]
    ];
    var Destination$ = [
      3,
      n0,
      _De,
      0,
      [_dNe, _tA, _rAo, _aPc, _ar, _cT],
      [0, 0, 0, 0, 0, 1]
    ];
    var DestinationConfiguration$ = [
      3,
      n0,
      _DC,
      0,
      [_sCo, _lTC],
      [() => S3Configuration$, () => LookupTableConfiguration$]
    ];
    var DisassociateKmsKeyRequest$ = [
      3,
      n0,
      _DKKR,
      0,
      [_lGN, _rI],
      [0, 0]
    ];
    var DisassociateSourceFromS3TableIntegrationRequest$ = [
      3,
      n0,
      _DSFSTIR,
      0,
      [_i],
      [0],
      1
    ];
    var DisassociateSourceFromS3TableIntegrationResponse$ = [
      3,
      n0,
      _DSFSTIRi,
      0,
      [_i],
      [0]
    ];
    var DryRunResult$ = [
      3,
      n0,
      _DRR,
      0,
      [_tMLG, _iRLGC, _dRLGC, _uRLGC, _fAC, _tLGI],
      [1, 1, 1, 1, 1, () => LogGroupImpacts]
    ];
    var Entity$ = [
      3,
      n0,
      _E,
      0,
      [_kA, _at],
      [128 | 0, 128 | 0]
    ];
    var ExportTask$ = [
      3,
      n0,
      _ET,
      0,
      [_tI, _tN, _lGN, _f, _to, _des, _dP, _sta, _eI],
      [0, 0, 0, 1, 1, 0, 0, () => ExportTaskStatus$, () => ExportTaskExecutionInfo$]
    ];
    var ExportTaskExecutionInfo$ = [
      3,
      n0,
      _ETEI,
      0,
      [_cT, _cTom],
      [1, 1]
    ];
    var ExportTaskStatus$ = [
      3,
      n0,
      _ETS,
      0,
      [_cod, _m],
      [0, 0]
    ];
    var FieldIndex$ = [
      3,
      n0,
      _FI,
      0,
      [_lGIo, _fIN, _lST, _fET, _lET, _ty, _iCn],
      [0, 0, 1, 1, 1, 0, 0]
    ];
    var FieldsData$ = [
      3,
      n0,
      _FD,
      0,
      [_da],
      [21]
    ];
    var FilteredLogEvent$ = [
      3,
      n0,
      _FLE,
      0,
      [_lSN, _tim, _m, _iT, _eIv],
      [0, 1, 0, 1, 0]
    ];
    var FilterLogEventsRequest$ = [
      3,
      n0,
      _FLER,
      0,
      [_lGN, _lGIo, _lSNo, _lSNP, _sTt, _eTn, _fP, _nT, _li, _sFH, _in, _u],
      [0, 0, 64 | 0, 0, 1, 1, 0, 0, 1, 2, 2, 2]
    ];
    var FilterLogEventsResponse$ = [
      3,
      n0,
      _FLERi,
      0,
      [_ev, _sLS, _nT],
      [() => FilteredLogEvents, () => SearchedLogStreams, 0]
    ];
    var GetDataProtectionPolicyRequest$ = [
      3,
      n0,
      _GDPPR,
      0,
      [_lGIo],
      [0],
      1
    ];
    var GetDataProtectionPolicyResponse$ = [
      3,
      n0,
      _GDPPRe,
      0,
      [_lGIo, _pD, _lUT],
      [0, 0, 1]
    ];
    var GetDeliveryDestinationPolicyRequest$ = [
      3,
      n0,
      _GDDPR,
      0,
      [_dDN],
      [0],
      1
    ];
    var GetDeliveryDestinationPolicyResponse$ = [
      3,
      n0,
      _GDDPRe,
      0,
      [_po],
      [() => Policy$]
    ];
    var GetDeliveryDestinationRequest$ = [
      3,
      n0,
      _GDDR,
      0,
      [_n],
      [0],
      1
    ];
    var GetDeliveryDestinationResponse$ = [
      3,
      n0,
      _GDDRe,
      0,
      [_dDe],
      [() => DeliveryDestination$]
    ];
    var GetDeliveryRequest$ = [
      3,
      n0,
      _GDR,
      0,
      [_id],
      [0],
      1
    ];
    var GetDeliveryResponse$ = [
      3,
      n0,
      _GDRe,
      0,
      [_de],
      [() => Delivery$]
    ];
    var GetDeliverySourceRequest$ = [
      3,
      n0,
      _GDSR,
      0,
      [_n],
      [0],
      1
    ];
    var GetDeliverySourceResponse$ = [
      3,
      n0,
      _GDSRe,
      0,
      [_dSel],
      [() => DeliverySource$]
    ];
    var GetIntegrationRequest$ = [
      3,
      n0,
      _GIR,
      0,
      [_iN],
      [0],
      1
    ];
    var GetIntegrationResponse$ = [
      3,
      n0,
      _GIRe,
      0,
      [_iN, _iTn, _iSn, _iD],
      [0, 0, 0, () => IntegrationDetails$]
    ];
    var GetLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _GLADR,
      0,
      [_aDA],
      [0],
      1
    ];
    var GetLogAnomalyDetectorResponse$ = [
      3,
      n0,
      _GLADRe,
      0,
      [_dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
      [0, 64 | 0, 0, 0, 0, 0, 1, 1, 1]
    ];
    var GetLogEventsRequest$ = [
      3,
      n0,
      _GLER,
      0,
      [_lSN, _lGN, _lGIo, _sTt, _eTn, _nT, _li, _sFH, _u],
      [0, 0, 0, 1, 1, 0, 1, 2, 2],
      1
    ];
    var GetLogEventsResponse$ = [
      3,
      n0,
      _GLERe,
      0,
      [_ev, _nFT, _nBT],
      [() => OutputLogEvents, 0, 0]
    ];
    var GetLogFieldsRequest$ = [
      3,
      n0,
      _GLFR,
      0,
      [_dSNa, _dST],
      [0, 0],
      2
    ];
    var GetLogFieldsResponse$ = [
      3,
      n0,
      _GLFRe,
      0,
      [_lF],
      [() => LogFieldsList]
    ];
    var GetLogGroupFieldsRequest$ = [
      3,
      n0,
      _GLGFR,
      0,
      [_lGN, _time, _lGIo],
      [0, 1, 0]
    ];
    var GetLogGroupFieldsResponse$ = [
      3,
      n0,
      _GLGFRe,
      0,
      [_lGF],
      [() => LogGroupFieldList]
    ];
    var GetLogObjectRequest$ = [
      3,
      n0,
      _GLOR,
      0,
      [_lOP, _u],
      [0, 2],
      1
    ];
    var GetLogObjectResponse$ = [
      3,
      n0,
      _GLORe,
      0,
      [_fSi],
      [[() => GetLogObjectResponseStream$, 0]]
    ];
    var GetLogRecordRequest$ = [
      3,
      n0,
      _GLRR,
      0,
      [_lRP, _u],
      [0, 2],
      1
    ];
    var GetLogRecordResponse$ = [
      3,
      n0,
      _GLRRe,
      0,
      [_lR],
      [128 | 0]
    ];
    var GetLookupTableRequest$ = [
      3,
      n0,
      _GLTR,
      0,
      [_lTA],
      [0],
      1
    ];
    var GetLookupTableResponse$ = [
      3,
      n0,
      _GLTRe,
      0,
      [_lTA, _lTN, _d, _tB, _sB, _lUT, _kKI],
      [0, 0, 0, 0, 1, 1, 0]
    ];
    var GetQueryResultsRequest$ = [
      3,
      n0,
      _GQRR,
      0,
      [_qI, _nT, _mI],
      [0, 0, 1],
      1
    ];
    var GetQueryResultsResponse$ = [
      3,
      n0,
      _GQRRe,
      0,
      [_qL, _r, _stat, _sta, _eK, _nT],
      [0, () => QueryResults, () => QueryStatistics$, 0, 0, 0]
    ];
    var GetScheduledQueryHistoryRequest$ = [
      3,
      n0,
      _GSQHR,
      0,
      [_i, _sTt, _eTn, _eS, _mR, _nT],
      [0, 1, 1, 64 | 0, 1, 0],
      3
    ];
    var GetScheduledQueryHistoryResponse$ = [
      3,
      n0,
      _GSQHRe,
      0,
      [_n, _sQA, _tH, _nT],
      [0, 0, () => TriggerHistoryRecordList, 0]
    ];
    var GetScheduledQueryRequest$ = [
      3,
      n0,
      _GSQR,
      0,
      [_i],
      [0],
      1
    ];
    var GetScheduledQueryResponse$ = [
      3,
      n0,
      _GSQRe,
      0,
      [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
      [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
    ];
    var GetStorageTierPolicyRequest$ = [
      3,
      n0,
      _GSTPR,
      0,
      [],
      []
    ];
    var GetStorageTierPolicyResponse$ = [
      3,
      n0,
      _GSTPRe,
      0,
      [_sTto, _lUT],
      [0, 1]
    ];
    var GetTransformerRequest$ = [
      3,
      n0,
      _GTR,
      0,
      [_lGIo],
      [0],
      1
    ];
    var GetTransformerResponse$ = [
      3,
      n0,
      _GTRe,
      0,
      [_lGIo, _cT, _lMT, _tC],
      [0, 1, 1, () => Processors]
    ];
    var Grok$ = [
      3,
      n0,
      _G,
      0,
      [_ma, _so],
      [0, 0],
      1
    ];
    var GroupingIdentifier$ = [
      3,
      n0,
      _GI,
      0,
      [_k, _v],
      [0, 0]
    ];
    var Import$ = [
      3,
      n0,
      _I,
      0,
      [_iI, _iSA, _iSm, _iDA, _iS, _iF, _cT, _lUT, _eM],
      [0, 0, 0, 0, () => ImportStatistics$, () => ImportFilter$, 1, 1, 0]
    ];
    var ImportBatch$ = [
      3,
      n0,
      _IB,
      0,
      [_bI, _sta, _eM],
      [0, 0, 0],
      2
    ];
    var ImportFilter$ = [
      3,
      n0,
      _IF,
      0,
      [_sETt, _eET],
      [1, 1]
    ];
    var ImportStatistics$ = [
      3,
      n0,
      _IS,
      0,
      [_bIy],
      [1]
    ];
    var IndexPolicy$ = [
      3,
      n0,
      _IP,
      0,
      [_lGIo, _lUTa, _pD, _pN, _so],
      [0, 1, 0, 0, 0]
    ];
    var InputLogEvent$ = [
      3,
      n0,
      _ILE,
      0,
      [_tim, _m],
      [1, 0],
      2
    ];
    var IntegrationSummary$ = [
      3,
      n0,
      _ISn,
      0,
      [_iN, _iTn, _iSn],
      [0, 0, 0]
    ];
    var ListAggregateLogGroupSummariesRequest$ = [
      3,
      n0,
      _LALGSR,
      0,
      [_gB, _aIc, _iLA, _lGCo, _lGNPo, _dSa, _nT, _li],
      [0, 64 | 0, 2, 0, 0, () => DataSourceFilters, 0, 1],
      1
    ];
    var ListAggregateLogGroupSummariesResponse$ = [
      3,
      n0,
      _LALGSRi,
      0,
      [_aLGS, _nT],
      [() => AggregateLogGroupSummaries, 0]
    ];
    var ListAnomaliesRequest$ = [
      3,
      n0,
      _LAR,
      0,
      [_aDA, _sS, _li, _nT],
      [0, 0, 1, 0]
    ];
    var ListAnomaliesResponse$ = [
      3,
      n0,
      _LARi,
      0,
      [_an, _nT],
      [() => Anomalies, 0]
    ];
    var ListIntegrationsRequest$ = [
      3,
      n0,
      _LIR,
      0,
      [_iNP, _iTn, _iSn],
      [0, 0, 0]
    ];
    var ListIntegrationsResponse$ = [
      3,
      n0,
      _LIRi,
      0,
      [_iSnt],
      [() => IntegrationSummaries]
    ];
    var ListLogAnomalyDetectorsRequest$ = [
      3,
      n0,
      _LLADR,
      0,
      [_fLGA, _li, _nT],
      [0, 1, 0]
    ];
    var ListLogAnomalyDetectorsResponse$ = [
      3,
      n0,
      _LLADRi,
      0,
      [_aD, _nT],
      [() => AnomalyDetectors, 0]
    ];
    var ListLogGroupsForQueryRequest$ = [
      3,
      n0,
      _LLGFQR,
      0,
      [_qI, _nT, _mR],
      [0, 0, 1],
      1
    ];
    var ListLogGroupsForQueryResponse$ = [
      3,
      n0,
      _LLGFQRi,
      0,
      [_lGI, _nT],
      [64 | 0, 0]
    ];
    var ListLogGroupsRequest$ = [
      3,
      n0,
      _LLGR,
      0,
      [_lGNPo, _lGCo, _iLA, _aIc, _nT, _li, _dSa, _fINi, _lGT],
      [0, 0, 2, 64 | 0, 0, 1, () => DataSourceFilters, 64 | 0, () => TagFilters]
    ];
    var ListLogGroupsResponse$ = [
      3,
      n0,
      _LLGRi,
      0,
      [_lG, _nT],
      [() => LogGroupSummaries, 0]
    ];
    var ListScheduledQueriesRequest$ = [
      3,
      n0,
      _LSQR,
      0,
      [_mR, _nT, _st, _sTc],
      [1, 0, 0, 0]
    ];
    var ListScheduledQueriesResponse$ = [
      3,
      n0,
      _LSQRi,
      0,
      [_nT, _sQ],
      [0, () => ScheduledQuerySummaryList]
    ];
    var ListSourcesForS3TableIntegrationRequest$ = [
      3,
      n0,
      _LSFSTIR,
      0,
      [_iA, _mR, _nT],
      [0, 1, 0],
      1
    ];
    var ListSourcesForS3TableIntegrationResponse$ = [
      3,
      n0,
      _LSFSTIRi,
      0,
      [_sou, _nT],
      [() => S3TableIntegrationSources, 0]
    ];
    var ListSyslogConfigurationsRequest$ = [
      3,
      n0,
      _LSCR,
      0,
      [_lGIo, _vEI, _nT, _mR],
      [0, 0, 0, 1]
    ];
    var ListSyslogConfigurationsResponse$ = [
      3,
      n0,
      _LSCRi,
      0,
      [_sCy, _nT],
      [() => SyslogConfigurations, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rA],
      [0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_ta],
      [128 | 0]
    ];
    var ListTagsLogGroupRequest$ = [
      3,
      n0,
      _LTLGR,
      0,
      [_lGN],
      [0],
      1
    ];
    var ListTagsLogGroupResponse$ = [
      3,
      n0,
      _LTLGRi,
      0,
      [_ta],
      [128 | 0]
    ];
    var ListToMap$ = [
      3,
      n0,
      _LTM,
      0,
      [_so, _k, _vK, _t, _fl, _fE],
      [0, 0, 0, 0, 2, 0],
      2
    ];
    var LiveTailSessionLogEvent$ = [
      3,
      n0,
      _LTSLE,
      0,
      [_lSN, _lGIo, _m, _tim, _iT],
      [0, 0, 0, 1, 1]
    ];
    var LiveTailSessionMetadata$ = [
      3,
      n0,
      _LTSM,
      0,
      [_sa],
      [2]
    ];
    var LiveTailSessionStart$ = [
      3,
      n0,
      _LTSS,
      0,
      [_rIe, _sI, _lGI, _lSNo, _lSNPo, _lEFP],
      [0, 0, 64 | 0, 64 | 0, 64 | 0, 0]
    ];
    var LiveTailSessionUpdate$ = [
      3,
      n0,
      _LTSU,
      0,
      [_sM, _sRe],
      [() => LiveTailSessionMetadata$, () => LiveTailSessionResults]
    ];
    var LogEvent$ = [
      3,
      n0,
      _LE,
      0,
      [_tim, _m],
      [1, 0]
    ];
    var LogFieldsListItem$ = [
      3,
      n0,
      _LFLI,
      0,
      [_lFN, _lFT],
      [0, () => LogFieldType$]
    ];
    var LogFieldType$ = [
      3,
      n0,
      _LFT,
      0,
      [_ty, _el, _fi],
      [0, () => LogFieldType$, () => LogFieldsList]
    ];
    var LogGroup$ = [
      3,
      n0,
      _LG,
      0,
      [_lGN, _cT, _rID, _mFC, _ar, _sBt, _kKI, _dPS, _iPn, _lGCo, _lGA, _dPE, _bTAE, _rPN],
      [0, 1, 1, 1, 0, 1, 0, 0, 64 | 0, 0, 0, 2, 2, 0]
    ];
    var LogGroupField$ = [
      3,
      n0,
      _LGF,
      0,
      [_n, _pe],
      [0, 1]
    ];
    var LogGroupImpact$ = [
      3,
      n0,
      _LGI,
      0,
      [_lGN, _cR, _pRr, _sBt],
      [0, 0, 0, 1]
    ];
    var LogGroupSummary$ = [
      3,
      n0,
      _LGS,
      0,
      [_lGN, _lGA, _lGCo],
      [0, 0, 0]
    ];
    var LogStream$ = [
      3,
      n0,
      _LS,
      0,
      [_lSN, _cT, _fETi, _lETa, _lIT, _uST, _ar, _sBt],
      [0, 1, 1, 1, 1, 0, 0, 1]
    ];
    var LookupTable$ = [
      3,
      n0,
      _LT,
      0,
      [_lTA, _lTN, _d, _tFa, _rC, _sB, _lUT, _kKI],
      [0, 0, 0, 64 | 0, 1, 1, 1, 0]
    ];
    var LookupTableConfiguration$ = [
      3,
      n0,
      _LTC,
      0,
      [_tNa, _rAo, _d, _kKI, _ta],
      [0, 0, 0, 0, 128 | 0],
      2
    ];
    var LowerCaseString$ = [
      3,
      n0,
      _LCS,
      0,
      [_wK],
      [64 | 0],
      1
    ];
    var MetricFilter$ = [
      3,
      n0,
      _MF,
      0,
      [_fN, _fP, _mT, _cT, _lGN, _aOTL, _fSC, _eSFD],
      [0, 0, () => MetricTransformations, 1, 0, 2, 0, 64 | 0]
    ];
    var MetricFilterMatchRecord$ = [
      3,
      n0,
      _MFMR,
      0,
      [_eN, _eMv, _eV],
      [1, 0, 128 | 0]
    ];
    var MetricTransformation$ = [
      3,
      n0,
      _MT,
      0,
      [_mN, _mNe, _mVe, _dV, _di, _un],
      [0, 0, 0, 1, 128 | 0, 0],
      3
    ];
    var MoveKeyEntry$ = [
      3,
      n0,
      _MKE,
      0,
      [_so, _t, _oIE],
      [0, 0, 2],
      2
    ];
    var MoveKeys$ = [
      3,
      n0,
      _MK,
      0,
      [_en],
      [() => MoveKeyEntries],
      1
    ];
    var OpenSearchApplication$ = [
      3,
      n0,
      _OSA,
      0,
      [_aE, _aA, _aIp, _sta],
      [0, 0, 0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchCollection$ = [
      3,
      n0,
      _OSC,
      0,
      [_cE, _cAo, _sta],
      [0, 0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchDataAccessPolicy$ = [
      3,
      n0,
      _OSDAP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchDataSource$ = [
      3,
      n0,
      _OSDS,
      0,
      [_dSNa, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchEncryptionPolicy$ = [
      3,
      n0,
      _OSEP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchIntegrationDetails$ = [
      3,
      n0,
      _OSID,
      0,
      [_dS, _ap, _col, _w, _eP, _nP, _aPc, _lP],
      [() => OpenSearchDataSource$, () => OpenSearchApplication$, () => OpenSearchCollection$, () => OpenSearchWorkspace$, () => OpenSearchEncryptionPolicy$, () => OpenSearchNetworkPolicy$, () => OpenSearchDataAccessPolicy$, () => OpenSearchLifecyclePolicy$]
    ];
    var OpenSearchLifecyclePolicy$ = [
      3,
      n0,
      _OSLP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchNetworkPolicy$ = [
      3,
      n0,
      _OSNP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchResourceConfig$ = [
      3,
      n0,
      _OSRC,
      0,
      [_dSRA, _dVP, _rD, _kKA, _aA],
      [0, 64 | 0, 1, 0, 0],
      3
    ];
    var OpenSearchResourceStatus$ = [
      3,
      n0,
      _OSRS,
      0,
      [_sta, _sMt],
      [0, 0]
    ];
    var OpenSearchWorkspace$ = [
      3,
      n0,
      _OSW,
      0,
      [_wI, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OutputLogEvent$ = [
      3,
      n0,
      _OLE,
      0,
      [_tim, _m, _iT],
      [1, 0, 1]
    ];
    var ParseCloudfront$ = [
      3,
      n0,
      _PC,
      0,
      [_so],
      [0]
    ];
    var ParseJSON$ = [
      3,
      n0,
      _PJSON,
      0,
      [_so, _des],
      [0, 0]
    ];
    var ParseKeyValue$ = [
      3,
      n0,
      _PKV,
      0,
      [_so, _des, _fD, _kVD, _kP, _nMV, _oIE],
      [0, 0, 0, 0, 0, 0, 2]
    ];
    var ParsePostgres$ = [
      3,
      n0,
      _PP,
      0,
      [_so],
      [0]
    ];
    var ParseRoute53$ = [
      3,
      n0,
      _PR,
      0,
      [_so],
      [0]
    ];
    var ParseToOCSF$ = [
      3,
      n0,
      _PTOCSF,
      0,
      [_eSv, _oV, _so, _mVap],
      [0, 0, 0, 0],
      2
    ];
    var ParseVPC$ = [
      3,
      n0,
      _PVPC,
      0,
      [_so],
      [0]
    ];
    var ParseWAF$ = [
      3,
      n0,
      _PWAF,
      0,
      [_so],
      [0]
    ];
    var PatternToken$ = [
      3,
      n0,
      _PT,
      0,
      [_dTP, _iDs, _tS, _enu, _iTN],
      [1, 2, 0, 128 | 1, 0]
    ];
    var Policy$ = [
      3,
      n0,
      _P,
      0,
      [_dDP],
      [0]
    ];
    var Processor$ = [
      3,
      n0,
      _Pr,
      0,
      [_aK, _cV, _cs, _dTC, _dK, _g, _lTM, _lCS, _mK, _pC, _pJSON, _pKV, _pRa, _pTOCSF, _pP, _pVPC, _pWAF, _rK, _sSp, _sSu, _tSr, _tCy, _uCS],
      [() => AddKeys$, () => CopyValue$, () => CSV$, () => DateTimeConverter$, () => DeleteKeys$, () => Grok$, () => ListToMap$, () => LowerCaseString$, () => MoveKeys$, () => ParseCloudfront$, () => ParseJSON$, () => ParseKeyValue$, () => ParseRoute53$, () => ParseToOCSF$, () => ParsePostgres$, () => ParseVPC$, () => ParseWAF$, () => RenameKeys$, () => SplitString$, () => SubstituteString$, () => TrimString$, () => TypeConverter$, () => UpperCaseString$]
    ];
    var PutAccountPolicyRequest$ = [
      3,
      n0,
      _PAPR,
      0,
      [_pN, _pD, _pT, _sc, _sC, _dR],
      [0, 0, 0, 0, 0, 2],
      3
    ];
    var PutAccountPolicyResponse$ = [
      3,
      n0,
      _PAPRu,
      0,
      [_aPcc, _dRR],
      [() => AccountPolicy$, () => DryRunResult$]
    ];
    var PutBearerTokenAuthenticationRequest$ = [
      3,
      n0,
      _PBTAR,
      0,
      [_lGIo, _bTAE],
      [0, 2],
      2
    ];
    var PutDataProtectionPolicyRequest$ = [
      3,
      n0,
      _PDPPR,
      0,
      [_lGIo, _pD],
      [0, 0],
      2
    ];
    var PutDataProtectionPolicyResponse$ = [
      3,
      n0,
      _PDPPRu,
      0,
      [_lGIo, _pD, _lUT],
      [0, 0, 1]
    ];
    var PutDeliveryDestinationPolicyRequest$ = [
      3,
      n0,
      _PDDPR,
      0,
      [_dDN, _dDP],
      [0, 0],
      2
    ];
    var PutDeliveryDestinationPolicyResponse$ = [
      3,
      n0,
      _PDDPRu,
      0,
      [_po],
      [() => Policy$]
    ];
    var PutDeliveryDestinationRequest$ = [
      3,
      n0,
      _PDDR,
      0,
      [_n, _oF, _dDC, _dDT, _rAo, _ta],
      [0, 0, () => DeliveryDestinationConfiguration$, 0, 0, 128 | 0],
      1
    ];
    var PutDeliveryDestinationResponse$ = [
      3,
      n0,
      _PDDRu,
      0,
      [_dDe],
      [() => DeliveryDestination$]
    ];
    var PutDeliverySourceRequest$ = [
      3,
      n0,
      _PDSR,
      0,
      [_n, _rA, _lT, _ta, _dSC],
      [0, 0, 0, 128 | 0, 128 | 0],
      3
    ];
    var PutDeliverySourceResponse$ = [
      3,
      n0,
      _PDSRu,
      0,
      [_dSel],
      [() => DeliverySource$]
    ];
    var PutDestinationPolicyRequest$ = [
      3,
      n0,
      _PDPR,
      0,
      [_dNe, _aPc, _fU],
      [0, 0, 2],
      2
    ];
    var PutDestinationRequest$ = [
      3,
      n0,
      _PDR,
      0,
      [_dNe, _tA, _rAo, _ta],
      [0, 0, 0, 128 | 0],
      3
    ];
    var PutDestinationResponse$ = [
      3,
      n0,
      _PDRu,
      0,
      [_des],
      [() => Destination$]
    ];
    var PutIndexPolicyRequest$ = [
      3,
      n0,
      _PIPR,
      0,
      [_lGIo, _pD],
      [0, 0],
      2
    ];
    var PutIndexPolicyResponse$ = [
      3,
      n0,
      _PIPRu,
      0,
      [_iPnd],
      [() => IndexPolicy$]
    ];
    var PutIntegrationRequest$ = [
      3,
      n0,
      _PIR,
      0,
      [_iN, _rCe, _iTn],
      [0, () => ResourceConfig$, 0],
      3
    ];
    var PutIntegrationResponse$ = [
      3,
      n0,
      _PIRu,
      0,
      [_iN, _iSn],
      [0, 0]
    ];
    var PutLogEventsRequest$ = [
      3,
      n0,
      _PLER,
      0,
      [_lGN, _lSN, _lE, _sTe, _ent],
      [0, 0, () => InputLogEvents, 0, () => Entity$],
      3
    ];
    var PutLogEventsResponse$ = [
      3,
      n0,
      _PLERu,
      0,
      [_nST, _rLEI, _rEI],
      [0, () => RejectedLogEventsInfo$, () => RejectedEntityInfo$]
    ];
    var PutLogGroupDeletionProtectionRequest$ = [
      3,
      n0,
      _PLGDPR,
      0,
      [_lGIo, _dPE],
      [0, 2],
      2
    ];
    var PutMetricFilterRequest$ = [
      3,
      n0,
      _PMFR,
      0,
      [_lGN, _fN, _fP, _mT, _aOTL, _fSC, _eSFD],
      [0, 0, 0, () => MetricTransformations, 2, 0, 64 | 0],
      4
    ];
    var PutQueryDefinitionRequest$ = [
      3,
      n0,
      _PQDR,
      0,
      [_n, _qS, _qL, _qDI, _lGNo, _cTl, _pa],
      [0, 0, 0, 0, 64 | 0, [0, 4], () => QueryParameterList],
      2
    ];
    var PutQueryDefinitionResponse$ = [
      3,
      n0,
      _PQDRu,
      0,
      [_qDI],
      [0]
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_pN, _pD, _rA, _eRI],
      [0, 0, 0, 0]
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_rPe, _rIev],
      [() => ResourcePolicy$, 0]
    ];
    var PutRetentionPolicyRequest$ = [
      3,
      n0,
      _PRPRut,
      0,
      [_lGN, _rID],
      [0, 1],
      2
    ];
    var PutStorageTierPolicyRequest$ = [
      3,
      n0,
      _PSTPR,
      0,
      [_sTto],
      [0],
      1
    ];
    var PutStorageTierPolicyResponse$ = [
      3,
      n0,
      _PSTPRu,
      0,
      [_sTto, _lUT],
      [0, 1]
    ];
    var PutSubscriptionFilterRequest$ = [
      3,
      n0,
      _PSFR,
      0,
      [_lGN, _fN, _fP, _dA, _rAo, _dis, _aOTL, _fSC, _eSF],
      [0, 0, 0, 0, 0, 0, 2, 0, 64 | 0],
      4
    ];
    var PutSyslogConfigurationRequest$ = [
      3,
      n0,
      _PSCR,
      0,
      [_lGIo, _vEI],
      [0, 0],
      1
    ];
    var PutTransformerRequest$ = [
      3,
      n0,
      _PTR,
      0,
      [_lGIo, _tC],
      [0, () => Processors],
      2
    ];
    var QueryCompileError$ = [
      3,
      n0,
      _QCE,
      0,
      [_lo, _m],
      [() => QueryCompileErrorLocation$, 0]
    ];
    var QueryCompileErrorLocation$ = [
      3,
      n0,
      _QCEL,
      0,
      [_sCO, _eCO],
      [1, 1]
    ];
    var QueryDefinition$ = [
      3,
      n0,
      _QD,
      0,
      [_qL, _qDI, _n, _qS, _lM, _lGNo, _pa],
      [0, 0, 0, 0, 1, 64 | 0, () => QueryParameterList]
    ];
    var QueryInfo$ = [
      3,
      n0,
      _QI,
      0,
      [_qL, _qI, _qS, _sta, _cTr, _lGN, _qDu, _bS, _uI],
      [0, 0, 0, 0, 1, 0, 1, 1, 0]
    ];
    var QueryParameter$ = [
      3,
      n0,
      _QP,
      0,
      [_n, _dV, _d],
      [0, 0, 0],
      1
    ];
    var QueryStatistics$ = [
      3,
      n0,
      _QS,
      0,
      [_rM, _rS, _eRS, _bS, _eBS, _lGS, _rCes],
      [1, 1, 1, 1, 1, 1, 1]
    ];
    var RecordField$ = [
      3,
      n0,
      _RF,
      0,
      [_n, _man],
      [0, 2]
    ];
    var RejectedEntityInfo$ = [
      3,
      n0,
      _REI,
      0,
      [_eTr],
      [0],
      1
    ];
    var RejectedLogEventsInfo$ = [
      3,
      n0,
      _RLEI,
      0,
      [_tNLESI, _tOLEEI, _eLEEI],
      [1, 1, 1]
    ];
    var RenameKeyEntry$ = [
      3,
      n0,
      _RKE,
      0,
      [_k, _rTen, _oIE],
      [0, 0, 2],
      2
    ];
    var RenameKeys$ = [
      3,
      n0,
      _RK,
      0,
      [_en],
      [() => RenameKeyEntries],
      1
    ];
    var ResourcePolicy$ = [
      3,
      n0,
      _RP,
      0,
      [_pN, _pD, _lUT, _pSo, _rA, _rIev],
      [0, 0, 1, 0, 0, 0]
    ];
    var ResultField$ = [
      3,
      n0,
      _RFe,
      0,
      [_fie, _v],
      [0, 0]
    ];
    var S3Configuration$ = [
      3,
      n0,
      _SC,
      0,
      [_dI, _rAo, _oAI, _kKI],
      [0, 0, 0, 0],
      2
    ];
    var S3DeliveryConfiguration$ = [
      3,
      n0,
      _SDC,
      0,
      [_sP, _eHCP],
      [0, 2]
    ];
    var S3TableIntegrationSource$ = [
      3,
      n0,
      _STIS,
      0,
      [_i, _dS, _sta, _sR, _cTSr, _pSI],
      [0, () => DataSource$, 0, 0, 1, 0]
    ];
    var S3TablesIntegration$ = [
      3,
      n0,
      _STI,
      0,
      [_dNa, _dT],
      [0, 0]
    ];
    var ScheduledQueryDestination$ = [
      3,
      n0,
      _SQD,
      0,
      [_dTe, _dI, _sta, _pIr, _eM],
      [0, 0, 0, 0, 0]
    ];
    var ScheduledQuerySummary$ = [
      3,
      n0,
      _SQS,
      0,
      [_sQA, _n, _st, _sTc, _lTT, _lES, _sE, _ti, _dC, _cT, _lUT],
      [0, 0, 0, 0, 1, 0, 0, 0, () => DestinationConfiguration$, 1, 1]
    ];
    var SearchedLogStream$ = [
      3,
      n0,
      _SLS,
      0,
      [_lSN, _sCe],
      [0, 2]
    ];
    var SplitString$ = [
      3,
      n0,
      _SS,
      0,
      [_en],
      [() => SplitStringEntries],
      1
    ];
    var SplitStringEntry$ = [
      3,
      n0,
      _SSEp,
      0,
      [_so, _del],
      [0, 0],
      2
    ];
    var StartLiveTailRequest$ = [
      3,
      n0,
      _SLTR,
      0,
      [_lGI, _lSNo, _lSNPo, _lEFP],
      [64 | 0, 64 | 0, 64 | 0, 0],
      1
    ];
    var StartLiveTailResponse$ = [
      3,
      n0,
      _SLTRt,
      0,
      [_rSe],
      [[() => StartLiveTailResponseStream$, 0]]
    ];
    var StartQueryRequest$ = [
      3,
      n0,
      _SQR,
      0,
      [_sTt, _eTn, _qS, _qL, _lGN, _lGNo, _lGI, _li],
      [1, 1, 0, 0, 0, 64 | 0, 64 | 0, 1],
      3
    ];
    var StartQueryResponse$ = [
      3,
      n0,
      _SQRt,
      0,
      [_qI],
      [0]
    ];
    var StopQueryRequest$ = [
      3,
      n0,
      _SQRto,
      0,
      [_qI],
      [0],
      1
    ];
    var StopQueryResponse$ = [
      3,
      n0,
      _SQRtop,
      0,
      [_suc],
      [2]
    ];
    var SubscriptionFilter$ = [
      3,
      n0,
      _SF,
      0,
      [_fN, _lGN, _fP, _dA, _rAo, _dis, _aOTL, _cT, _fSC, _eSF],
      [0, 0, 0, 0, 0, 0, 2, 1, 0, 64 | 0]
    ];
    var SubstituteString$ = [
      3,
      n0,
      _SSu,
      0,
      [_en],
      [() => SubstituteStringEntries],
      1
    ];
    var SubstituteStringEntry$ = [
      3,
      n0,
      _SSEu,
      0,
      [_so, _f, _to],
      [0, 0, 0],
      3
    ];
    var SuppressionPeriod$ = [
      3,
      n0,
      _SP,
      0,
      [_v, _sUu],
      [1, 0]
    ];
    var SyslogConfiguration$ = [
      3,
      n0,
      _SCy,
      0,
      [_lGA, _sTo, _vEI, _cA],
      [0, 0, 0, 1]
    ];
    var TagFilter$ = [
      3,
      n0,
      _TF,
      0,
      [_k, _va],
      [0, 64 | 0],
      1
    ];
    var TagLogGroupRequest$ = [
      3,
      n0,
      _TLGR,
      0,
      [_lGN, _ta],
      [0, 128 | 0],
      2
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_rA, _ta],
      [0, 128 | 0],
      2
    ];
    var TestMetricFilterRequest$ = [
      3,
      n0,
      _TMFR,
      0,
      [_fP, _lEM],
      [0, 64 | 0],
      2
    ];
    var TestMetricFilterResponse$ = [
      3,
      n0,
      _TMFRe,
      0,
      [_mat],
      [() => MetricFilterMatches]
    ];
    var TestTransformerRequest$ = [
      3,
      n0,
      _TTR,
      0,
      [_tC, _lEM],
      [() => Processors, 64 | 0],
      2
    ];
    var TestTransformerResponse$ = [
      3,
      n0,
      _TTRe,
      0,
      [_tL],
      [() => TransformedLogs]
    ];
    var TransformedLogRecord$ = [
      3,
      n0,
      _TLR,
      0,
      [_eN, _eMv, _tEM],
      [1, 0, 0]
    ];
    var TriggerHistoryRecord$ = [
      3,
      n0,
      _THR,
      0,
      [_qI, _eSx, _tTr, _eM, _dest],
      [0, 0, 1, 0, () => ScheduledQueryDestinationList]
    ];
    var TrimString$ = [
      3,
      n0,
      _TS,
      0,
      [_wK],
      [64 | 0],
      1
    ];
    var TypeConverter$ = [
      3,
      n0,
      _TC,
      0,
      [_en],
      [() => TypeConverterEntries],
      1
    ];
    var TypeConverterEntry$ = [
      3,
      n0,
      _TCE,
      0,
      [_k, _ty],
      [0, 0],
      2
    ];
    var UntagLogGroupRequest$ = [
      3,
      n0,
      _ULGR,
      0,
      [_lGN, _ta],
      [0, 64 | 0],
      2
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_rA, _tK],
      [0, 64 | 0],
      2
    ];
    var UpdateAnomalyRequest$ = [
      3,
      n0,
      _UAR,
      0,
      [_aDA, _aIn, _pI, _sTu, _sPu, _b],
      [0, 0, 0, 0, () => SuppressionPeriod$, 2],
      1
    ];
    var UpdateDeliveryConfigurationRequest$ = [
      3,
      n0,
      _UDCR,
      0,
      [_id, _rF, _fD, _sDC],
      [0, 64 | 0, 0, () => S3DeliveryConfiguration$],
      1
    ];
    var UpdateDeliveryConfigurationResponse$ = [
      3,
      n0,
      _UDCRp,
      0,
      [],
      []
    ];
    var UpdateLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _ULADR,
      0,
      [_aDA, _ena, _eF, _fP, _aVT],
      [0, 2, 0, 0, 1],
      2
    ];
    var UpdateLookupTableRequest$ = [
      3,
      n0,
      _ULTR,
      0,
      [_lTA, _d, _tB, _qI, _kKI],
      [0, 0, 0, 0, 0],
      1
    ];
    var UpdateLookupTableResponse$ = [
      3,
      n0,
      _ULTRp,
      0,
      [_lTA, _lUT],
      [0, 1]
    ];
    var UpdateScheduledQueryRequest$ = [
      3,
      n0,
      _USQR,
      0,
      [_i, _qL, _qS, _sE, _eRA, _d, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st],
      [0, 0, 0, 0, 0, 0, 64 | 0, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0],
      5
    ];
    var UpdateScheduledQueryResponse$ = [
      3,
      n0,
      _USQRp,
      0,
      [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
      [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
    ];
    var UpperCaseString$ = [
      3,
      n0,
      _UCS,
      0,
      [_wK],
      [64 | 0],
      1
    ];
    var __Unit = "unit";
    var AccountPolicies = [
      1,
      n0,
      _APc,
      0,
      () => AccountPolicy$
    ];
    var AddKeyEntries = [
      1,
      n0,
      _AKEd,
      0,
      () => AddKeyEntry$
    ];
    var AggregateLogGroupSummaries = [
      1,
      n0,
      _ALGSg,
      0,
      () => AggregateLogGroupSummary$
    ];
    var AllowedFields = [
      1,
      n0,
      _AF,
      0,
      () => RecordField$
    ];
    var Anomalies = [
      1,
      n0,
      _An,
      0,
      () => Anomaly$
    ];
    var AnomalyDetectors = [
      1,
      n0,
      _ADn,
      0,
      () => AnomalyDetector$
    ];
    var ConfigurationTemplates = [
      1,
      n0,
      _CTo,
      0,
      () => ConfigurationTemplate$
    ];
    var CopyValueEntries = [
      1,
      n0,
      _CVEo,
      0,
      () => CopyValueEntry$
    ];
    var DataSourceFilters = [
      1,
      n0,
      _DSFa,
      0,
      () => DataSourceFilter$
    ];
    var Deliveries = [
      1,
      n0,
      _Del,
      0,
      () => Delivery$
    ];
    var DeliveryDestinations = [
      1,
      n0,
      _DDe,
      0,
      () => DeliveryDestination$
    ];
    var DeliverySourceConfigurationSchemas = [
      1,
      n0,
      _DSCSe,
      0,
      () => DeliverySourceConfigurationSchema$
    ];
    var DeliverySources = [
      1,
      n0,
      _DSel,
      0,
      () => DeliverySource$
    ];
    var Destinations = [
      1,
      n0,
      _Des,
      0,
      () => Destination$
    ];
    var ExportTasks = [
      1,
      n0,
      _ETx,
      0,
      () => ExportTask$
    ];
    var FieldIndexes = [
      1,
      n0,
      _FIi,
      0,
      () => FieldIndex$
    ];
    var FilteredLogEvents = [
      1,
      n0,
      _FLEi,
      0,
      () => FilteredLogEvent$
    ];
    var GroupingIdentifiers = [
      1,
      n0,
      _GIr,
      0,
      () => GroupingIdentifier$
    ];
    var ImportBatchList = [
      1,
      n0,
      _IBL,
      0,
      () => ImportBatch$
    ];
    var ImportList = [
      1,
      n0,
      _IL,
      0,
      () => Import$
    ];
    var IndexPolicies = [
      1,
      n0,
      _IPn,
      0,
      () => IndexPolicy$
    ];
    var InputLogEvents = [
      1,
      n0,
      _ILEn,
      0,
      () => InputLogEvent$
    ];
    var IntegrationSummaries = [
      1,
      n0,
      _ISnt,
      0,
      () => IntegrationSummary$
    ];
    var LiveTailSessionResults = [
      1,
      n0,
      _LTSR,
      0,
      () => LiveTailSessionLogEvent$
    ];
    var LogFieldsList = [
      1,
      n0,
      _LFL,
      0,
      () => LogFieldsListItem$
    ];
    var LogGroupFieldList = [
      1,
      n0,
      _LGFL,
      0,
      () => LogGroupField$
    ];
    var LogGroupImpacts = [
      1,
      n0,
      _LGIo,
      0,
      () => LogGroupImpact$
    ];
    var LogGroups = [
      1,
      n0,
      _LGo,
      0,
      () => LogGroup$
    ];
    var LogGroupSummaries = [
      1,
      n0,
      _LGSo,
      0,
      () => LogGroupSummary$
    ];
    var LogSamples = [
      1,
      n0,
      _LSo,
      0,
      () => LogEvent$
    ];
    var LogStreams = [
      1,
      n0,
      _LSog,
      0,
      () => LogStream$
    ];
    var LookupTables = [
      1,
      n0,
      _LTo,
      0,
      () => LookupTable$
    ];
    var MetricFilterMatches = [
      1,
      n0,
      _MFM,
      0,
      () => MetricFilterMatchRecord$
    ];
    var MetricFilters = [
      1,
      n0,
      _MFe,
      0,
      () => MetricFilter$
    ];
    var MetricTransformations = [
      1,
      n0,
      _MTe,
      0,
      () => MetricTransformation$
    ];
    var MoveKeyEntries = [
      1,
      n0,
      _MKEo,
      0,
      () => MoveKeyEntry$
    ];
    var OutputLogEvents = [
      1,
      n0,
      _OLEu,
      0,
      () => OutputLogEvent$
    ];
    var PatternTokens = [
      1,
      n0,
      _PTa,
      0,
      () => PatternToken$
    ];
    var Processors = [
      1,
      n0,
      _Pro,
      0,
      () => Processor$
    ];
    var QueryDefinitionList = [
      1,
      n0,
      _QDL,
      0,
      () => QueryDefinition$
    ];
    var QueryInfoList = [
      1,
      n0,
      _QIL,
      0,
      () => QueryInfo$
    ];
    var QueryParameterList = [
      1,
      n0,
      _QPL,
      0,
      () => QueryParameter$
    ];
    var QueryResults = [
      1,
      n0,
      _QR,
      0,
      () => ResultRows
    ];
    var RenameKeyEntries = [
      1,
      n0,
      _RKEe,
      0,
      () => RenameKeyEntry$
    ];
    var ResourcePolicies = [
      1,
      n0,
      _RPe,
      0,
      () => ResourcePolicy$
    ];
    var ResultRows = [
      1,
      n0,
      _RR,
      0,
      () => ResultField$
    ];
    var S3TableIntegrationSources = [
      1,
      n0,
      _STISa,
      0,
      () => S3TableIntegrationSource$
    ];
    var ScheduledQueryDestinationList = [
      1,
      n0,
      _SQDL,
      0,
      () => ScheduledQueryDestination$
    ];
    var ScheduledQuerySummaryList = [
      1,
      n0,
      _SQSL,
      0,
      () => ScheduledQuerySummary$
    ];
    var SearchedLogStreams = [
      1,
      n0,
      _SLSe,
      0,
      () => SearchedLogStream$
    ];
    var SplitStringEntries = [
      1,
      n0,
      _SSEpl,
      0,
      () => SplitStringEntry$
    ];
    var SubscriptionFilters = [
      1,
      n0,
      _SFu,
      0,
      () => SubscriptionFilter$
    ];
    var SubstituteStringEntries = [
      1,
      n0,
      _SSEub,
      0,
      () => SubstituteStringEntry$
    ];
    var SyslogConfigurations = [
      1,
      n0,
      _SCys,
      0,
      () => SyslogConfiguration$
    ];
    var TagFilters = [
      1,
      n0,
      _TFa,
      0,
      () => TagFilter$
    ];
    var TransformedLogs = [
      1,
      n0,
      _TL,
      0,
      () => TransformedLogRecord$
    ];
    var TriggerHistoryRecordList = [
      1,
      n0,
      _THRL,
      0,
      () => TriggerHistoryRecord$
    ];
    var TypeConverterEntries = [
      1,
      n0,
      _TCEy,
      0,
      () => TypeConverterEntry$
    ];
    var GetLogObjectResponseStream$ = [
      4,
      n0,
      _GLORS,
      { [_str]: 1 },
      [_fi, _ISEn],
      [() => FieldsData$, [() => InternalStreamingException$, 0]]
    ];
    var IntegrationDetails$ = [
      4,
      n0,
      _ID,
      0,
      [_oSID],
      [() => OpenSearchIntegrationDetails$]
    ];
    var ResourceConfig$ = [
      4,
      n0,
      _RC,
      0,
      [_oSRC],
      [() => OpenSearchResourceConfig$]
    ];
    var StartLiveTailResponseStream$ = [
      4,
      n0,
      _SLTRS,
      { [_str]: 1 },
      [_sSe, _sUe, _STE, _SSE],
      [() => LiveTailSessionStart$, () => LiveTailSessionUpdate$, [() => SessionTimeoutException$, 0], [() => SessionStreamingException$, 0]]
    ];
    var AssociateKmsKey$ = [
      9,
      n0,
      _AKK,
      0,
      () => AssociateKmsKeyRequest$,
      () => __Unit
    ];
    var AssociateSourceToS3TableIntegration$ = [
      9,
      n0,
      _ASTSTI,
      0,
      () => AssociateSourceToS3TableIntegrationRequest$,
      () => AssociateSourceToS3TableIntegrationResponse$
    ];
    var CancelExportTask$ = [
      9,
      n0,
      _CET,
      0,
      () => CancelExportTaskRequest$,
      () => __Unit
    ];
    var CancelImportTask$ = [
      9,
      n0,
      _CIT,
      0,
      () => CancelImportTaskRequest$,
      () => CancelImportTaskResponse$
    ];
    var CreateDelivery$ = [
      9,
      n0,
      _CD,
      0,
      () => CreateDeliveryRequest$,
      () => CreateDeliveryResponse$
    ];
    var CreateExportTask$ = [
      9,
      n0,
      _CETr,
      0,
      () => CreateExportTaskRequest$,
      () => CreateExportTaskResponse$
    ];
    var CreateImportTask$ = [
      9,
      n0,
      _CITr,
      0,
      () => CreateImportTaskRequest$,
      () => CreateImportTaskResponse$
    ];
    var CreateLogAnomalyDetector$ = [
      9,
      n0,
      _CLAD,
      0,
      () => CreateLogAnomalyDetectorRequest$,
      () => CreateLogAnomalyDetectorResponse$
    ];
    var CreateLogGroup$ = [
      9,
      n0,
      _CLG,
      0,
      () => CreateLogGroupRequest$,
      () => __Unit
    ];
    var CreateLogStream$ = [
      9,
      n0,
      _CLS,
      0,
      () => CreateLogStreamRequest$,
      () => __Unit
    ];
    var CreateLookupTable$ = [
      9,
      n0,
      _CLT,
      0,
      () => CreateLookupTableRequest$,
      () => CreateLookupTableResponse$
    ];
    var CreateScheduledQuery$ = [
      9,
      n0,
      _CSQ,
      0,
      () => CreateScheduledQueryRequest$,
      () => CreateScheduledQueryResponse$
    ];
    var DeleteAccountPolicy$ = [
      9,
      n0,
      _DAP,
      0,
      () => DeleteAccountPolicyRequest$,
      () => DeleteAccountPolicyResponse$
    ];
    var DeleteDataProtectionPolicy$ = [
      9,
      n0,
      _DDPP,
      0,
      () => DeleteDataProtectionPolicyRequest$,
      () => __Unit
    ];
    var DeleteDelivery$ = [
      9,
      n0,
      _DDel,
      0,
      () => DeleteDeliveryRequest$,
      () => __Unit
    ];
    var DeleteDeliveryDestination$ = [
      9,
      n0,
      _DDD,
      0,
      () => DeleteDeliveryDestinationRequest$,
      () => __Unit
    ];
    var DeleteDeliveryDestinationPolicy$ = [
      9,
      n0,
      _DDDP,
      0,
      () => DeleteDeliveryDestinationPolicyRequest$,
      () => __Unit
    ];
    var DeleteDeliverySource$ = [
      9,
      n0,
      _DDS,
      0,
      () => DeleteDeliverySourceRequest$,
      () => __Unit
    ];
    var DeleteDestination$ = [
      9,
      n0,
      _DDele,
      0,
      () => DeleteDestinationRequest$,
      () => __Unit
    ];
    var DeleteIndexPolicy$ = [
      9,
      n0,
      _DIP,
      0,
      () => DeleteIndexPolicyRequest$,
      () => DeleteIndexPolicyResponse$
    ];
    var DeleteIntegration$ = [
      9,
      n0,
      _DI,
      0,
      () => DeleteIntegrationRequest$,
      () => DeleteIntegrationResponse$
    ];
    var DeleteLogAnomalyDetector$ = [
      9,
      n0,
      _DLAD,
      0,
      () => DeleteLogAnomalyDetectorRequest$,
      () => __Unit
    ];
    var DeleteLogGroup$ = [
      9,
      n0,
      _DLG,
      0,
      () => DeleteLogGroupRequest$,
      () => __Unit
    ];
    var DeleteLogStream$ = [
      9,
      n0,
      _DLS,
      0,
      () => DeleteLogStreamRequest$,
      () => __Unit
    ];
    var DeleteLookupTable$ = [
      9,
      n0,
      _DLT,
      0,
      () => DeleteLookupTableRequest$,
      () => __Unit
    ];
    var DeleteMetricFilter$ = [
      9,
      n0,
      _DMF,
      0,
      () => DeleteMetricFilterRequest$,
      () => __Unit
    ];
    var DeleteQueryDefinition$ = [
      9,
      n0,
      _DQD,
      0,
      () => DeleteQueryDefinitionRequest$,
      () => DeleteQueryDefinitionResponse$
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteResourcePolicyRequest$,
      () => __Unit
    ];
    var DeleteRetentionPolicy$ = [
      9,
      n0,
      _DRPe,
      0,
      () => DeleteRetentionPolicyRequest$,
      () => __Unit
    ];
    var DeleteScheduledQuery$ = [
      9,
      n0,
      _DSQ,
      0,
      () => DeleteScheduledQueryRequest$,
      () => DeleteScheduledQueryResponse$
    ];
    var DeleteSubscriptionFilter$ = [
      9,
      n0,
      _DSFe,
      0,
      () => DeleteSubscriptionFilterRequest$,
      () => __Unit
    ];
    var DeleteSyslogConfiguration$ = [
      9,
      n0,
      _DSC,
      0,
      () => DeleteSyslogConfigurationRequest$,
      () => __Unit
    ];
    var DeleteTransformer$ = [
      9,
      n0,
      _DT,
      0,
      () => DeleteTransformerRequest$,
      () => __Unit
    ];
    var DescribeAccountPolicies$ = [
      9,
      n0,
      _DAPe,
      0,
      () => DescribeAccountPoliciesRequest$,
      () => DescribeAccountPoliciesResponse$
    ];
    var DescribeConfigurationTemplates$ = [
      9,
      n0,
      _DCT,
      0,
      () => DescribeConfigurationTemplatesRequest$,
      () => DescribeConfigurationTemplatesResponse$
    ];
    var DescribeDeliveries$ = [
      9,
      n0,
      _DDes,
      0,
      () => DescribeDeliveriesRequest$,
      () => DescribeDeliveriesResponse$
    ];
    var DescribeDeliveryDestinations$ = [
      9,
      n0,
      _DDDe,
      0,
      () => DescribeDeliveryDestinationsRequest$,
      () => DescribeDeliveryDestinationsResponse$
    ];
    var DescribeDeliverySources$ = [
      9,
      n0,
      _DDSe,
      0,
      () => DescribeDeliverySourcesRequest$,
      () => DescribeDeliverySourcesResponse$
    ];
    var DescribeDestinations$ = [
      9,
      n0,
      _DDesc,
      0,
      () => DescribeDestinationsRequest$,
      () => DescribeDestinationsResponse$
    ];
    var DescribeExportTasks$ = [
      9,
      n0,
      _DET,
      0,
      () => DescribeExportTasksRequest$,
      () => DescribeExportTasksResponse$
    ];
    var DescribeFieldIndexes$ = [
      9,
      n0,
      _DFI,
      0,
      () => DescribeFieldIndexesRequest$,
      () => DescribeFieldIndexesResponse$
    ];
    var DescribeImportTaskBatches$ = [
      9,
      n0,
      _DITB,
      0,
      () => DescribeImportTaskBatchesRequest$,
      () => DescribeImportTaskBatchesResponse$
    ];
    var DescribeImportTasks$ = [
      9,
      n0,
      _DIT,
      0,
      () => DescribeImportTasksRequest$,
      () => DescribeImportTasksResponse$
    ];
    var DescribeIndexPolicies$ = [
      9,
      n0,
      _DIPe,
      0,
      () => DescribeIndexPoliciesRequest$,
      () => DescribeIndexPoliciesResponse$
    ];
    var DescribeLogGroups$ = [
      9,
      n0,
      _DLGe,
      0,
      () => DescribeLogGroupsRequest$,
      () => DescribeLogGroupsResponse$
    ];
    var DescribeLogStreams$ = [
      9,
      n0,
      _DLSe,
      0,
      () => DescribeLogStreamsRequest$,
      () => DescribeLogStreamsResponse$
    ];
    var DescribeLookupTables$ = [
      9,
      n0,
      _DLTe,
      0,
      () => DescribeLookupTablesRequest$,
      () => DescribeLookupTablesResponse$
    ];
    var DescribeMetricFilters$ = [
      9,
      n0,
      _DMFe,
      0,
      () => DescribeMetricFiltersRequest$,
      () => DescribeMetricFiltersResponse$
    ];
    var DescribeQueries$ = [
      9,
      n0,
      _DQ,
      0,
      () => DescribeQueriesRequest$,
      () => DescribeQueriesResponse$
    ];
    var DescribeQueryDefinitions$ = [
      9,
      n0,
      _DQDe,
      0,
      () => DescribeQueryDefinitionsRequest$,
      () => DescribeQueryDefinitionsResponse$
    ];
    var DescribeResourcePolicies$ = [
      9,
      n0,
      _DRPes,
      0,
      () => DescribeResourcePoliciesRequest$,
      () => DescribeResourcePoliciesResponse$
    ];
    var DescribeSubscriptionFilters$ = [
      9,
      n0,
      _DSFes,
      0,
      () => DescribeSubscriptionFiltersRequest$,
      () => DescribeSubscriptionFiltersResponse$
    ];
    var DisassociateKmsKey$ = [
      9,
      n0,
      _DKK,
      0,
      () => DisassociateKmsKeyRequest$,
      () => __Unit
    ];
    var DisassociateSourceFromS3TableIntegration$ = [
      9,
      n0,
      _DSFSTI,
      0,
      () => DisassociateSourceFromS3TableIntegrationRequest$,
      () => DisassociateSourceFromS3TableIntegrationResponse$
    ];
    var FilterLogEvents$ = [
      9,
      n0,
      _FLEil,
      0,
      () => FilterLogEventsRequest$,
      () => FilterLogEventsResponse$
    ];
    var GetDataProtectionPolicy$ = [
      9,
      n0,
      _GDPP,
      0,
      () => GetDataProtectionPolicyRequest$,
      () => GetDataProtectionPolicyResponse$
    ];
    var GetDelivery$ = [
      9,
      n0,
      _GD,
      0,
      () => GetDeliveryRequest$,
      () => GetDeliveryResponse$
    ];
    var GetDeliveryDestination$ = [
      9,
      n0,
      _GDD,
      0,
      () => GetDeliveryDestinationRequest$,
      () => GetDeliveryDestinationResponse$
    ];
    var GetDeliveryDestinationPolicy$ = [
      9,
      n0,
      _GDDP,
      0,
      () => GetDeliveryDestinationPolicyRequest$,
      () => GetDeliveryDestinationPolicyResponse$
    ];
    var GetDeliverySource$ = [
      9,
      n0,
      _GDS,
      0,
      () => GetDeliverySourceRequest$,
      () => GetDeliverySourceResponse$
    ];
    var GetIntegration$ = [
      9,
      n0,
      _GIe,
      0,
      () => GetIntegrationRequest$,
      () => GetIntegrationResponse$
    ];
    var GetLogAnomalyDetector$ = [
      9,
      n0,
      _GLAD,
      0,
      () => GetLogAnomalyDetectorRequest$,
      () => GetLogAnomalyDetectorResponse$
    ];
    var GetLogEvents$ = [
      9,
      n0,
      _GLE,
      0,
      () => GetLogEventsRequest$,
      () => GetLogEventsResponse$
    ];
    var GetLogFields$ = [
      9,
      n0,
      _GLF,
      0,
      () => GetLogFieldsRequest$,
      () => GetLogFieldsResponse$
    ];
    var GetLogGroupFields$ = [
      9,
      n0,
      _GLGF,
      0,
      () => GetLogGroupFieldsRequest$,
      () => GetLogGroupFieldsResponse$
    ];
    var GetLogObject$ = [
      9,
      n0,
      _GLO,
      { [_end]: ["stream-"] },
      () => GetLogObjectRequest$,
      () => GetLogObjectResponse$
    ];
    var GetLogRecord$ = [
      9,
      n0,
      _GLR,
      0,
      () => GetLogRecordRequest$,
      () => GetLogRecordResponse$
    ];
    var GetLookupTable$ = [
      9,
      n0,
      _GLT,
      0,
      () => GetLookupTableRequest$,
      () => GetLookupTableResponse$
    ];
    var GetQueryResults$ = [
      9,
      n0,
      _GQR,
      0,
      () => GetQueryResultsRequest$,
      () => GetQueryResultsResponse$
    ];
    var GetScheduledQuery$ = [
      9,
      n0,
      _GSQ,
      0,
      () => GetScheduledQueryRequest$,
      () => GetScheduledQueryResponse$
    ];
    var GetScheduledQueryHistory$ = [
      9,
      n0,
      _GSQH,
      0,
      () => GetScheduledQueryHistoryRequest$,
      () => GetScheduledQueryHistoryResponse$
    ];
    var GetStorageTierPolicy$ = [
      9,
      n0,
      _GSTP,
      0,
      () => GetStorageTierPolicyRequest$,
      () => GetStorageTierPolicyResponse$
    ];
    var GetTransformer$ = [
      9,
      n0,
      _GT,
      0,
      () => GetTransformerRequest$,
      () => GetTransformerResponse$
    ];
    var ListAggregateLogGroupSummaries$ = [
      9,
      n0,
      _LALGS,
      0,
      () => ListAggregateLogGroupSummariesRequest$,
      () => ListAggregateLogGroupSummariesResponse$
    ];
    var ListAnomalies$ = [
      9,
      n0,
      _LA,
      0,
      () => ListAnomaliesRequest$,
      () => ListAnomaliesResponse$
    ];
    var ListIntegrations$ = [
      9,
      n0,
      _LI,
      0,
      () => ListIntegrationsRequest$,
      () => ListIntegrationsResponse$
    ];
    var ListLogAnomalyDetectors$ = [
      9,
      n0,
      _LLAD,
      0,
      () => ListLogAnomalyDetectorsRequest$,
      () => ListLogAnomalyDetectorsResponse$
    ];
    var ListLogGroups$ = [
      9,
      n0,
      _LLG,
      0,
      () => ListLogGroupsRequest$,
      () => ListLogGroupsResponse$
    ];
    var ListLogGroupsForQuery$ = [
      9,
      n0,
      _LLGFQ,
      0,
      () => ListLogGroupsForQueryRequest$,
      () => ListLogGroupsForQueryResponse$
    ];
    var ListScheduledQueries$ = [
      9,
      n0,
      _LSQ,
      0,
      () => ListScheduledQueriesRequest$,
      () => ListScheduledQueriesResponse$
    ];
    var ListSourcesForS3TableIntegration$ = [
      9,
      n0,
      _LSFSTI,
      0,
      () => ListSourcesForS3TableIntegrationRequest$,
      () => ListSourcesForS3TableIntegrationResponse$
    ];
    var ListSyslogConfigurations$ = [
      9,
      n0,
      _LSC,
      0,
      () => ListSyslogConfigurationsRequest$,
      () => ListSyslogConfigurationsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var ListTagsLogGroup$ = [
      9,
      n0,
      _LTLG,
      0,
      () => ListTagsLogGroupRequest$,
      () => ListTagsLogGroupResponse$
    ];
    var PutAccountPolicy$ = [
      9,
      n0,
      _PAP,
      0,
      () => PutAccountPolicyRequest$,
      () => PutAccountPolicyResponse$
    ];
    var PutBearerTokenAuthentication$ = [
      9,
      n0,
      _PBTA,
      0,
      () => PutBearerTokenAuthenticationRequest$,
      () => __Unit
    ];
    var PutDataProtectionPolicy$ = [
      9,
      n0,
      _PDPP,
      0,
      () => PutDataProtectionPolicyRequest$,
      () => PutDataProtectionPolicyResponse$
    ];
    var PutDeliveryDestination$ = [
      9,
      n0,
      _PDD,
      0,
      () => PutDeliveryDestinationRequest$,
      () => PutDeliveryDestinationResponse$
    ];
    var PutDeliveryDestinationPolicy$ = [
      9,
      n0,
      _PDDP,
      0,
      () => PutDeliveryDestinationPolicyRequest$,
      () => PutDeliveryDestinationPolicyResponse$
    ];
    var PutDeliverySource$ = [
      9,
      n0,
      _PDS,
      0,
      () => PutDeliverySourceRequest$,
      () => PutDeliverySourceResponse$
    ];
    var PutDestination$ = [
      9,
      n0,
      _PD,
      0,
      () => PutDestinationRequest$,
      () => PutDestinationResponse$
    ];
    var PutDestinationPolicy$ = [
      9,
      n0,
      _PDP,
      0,
      () => PutDestinationPolicyRequest$,
      () => __Unit
    ];
    var PutIndexPolicy$ = [
      9,
      n0,
      _PIP,
      0,
      () => PutIndexPolicyRequest$,
      () => PutIndexPolicyResponse$
    ];
    var PutIntegration$ = [
      9,
      n0,
      _PI,
      0,
      () => PutIntegrationRequest$,
      () => PutIntegrationResponse$
    ];
    var PutLogEvents$ = [
      9,
      n0,
      _PLE,
      0,
      () => PutLogEventsRequest$,
      () => PutLogEventsResponse$
    ];
    var PutLogGroupDeletionProtection$ = [
      9,
      n0,
      _PLGDP,
      0,
      () => PutLogGroupDeletionProtectionRequest$,
      () => __Unit
    ];
    var PutMetricFilter$ = [
      9,
      n0,
      _PMF,
      0,
      () => PutMetricFilterRequest$,
      () => __Unit
    ];
    var PutQueryDefinition$ = [
      9,
      n0,
      _PQD,
      0,
      () => PutQueryDefinitionRequest$,
      () => PutQueryDefinitionResponse$
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var PutRetentionPolicy$ = [
      9,
      n0,
      _PRPu,
      0,
      () => PutRetentionPolicyRequest$,
      () => __Unit
    ];
    var PutStorageTierPolicy$ = [
      9,
      n0,
      _PSTP,
      0,
      () => PutStorageTierPolicyRequest$,
      () => PutStorageTierPolicyResponse$
    ];
    var PutSubscriptionFilter$ = [
      9,
      n0,
      _PSF,
      0,
      () => PutSubscriptionFilterRequest$,
      () => __Unit
    ];
    var PutSyslogConfiguration$ = [
      9,
      n0,
      _PSC,
      0,
      () => PutSyslogConfigurationRequest$,
      () => __Unit
    ];
    var PutTransformer$ = [
      9,
      n0,
      _PTu,
      0,
      () => PutTransformerRequest$,
      () => __Unit
    ];
    var StartLiveTail$ = [
      9,
      n0,
      _SLT,
      { [_end]: ["stream-"] },
      () => StartLiveTailRequest$,
      () => StartLiveTailResponse$
    ];
    var StartQuery$ = [
      9,
      n0,
      _SQ,
      0,
      () => StartQueryRequest$,
      () => StartQueryResponse$
    ];
    var StopQuery$ = [
      9,
      n0,
      _SQt,
      0,
      () => StopQueryRequest$,
      () => StopQueryResponse$
    ];
    var TagLogGroup$ = [
      9,
      n0,
      _TLG,
      0,
      () => TagLogGroupRequest$,
      () => __Unit
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => __Unit
    ];
    var TestMetricFilter$ = [
      9,
      n0,
      _TMF,
      0,
      () => TestMetricFilterRequest$,
      () => TestMetricFilterResponse$
    ];
    var TestTransformer$ = [
      9,
      n0,
      _TT,
      0,
      () => TestTransformerRequest$,
      () => TestTransformerResponse$
    ];
    var UntagLogGroup$ = [
      9,
      n0,
      _ULG,
      0,
      () => UntagLogGroupRequest$,
      () => __Unit
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => __Unit
    ];
    var UpdateAnomaly$ = [
      9,
      n0,
      _UA,
      0,
      () => UpdateAnomalyRequest$,
      () => __Unit
    ];
    var UpdateDeliveryConfiguration$ = [
      9,
      n0,
      _UDC,
      0,
      () => UpdateDeliveryConfigurationRequest$,
      () => UpdateDeliveryConfigurationResponse$
    ];
    var UpdateLogAnomalyDetector$ = [
      9,
      n0,
      _ULAD,
      0,
      () => UpdateLogAnomalyDetectorRequest$,
      () => __Unit
    ];
    var UpdateLookupTable$ = [
      9,
      n0,
      _ULT,
      0,
      () => UpdateLookupTableRequest$,
      () => UpdateLookupTableResponse$
    ];
    var UpdateScheduledQuery$ = [
      9,
      n0,
      _USQ,
      0,
      () => UpdateScheduledQueryRequest$,
      () => UpdateScheduledQueryResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2014-03-28",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchLogsHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.cloudwatchlogs",
          errorTypeRegistries,
          xmlNamespace: "http://monitoring.amazonaws.com/doc/2014-03-28/",
          version: "2014-03-28",
          serviceTarget: "Logs_20140328"
        },
        serviceId: config?.serviceId ?? "CloudWatch Logs",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var CloudWatchLogsClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveEventStreamSerdeConfig(_config_6);
        const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
        const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
        this.config = _config_9;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultCloudWatchLogsHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "Logs_20140328", "CloudWatchLogsClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AssociateKmsKeyCommand = class extends command(_ep0, _mw0, "AssociateKmsKey", AssociateKmsKey$) {
    };
    var AssociateSourceToS3TableIntegrationCommand = class extends command(_ep0, _mw0, "AssociateSourceToS3TableIntegration", AssociateSourceToS3TableIntegration$) {
    };
    var CancelExportTaskCommand = class extends command(_ep0, _mw0, "CancelExportTask", CancelExportTask$) {
    };
    var CancelImportTaskCommand = class extends command(_ep0, _mw0, "CancelImportTask", CancelImportTask$) {
    };
    var CreateDeliveryCommand = class extends command(_ep0, _mw0, "CreateDelivery", CreateDelivery$) {
    };
    var CreateExportTaskCommand = class extends command(_ep0, _mw0, "CreateExportTask", CreateExportTask$) {
    };
    var CreateImportTaskCommand = class extends command(_ep0, _mw0, "CreateImportTask", CreateImportTask$) {
    };
    var CreateLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "CreateLogAnomalyDetector", CreateLogAnomalyDetector$) {
    };
    var CreateLogGroupCommand = class extends command(_ep0, _mw0, "CreateLogGroup", CreateLogGroup$) {
    };
    var CreateLogStreamCommand = class extends command(_ep0, _mw0, "CreateLogStream", CreateLogStream$) {
    };
    var CreateLookupTableCommand = class extends command(_ep0, _mw0, "CreateLookupTable", CreateLookupTable$) {
    };
    var CreateScheduledQueryCommand = class extends command(_ep0, _mw0, "CreateScheduledQuery", CreateScheduledQuery$) {
    };
    var DeleteAccountPolicyCommand = class extends command(_ep0, _mw0, "DeleteAccountPolicy", DeleteAccountPolicy$) {
    };
    var DeleteDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "DeleteDataProtectionPolicy", DeleteDataProtectionPolicy$) {
    };
    var DeleteDeliveryCommand = class extends command(_ep0, _mw0, "DeleteDelivery", DeleteDelivery$) {
    };
    var DeleteDeliveryDestinationCommand = class extends command(_ep0, _mw0, "DeleteDeliveryDestination", DeleteDeliveryDestination$) {
    };
    var DeleteDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "DeleteDeliveryDestinationPolicy", DeleteDeliveryDestinationPolicy$) {
    };
    var DeleteDeliverySourceCommand = class extends command(_ep0, _mw0, "DeleteDeliverySource", DeleteDeliverySource$) {
    };
    var DeleteDestinationCommand = class extends command(_ep0, _mw0, "DeleteDestination", DeleteDestination$) {
    };
    var DeleteIndexPolicyCommand = class extends command(_ep0, _mw0, "DeleteIndexPolicy", DeleteIndexPolicy$) {
    };
    var DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
    };
    var DeleteLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "DeleteLogAnomalyDetector", DeleteLogAnomalyDetector$) {
    };
    var DeleteLogGroupCommand = class extends command(_ep0, _mw0, "DeleteLogGroup", DeleteLogGroup$) {
    };
    var DeleteLogStreamCommand = class extends command(_ep0, _mw0, "DeleteLogStream", DeleteLogStream$) {
    };
    var DeleteLookupTableCommand = class extends command(_ep0, _mw0, "DeleteLookupTable", DeleteLookupTable$) {
    };
    var DeleteMetricFilterCommand = class extends command(_ep0, _mw0, "DeleteMetricFilter", DeleteMetricFilter$) {
    };
    var DeleteQueryDefinitionCommand = class extends command(_ep0, _mw0, "DeleteQueryDefinition", DeleteQueryDefinition$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeleteRetentionPolicyCommand = class extends command(_ep0, _mw0, "DeleteRetentionPolicy", DeleteRetentionPolicy$) {
    };
    var DeleteScheduledQueryCommand = class extends command(_ep0, _mw0, "DeleteScheduledQuery", DeleteScheduledQuery$) {
    };
    var DeleteSubscriptionFilterCommand = class extends command(_ep0, _mw0, "DeleteSubscriptionFilter", DeleteSubscriptionFilter$) {
    };
    var DeleteSyslogConfigurationCommand = class extends command(_ep0, _mw0, "DeleteSyslogConfiguration", DeleteSyslogConfiguration$) {
    };
    var DeleteTransformerCommand = class extends command(_ep0, _mw0, "DeleteTransformer", DeleteTransformer$) {
    };
    var DescribeAccountPoliciesCommand = class extends command(_ep0, _mw0, "DescribeAccountPolicies", DescribeAccountPolicies$) {
    };
    var DescribeConfigurationTemplatesCommand = class extends command(_ep0, _mw0, "DescribeConfigurationTemplates", DescribeConfigurationTemplates$) {
    };
    var DescribeDeliveriesCommand = class extends command(_ep0, _mw0, "DescribeDeliveries", DescribeDeliveries$) {
    };
    var DescribeDeliveryDestinationsCommand = class extends command(_ep0, _mw0, "DescribeDeliveryDestinations", DescribeDeliveryDestinations$) {
    };
    var DescribeDeliverySourcesCommand = class extends command(_ep0, _mw0, "DescribeDeliverySources", DescribeDeliverySources$) {
    };
    var DescribeDestinationsCommand = class extends command(_ep0, _mw0, "DescribeDestinations", DescribeDestinations$) {
    };
    var DescribeExportTasksCommand = class extends command(_ep0, _mw0, "DescribeExportTasks", DescribeExportTasks$) {
    };
    var DescribeFieldIndexesCommand = class extends command(_ep0, _mw0, "DescribeFieldIndexes", DescribeFieldIndexes$) {
    };
    var DescribeImportTaskBatchesCommand = class extends command(_ep0, _mw0, "DescribeImportTaskBatches", DescribeImportTaskBatches$) {
    };
    var DescribeImportTasksCommand = class extends command(_ep0, _mw0, "DescribeImportTasks", DescribeImportTasks$) {
    };
    var DescribeIndexPoliciesCommand = class extends command(_ep0, _mw0, "DescribeIndexPolicies", DescribeIndexPolicies$) {
    };
    var DescribeLogGroupsCommand = class extends command(_ep0, _mw0, "DescribeLogGroups", DescribeLogGroups$) {
    };
    var DescribeLogStreamsCommand = class extends command(_ep0, _mw0, "DescribeLogStreams", DescribeLogStreams$) {
    };
    var DescribeLookupTablesCommand = class extends command(_ep0, _mw0, "DescribeLookupTables", DescribeLookupTables$) {
    };
    var DescribeMetricFiltersCommand = class extends command(_ep0, _mw0, "DescribeMetricFilters", DescribeMetricFilters$) {
    };
    var DescribeQueriesCommand = class extends command(_ep0, _mw0, "DescribeQueries", DescribeQueries$) {
    };
    var DescribeQueryDefinitionsCommand = class extends command(_ep0, _mw0, "DescribeQueryDefinitions", DescribeQueryDefinitions$) {
    };
    var DescribeResourcePoliciesCommand = class extends command(_ep0, _mw0, "DescribeResourcePolicies", DescribeResourcePolicies$) {
    };
    var DescribeSubscriptionFiltersCommand = class extends command(_ep0, _mw0, "DescribeSubscriptionFilters", DescribeSubscriptionFilters$) {
    };
    var DisassociateKmsKeyCommand = class extends command(_ep0, _mw0, "DisassociateKmsKey", DisassociateKmsKey$) {
    };
    var DisassociateSourceFromS3TableIntegrationCommand = class extends command(_ep0, _mw0, "DisassociateSourceFromS3TableIntegration", DisassociateSourceFromS3TableIntegration$) {
    };
    var FilterLogEventsCommand = class extends command(_ep0, _mw0, "FilterLogEvents", FilterLogEvents$) {
    };
    var GetDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$) {
    };
    var GetDeliveryCommand = class extends command(_ep0, _mw0, "GetDelivery", GetDelivery$) {
    };
    var GetDeliveryDestinationCommand = class extends command(_ep0, _mw0, "GetDeliveryDestination", GetDeliveryDestination$) {
    };
    var GetDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "GetDeliveryDestinationPolicy", GetDeliveryDestinationPolicy$) {
    };
    var GetDeliverySourceCommand = class extends command(_ep0, _mw0, "GetDeliverySource", GetDeliverySource$) {
    };
    var GetIntegrationCommand = class extends command(_ep0, _mw0, "GetIntegration", GetIntegration$) {
    };
    var GetLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "GetLogAnomalyDetector", GetLogAnomalyDetector$) {
    };
    var GetLogEventsCommand = class extends command(_ep0, _mw0, "GetLogEvents", GetLogEvents$) {
    };
    var GetLogFieldsCommand = class extends command(_ep0, _mw0, "GetLogFields", GetLogFields$) {
    };
    var GetLogGroupFieldsCommand = class extends command(_ep0, _mw0, "GetLogGroupFields", GetLogGroupFields$) {
    };
    var GetLogObjectCommand = class extends command(_ep0, _mw0, "GetLogObject", GetLogObject$) {
    };
    var GetLogRecordCommand = class extends command(_ep0, _mw0, "GetLogRecord", GetLogRecord$) {
    };
    var GetLookupTableCommand = class extends command(_ep0, _mw0, "GetLookupTable", GetLookupTable$) {
    };
    var GetQueryResultsCommand = class extends command(_ep0, _mw0, "GetQueryResults", GetQueryResults$) {
    };
    var GetScheduledQueryCommand = class extends command(_ep0, _mw0, "GetScheduledQuery", GetScheduledQuery$) {
    };
    var GetScheduledQueryHistoryCommand = class extends command(_ep0, _mw0, "GetScheduledQueryHistory", GetScheduledQueryHistory$) {
    };
    var GetStorageTierPolicyCommand = class extends command(_ep0, _mw0, "GetStorageTierPolicy", GetStorageTierPolicy$) {
    };
    var GetTransformerCommand = class extends command(_ep0, _mw0, "GetTransformer", GetTransformer$) {
    };
    var ListAggregateLogGroupSummariesCommand = class extends command(_ep0, _mw0, "ListAggregateLogGroupSummaries", ListAggregateLogGroupSummaries$) {
    };
    var ListAnomaliesCommand = class extends command(_ep0, _mw0, "ListAnomalies", ListAnomalies$) {
    };
    var ListIntegrationsCommand = class extends command(_ep0, _mw0, "ListIntegrations", ListIntegrations$) {
    };
    var ListLogAnomalyDetectorsCommand = class extends command(_ep0, _mw0, "ListLogAnomalyDetectors", ListLogAnomalyDetectors$) {
    };
    var ListLogGroupsCommand = class extends command(_ep0, _mw0, "ListLogGroups", ListLogGroups$) {
    };
    var ListLogGroupsForQueryCommand = class extends command(_ep0, _mw0, "ListLogGroupsForQuery", ListLogGroupsForQuery$) {
    };
    var ListScheduledQueriesCommand = class extends command(_ep0, _mw0, "ListScheduledQueries", ListScheduledQueries$) {
    };
    var ListSourcesForS3TableIntegrationCommand = class extends command(_ep0, _mw0, "ListSourcesForS3TableIntegration", ListSourcesForS3TableIntegration$) {
    };
    var ListSyslogConfigurationsCommand = class extends command(_ep0, _mw0, "ListSyslogConfigurations", ListSyslogConfigurations$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListTagsLogGroupCommand = class extends command(_ep0, _mw0, "ListTagsLogGroup", ListTagsLogGroup$) {
    };
    var PutAccountPolicyCommand = class extends command(_ep0, _mw0, "PutAccountPolicy", PutAccountPolicy$) {
    };
    var PutBearerTokenAuthenticationCommand = class extends command(_ep0, _mw0, "PutBearerTokenAuthentication", PutBearerTokenAuthentication$) {
    };
    var PutDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$) {
    };
    var PutDeliveryDestinationCommand = class extends command(_ep0, _mw0, "PutDeliveryDestination", PutDeliveryDestination$) {
    };
    var PutDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "PutDeliveryDestinationPolicy", PutDeliveryDestinationPolicy$) {
    };
    var PutDeliverySourceCommand = class extends command(_ep0, _mw0, "PutDeliverySource", PutDeliverySource$) {
    };
    var PutDestinationCommand = class extends command(_ep0, _mw0, "PutDestination", PutDestination$) {
    };
    var PutDestinationPolicyCommand = class extends command(_ep0, _mw0, "PutDestinationPolicy", PutDestinationPolicy$) {
    };
    var PutIndexPolicyCommand = class extends command(_ep0, _mw0, "PutIndexPolicy", PutIndexPolicy$) {
    };
    var PutIntegrationCommand = class extends command(_ep0, _mw0, "PutIntegration", PutIntegration$) {
    };
    var PutLogEventsCommand = class extends command(_ep0, _mw0, "PutLogEvents", PutLogEvents$) {
    };
    var PutLogGroupDeletionProtectionCommand = class extends command(_ep0, _mw0, "PutLogGroupDeletionProtection", PutLogGroupDeletionProtection$) {
    };
    var PutMetricFilterCommand = class extends command(_ep0, _mw0, "PutMetricFilter", PutMetricFilter$) {
    };
    var PutQueryDefinitionCommand = class extends command(_ep0, _mw0, "PutQueryDefinition", PutQueryDefinition$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var PutRetentionPolicyCommand = class extends command(_ep0, _mw0, "PutRetentionPolicy", PutRetentionPolicy$) {
    };
    var PutStorageTierPolicyCommand = class extends command(_ep0, _mw0, "PutStorageTierPolicy", PutStorageTierPolicy$) {
    };
    var PutSubscriptionFilterCommand = class extends command(_ep0, _mw0, "PutSubscriptionFilter", PutSubscriptionFilter$) {
    };
    var PutSyslogConfigurationCommand = class extends command(_ep0, _mw0, "PutSyslogConfiguration", PutSyslogConfiguration$) {
    };
    var PutTransformerCommand = class extends command(_ep0, _mw0, "PutTransformer", PutTransformer$) {
    };
    var StartLiveTailCommand = class extends command(_ep0, _mw0, "StartLiveTail", StartLiveTail$) {
    };
    var StartQueryCommand = class extends command(_ep0, _mw0, "StartQuery", StartQuery$) {
    };
    var StopQueryCommand = class extends command(_ep0, _mw0, "StopQuery", StopQuery$) {
    };
    var TagLogGroupCommand = class extends command(_ep0, _mw0, "TagLogGroup", TagLogGroup$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TestMetricFilterCommand = class extends command(_ep0, _mw0, "TestMetricFilter", TestMetricFilter$) {
    };
    var TestTransformerCommand = class extends command(_ep0, _mw0, "TestTransformer", TestTransformer$) {
    };
    var UntagLogGroupCommand = class extends command(_ep0, _mw0, "UntagLogGroup", UntagLogGroup$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateAnomalyCommand = class extends command(_ep0, _mw0, "UpdateAnomaly", UpdateAnomaly$) {
    };
    var UpdateDeliveryConfigurationCommand = class extends command(_ep0, _mw0, "UpdateDeliveryConfiguration", UpdateDeliveryConfiguration$) {
    };
    var UpdateLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "UpdateLogAnomalyDetector", UpdateLogAnomalyDetector$) {
    };
    var UpdateLookupTableCommand = class extends command(_ep0, _mw0, "UpdateLookupTable", UpdateLookupTable$) {
    };
    var UpdateScheduledQueryCommand = class extends command(_ep0, _mw0, "UpdateScheduledQuery", UpdateScheduledQuery$) {
    };
    var paginateDescribeConfigurationTemplates = createPaginator(CloudWatchLogsClient2, DescribeConfigurationTemplatesCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeDeliveries = createPaginator(CloudWatchLogsClient2, DescribeDeliveriesCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeDeliveryDestinations = createPaginator(CloudWatchLogsClient2, DescribeDeliveryDestinationsCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeDeliverySources = createPaginator(CloudWatchLogsClient2, DescribeDeliverySourcesCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeDestinations = createPaginator(CloudWatchLogsClient2, DescribeDestinationsCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeLogGroups = createPaginator(CloudWatchLogsClient2, DescribeLogGroupsCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeLogStreams = createPaginator(CloudWatchLogsClient2, DescribeLogStreamsCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeMetricFilters = createPaginator(CloudWatchLogsClient2, DescribeMetricFiltersCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeSubscriptionFilters = createPaginator(CloudWatchLogsClient2, DescribeSubscriptionFiltersCommand, "nextToken", "nextToken", "limit");
    var paginateFilterLogEvents = createPaginator(CloudWatchLogsClient2, FilterLogEventsCommand, "nextToken", "nextToken", "limit");
    var paginateGetLogEvents = createPaginator(CloudWatchLogsClient2, GetLogEventsCommand, "nextToken", "nextForwardToken", "limit");
    var paginateGetScheduledQueryHistory = createPaginator(CloudWatchLogsClient2, GetScheduledQueryHistoryCommand, "nextToken", "nextToken", "maxResults");
    var paginateListAggregateLogGroupSummaries = createPaginator(CloudWatchLogsClient2, ListAggregateLogGroupSummariesCommand, "nextToken", "nextToken", "limit");
    var paginateListAnomalies = createPaginator(CloudWatchLogsClient2, ListAnomaliesCommand, "nextToken", "nextToken", "limit");
    var paginateListLogAnomalyDetectors = createPaginator(CloudWatchLogsClient2, ListLogAnomalyDetectorsCommand, "nextToken", "nextToken", "limit");
    var paginateListLogGroupsForQuery = createPaginator(CloudWatchLogsClient2, ListLogGroupsForQueryCommand, "nextToken", "nextToken", "maxResults");
    var paginateListScheduledQueries = createPaginator(CloudWatchLogsClient2, ListScheduledQueriesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListSourcesForS3TableIntegration = createPaginator(CloudWatchLogsClient2, ListSourcesForS3TableIntegrationCommand, "nextToken", "nextToken", "maxResults");
    var commands = {
      AssociateKmsKeyCommand,
      AssociateSourceToS3TableIntegrationCommand,
      CancelExportTaskCommand,
      CancelImportTaskCommand,
      CreateDeliveryCommand,
      CreateExportTaskCommand,
      CreateImportTaskCommand,
      CreateLogAnomalyDetectorCommand,
      CreateLogGroupCommand,
      CreateLogStreamCommand,
      CreateLookupTableCommand,
      CreateScheduledQueryCommand,
      DeleteAccountPolicyCommand,
      DeleteDataProtectionPolicyCommand,
      DeleteDeliveryCommand,
      DeleteDeliveryDestinationCommand,
      DeleteDeliveryDestinationPolicyCommand,
      DeleteDeliverySourceCommand,
      DeleteDestinationCommand,
      DeleteIndexPolicyCommand,
      DeleteIntegrationCommand,
      DeleteLogAnomalyDetectorCommand,
      DeleteLogGroupCommand,
      DeleteLogStreamCommand,
      DeleteLookupTableCommand,
      DeleteMetricFilterCommand,
      DeleteQueryDefinitionCommand,
      DeleteResourcePolicyCommand,
      DeleteRetentionPolicyCommand,
      DeleteScheduledQueryCommand,
      DeleteSubscriptionFilterCommand,
      DeleteSyslogConfigurationCommand,
      DeleteTransformerCommand,
      DescribeAccountPoliciesCommand,
      DescribeConfigurationTemplatesCommand,
      DescribeDeliveriesCommand,
      DescribeDeliveryDestinationsCommand,
      DescribeDeliverySourcesCommand,
      DescribeDestinationsCommand,
      DescribeExportTasksCommand,
      DescribeFieldIndexesCommand,
      DescribeImportTaskBatchesCommand,
      DescribeImportTasksCommand,
      DescribeIndexPoliciesCommand,
      DescribeLogGroupsCommand,
      DescribeLogStreamsCommand,
      DescribeLookupTablesCommand,
      DescribeMetricFiltersCommand,
      DescribeQueriesCommand,
      DescribeQueryDefinitionsCommand,
      DescribeResourcePoliciesCommand,
      DescribeSubscriptionFiltersCommand,
      DisassociateKmsKeyCommand,
      DisassociateSourceFromS3TableIntegrationCommand,
      FilterLogEventsCommand,
      GetDataProtectionPolicyCommand,
      GetDeliveryCommand,
      GetDeliveryDestinationCommand,
      GetDeliveryDestinationPolicyCommand,
      GetDeliverySourceCommand,
      GetIntegrationCommand,
      GetLogAnomalyDetectorCommand,
      GetLogEventsCommand,
      GetLogFieldsCommand,
      GetLogGroupFieldsCommand,
      GetLogObjectCommand,
      GetLogRecordCommand,
      GetLookupTableCommand,
      GetQueryResultsCommand,
      GetScheduledQueryCommand,
      GetScheduledQueryHistoryCommand,
      GetStorageTierPolicyCommand,
      GetTransformerCommand,
      ListAggregateLogGroupSummariesCommand,
      ListAnomaliesCommand,
      ListIntegrationsCommand,
      ListLogAnomalyDetectorsCommand,
      ListLogGroupsCommand,
      ListLogGroupsForQueryCommand,
      ListScheduledQueriesCommand,
      ListSourcesForS3TableIntegrationCommand,
      ListSyslogConfigurationsCommand,
      ListTagsForResourceCommand,
      ListTagsLogGroupCommand,
      PutAccountPolicyCommand,
      PutBearerTokenAuthenticationCommand,
      PutDataProtectionPolicyCommand,
      PutDeliveryDestinationCommand,
      PutDeliveryDestinationPolicyCommand,
      PutDeliverySourceCommand,
      PutDestinationCommand,
      PutDestinationPolicyCommand,
      PutIndexPolicyCommand,
      PutIntegrationCommand,
      PutLogEventsCommand,
      PutLogGroupDeletionProtectionCommand,
      PutMetricFilterCommand,
      PutQueryDefinitionCommand,
      PutResourcePolicyCommand,
      PutRetentionPolicyCommand,
      PutStorageTierPolicyCommand,
      PutSubscriptionFilterCommand,
      PutSyslogConfigurationCommand,
      PutTransformerCommand,
      StartLiveTailCommand,
      StartQueryCommand,
      StopQueryCommand,
      TagLogGroupCommand,
      TagResourceCommand,
      TestMetricFilterCommand,
      TestTransformerCommand,
      UntagLogGroupCommand,
      UntagResourceCommand,
      UpdateAnomalyCommand,
      UpdateDeliveryConfigurationCommand,
      UpdateLogAnomalyDetectorCommand,
      UpdateLookupTableCommand,
      UpdateScheduledQueryCommand
    };
    var paginators = {
      paginateDescribeConfigurationTemplates,
      paginateDescribeDeliveries,
      paginateDescribeDeliveryDestinations,
      paginateDescribeDeliverySources,
      paginateDescribeDestinations,
      paginateDescribeLogGroups,
      paginateDescribeLogStreams,
      paginateDescribeMetricFilters,
      paginateDescribeSubscriptionFilters,
      paginateFilterLogEvents,
      paginateGetLogEvents,
      paginateGetScheduledQueryHistory,
      paginateListAggregateLogGroupSummaries,
      paginateListAnomalies,
      paginateListLogAnomalyDetectors,
      paginateListLogGroupsForQuery,
      paginateListScheduledQueries,
      paginateListSourcesForS3TableIntegration
    };
    var CloudWatchLogs = class extends CloudWatchLogsClient2 {
    };
    createAggregatedClient(commands, CloudWatchLogs, { paginators });
    var PolicyType = {
      DATA_PROTECTION_POLICY: "DATA_PROTECTION_POLICY",
      FIELD_INDEX_POLICY: "FIELD_INDEX_POLICY",
      METRIC_EXTRACTION_POLICY: "METRIC_EXTRACTION_POLICY",
      RETENTION_POLICY: "RETENTION_POLICY",
      SUBSCRIPTION_FILTER_POLICY: "SUBSCRIPTION_FILTER_POLICY",
      TRANSFORMER_POLICY: "TRANSFORMER_POLICY"
    };
    var Scope = {
      ALL: "ALL"
    };
    var ActionStatus = {
      CLIENT_ERROR: "CLIENT_ERROR",
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var State = {
      Active: "Active",
      Baseline: "Baseline",
      Suppressed: "Suppressed"
    };
    var AnomalyDetectorStatus = {
      ANALYZING: "ANALYZING",
      DELETED: "DELETED",
      FAILED: "FAILED",
      INITIALIZING: "INITIALIZING",
      PAUSED: "PAUSED",
      TRAINING: "TRAINING"
    };
    var EvaluationFrequency = {
      FIFTEEN_MIN: "FIFTEEN_MIN",
      FIVE_MIN: "FIVE_MIN",
      ONE_HOUR: "ONE_HOUR",
      ONE_MIN: "ONE_MIN",
      TEN_MIN: "TEN_MIN",
      THIRTY_MIN: "THIRTY_MIN"
    };
    var ImportStatus = {
      CANCELLED: "CANCELLED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var OutputFormat = {
      JSON: "json",
      PARQUET: "parquet",
      PLAIN: "plain",
      RAW: "raw",
      W3C: "w3c"
    };
    var DeliveryDestinationType = {
      CWL: "CWL",
      FH: "FH",
      S3: "S3",
      XRAY: "XRAY"
    };
    var DeliverySourceConfigurationSchemaValueType = {
      BOOLEAN: "boolean",
      DOUBLE: "double",
      INT: "int",
      LONG: "long",
      STRING: "string"
    };
    var LogGroupClass = {
      DELIVERY: "DELIVERY",
      ESSENTIALS: "ESSENTIALS",
      INFREQUENT_ACCESS: "INFREQUENT_ACCESS",
      STANDARD: "STANDARD"
    };
    var QueryLanguage = {
      CWLI: "CWLI",
      PPL: "PPL",
      SQL: "SQL"
    };
    var ScheduledQueryState = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var DataProtectionStatus = {
      ACTIVATED: "ACTIVATED",
      ARCHIVED: "ARCHIVED",
      DELETED: "DELETED",
      DISABLED: "DISABLED"
    };
    var DeliverySourceStatus = {
      ACTIVE: "ACTIVE",
      INACTIVE: "INACTIVE"
    };
    var DeliverySourceStatusReason = {
      RESOURCE_DELETED: "RESOURCE_DELETED"
    };
    var ExportTaskStatusCode = {
      CANCELLED: "CANCELLED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      PENDING: "PENDING",
      PENDING_CANCEL: "PENDING_CANCEL",
      RUNNING: "RUNNING"
    };
    var IndexCategory = {
      AUTO: "AUTO",
      CUSTOM: "CUSTOM",
      DEFAULT: "DEFAULT",
      INACTIVE: "INACTIVE"
    };
    var IndexType = {
      FACET: "FACET",
      FIELD_INDEX: "FIELD_INDEX"
    };
    var IndexSource = {
      ACCOUNT: "ACCOUNT",
      LOG_GROUP: "LOG_GROUP"
    };
    var InheritedProperty = {
      ACCOUNT_DATA_PROTECTION: "ACCOUNT_DATA_PROTECTION"
    };
    var OrderBy = {
      LastEventTime: "LastEventTime",
      LogStreamName: "LogStreamName"
    };
    var StandardUnit = {
      Bits: "Bits",
      BitsSecond: "Bits/Second",
      Bytes: "Bytes",
      BytesSecond: "Bytes/Second",
      Count: "Count",
      CountSecond: "Count/Second",
      Gigabits: "Gigabits",
      GigabitsSecond: "Gigabits/Second",
      Gigabytes: "Gigabytes",
      GigabytesSecond: "Gigabytes/Second",
      Kilobits: "Kilobits",
      KilobitsSecond: "Kilobits/Second",
      Kilobytes: "Kilobytes",
      KilobytesSecond: "Kilobytes/Second",
      Megabits: "Megabits",
      MegabitsSecond: "Megabits/Second",
      Megabytes: "Megabytes",
      MegabytesSecond: "Megabytes/Second",
      Microseconds: "Microseconds",
      Milliseconds: "Milliseconds",
      None: "None",
      Percent: "Percent",
      Seconds: "Seconds",
      Terabits: "Terabits",
      TerabitsSecond: "Terabits/Second",
      Terabytes: "Terabytes",
      TerabytesSecond: "Terabytes/Second"
    };
    var QueryStatus = {
      Cancelled: "Cancelled",
      Complete: "Complete",
      Failed: "Failed",
      Running: "Running",
      Scheduled: "Scheduled",
      Timeout: "Timeout",
      Unknown: "Unknown"
    };
    var PolicyScope = {
      ACCOUNT: "ACCOUNT",
      RESOURCE: "RESOURCE"
    };
    var Distribution = {
      ByLogStream: "ByLogStream",
      Random: "Random"
    };
    var EntityRejectionErrorType = {
      ENTITY_SIZE_TOO_LARGE: "EntitySizeTooLarge",
      INVALID_ATTRIBUTES: "InvalidAttributes",
      INVALID_ENTITY: "InvalidEntity",
      INVALID_KEY_ATTRIBUTE: "InvalidKeyAttributes",
      INVALID_TYPE_VALUE: "InvalidTypeValue",
      MISSING_REQUIRED_FIELDS: "MissingRequiredFields",
      UNSUPPORTED_LOG_GROUP_TYPE: "UnsupportedLogGroupType"
    };
    var EventSource = {
      AWSWAF: "AWSWAF",
      CLOUD_TRAIL: "CloudTrail",
      EKS_AUDIT: "EKSAudit",
      ROUTE53_RESOLVER: "Route53Resolver",
      VPC_FLOW: "VPCFlow"
    };
    var ExecutionStatus = {
      Complete: "Complete",
      Failed: "Failed",
      InvalidQuery: "InvalidQuery",
      Running: "Running",
      Timeout: "Timeout"
    };
    var FlattenedElement = {
      FIRST: "first",
      LAST: "last"
    };
    var OpenSearchResourceStatusType = {
      ACTIVE: "ACTIVE",
      ERROR: "ERROR",
      NOT_FOUND: "NOT_FOUND"
    };
    var IntegrationStatus = {
      ACTIVE: "ACTIVE",
      FAILED: "FAILED",
      PROVISIONING: "PROVISIONING"
    };
    var IntegrationType = {
      OPENSEARCH: "OPENSEARCH"
    };
    var ScheduleType = {
      AWS_MANAGED: "AWS_MANAGED",
      CUSTOMER_MANAGED: "CUSTOMER_MANAGED"
    };
    var ScheduledQueryDestinationType = {
      LOOKUP_TABLE: "LOOKUP_TABLE",
      S3: "S3"
    };
    var StorageTier = {
      INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
      STANDARD: "STANDARD"
    };
    var OCSFVersion = {
      V1_1: "V1.1",
      V1_5: "V1.5"
    };
    var Type = {
      BOOLEAN: "boolean",
      DOUBLE: "double",
      INTEGER: "integer",
      STRING: "string"
    };
    var ListAggregateLogGroupSummariesGroupBy = {
      DATA_SOURCE_NAME_AND_TYPE: "DATA_SOURCE_NAME_AND_TYPE",
      DATA_SOURCE_NAME_TYPE_AND_FORMAT: "DATA_SOURCE_NAME_TYPE_AND_FORMAT"
    };
    var SuppressionState = {
      SUPPRESSED: "SUPPRESSED",
      UNSUPPRESSED: "UNSUPPRESSED"
    };
    var S3TableIntegrationSourceStatus = {
      ACTIVE: "ACTIVE",
      DATA_SOURCE_DELETE_IN_PROGRESS: "DATA_SOURCE_DELETE_IN_PROGRESS",
      FAILED: "FAILED",
      UNHEALTHY: "UNHEALTHY"
    };
    var SyslogSourceType = {
      VPCE: "VPCE"
    };
    var SuppressionUnit = {
      HOURS: "HOURS",
      MINUTES: "MINUTES",
      SECONDS: "SECONDS"
    };
    var SuppressionType = {
      INFINITE: "INFINITE",
      LIMITED: "LIMITED"
    };
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccountPolicy$ = AccountPolicy$;
    exports.ActionStatus = ActionStatus;
    exports.AddKeyEntry$ = AddKeyEntry$;
    exports.AddKeys$ = AddKeys$;
    exports.AggregateLogGroupSummary$ = AggregateLogGroupSummary$;
    exports.Anomaly$ = Anomaly$;
    exports.AnomalyDetector$ = AnomalyDetector$;
    exports.AnomalyDetectorStatus = AnomalyDetectorStatus;
    exports.AssociateKmsKey$ = AssociateKmsKey$;
    exports.AssociateKmsKeyCommand = AssociateKmsKeyCommand;
    exports.AssociateKmsKeyRequest$ = AssociateKmsKeyRequest$;
    exports.AssociateSourceToS3TableIntegration$ = AssociateSourceToS3TableIntegration$;
    exports.AssociateSourceToS3TableIntegrationCommand = AssociateSourceToS3TableIntegrationCommand;
    exports.AssociateSourceToS3TableIntegrationRequest$ = AssociateSourceToS3TableIntegrationRequest$;
    exports.AssociateSourceToS3TableIntegrationResponse$ = AssociateSourceToS3TableIntegrationResponse$;
    exports.CSV$ = CSV$;
    exports.CancelExportTask$ = CancelExportTask$;
    exports.CancelExportTaskCommand = CancelExportTaskCommand;
    exports.CancelExportTaskRequest$ = CancelExportTaskRequest$;
    exports.CancelImportTask$ = CancelImportTask$;
    exports.CancelImportTaskCommand = CancelImportTaskCommand;
    exports.CancelImportTaskRequest$ = CancelImportTaskRequest$;
    exports.CancelImportTaskResponse$ = CancelImportTaskResponse$;
    exports.CloudWatchLogs = CloudWatchLogs;
    exports.CloudWatchLogsClient = CloudWatchLogsClient2;
    exports.CloudWatchLogsServiceException = CloudWatchLogsServiceException;
    exports.CloudWatchLogsServiceException$ = CloudWatchLogsServiceException$;
    exports.ConfigurationTemplate$ = ConfigurationTemplate$;
    exports.ConfigurationTemplateDeliveryConfigValues$ = ConfigurationTemplateDeliveryConfigValues$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.CopyValue$ = CopyValue$;
    exports.CopyValueEntry$ = CopyValueEntry$;
    exports.CreateDelivery$ = CreateDelivery$;
    exports.CreateDeliveryCommand = CreateDeliveryCommand;
    exports.CreateDeliveryRequest$ = CreateDeliveryRequest$;
    exports.CreateDeliveryResponse$ = CreateDeliveryResponse$;
    exports.CreateExportTask$ = CreateExportTask$;
    exports.CreateExportTaskCommand = CreateExportTaskCommand;
    exports.CreateExportTaskRequest$ = CreateExportTaskRequest$;
    exports.CreateExportTaskResponse$ = CreateExportTaskResponse$;
    exports.CreateImportTask$ = CreateImportTask$;
    exports.CreateImportTaskCommand = CreateImportTaskCommand;
    exports.CreateImportTaskRequest$ = CreateImportTaskRequest$;
    exports.CreateImportTaskResponse$ = CreateImportTaskResponse$;
    exports.CreateLogAnomalyDetector$ = CreateLogAnomalyDetector$;
    exports.CreateLogAnomalyDetectorCommand = CreateLogAnomalyDetectorCommand;
    exports.CreateLogAnomalyDetectorRequest$ = CreateLogAnomalyDetectorRequest$;
    exports.CreateLogAnomalyDetectorResponse$ = CreateLogAnomalyDetectorResponse$;
    exports.CreateLogGroup$ = CreateLogGroup$;
    exports.CreateLogGroupCommand = CreateLogGroupCommand;
    exports.CreateLogGroupRequest$ = CreateLogGroupRequest$;
    exports.CreateLogStream$ = CreateLogStream$;
    exports.CreateLogStreamCommand = CreateLogStreamCommand;
    exports.CreateLogStreamRequest$ = CreateLogStreamRequest$;
    exports.CreateLookupTable$ = CreateLookupTable$;
    exports.CreateLookupTableCommand = CreateLookupTableCommand;
    exports.CreateLookupTableRequest$ = CreateLookupTableRequest$;
    exports.CreateLookupTableResponse$ = CreateLookupTableResponse$;
    exports.CreateScheduledQuery$ = CreateScheduledQuery$;
    exports.CreateScheduledQueryCommand = CreateScheduledQueryCommand;
    exports.CreateScheduledQueryRequest$ = CreateScheduledQueryRequest$;
    exports.CreateScheduledQueryResponse$ = CreateScheduledQueryResponse$;
    exports.DataAlreadyAcceptedException = DataAlreadyAcceptedException;
    exports.DataAlreadyAcceptedException$ = DataAlreadyAcceptedException$;
    exports.DataProtectionStatus = DataProtectionStatus;
    exports.DataSource$ = DataSource$;
    exports.DataSourceFilter$ = DataSourceFilter$;
    exports.DateTimeConverter$ = DateTimeConverter$;
    exports.DeleteAccountPolicy$ = DeleteAccountPolicy$;
    exports.DeleteAccountPolicyCommand = DeleteAccountPolicyCommand;
    exports.DeleteAccountPolicyRequest$ = DeleteAccountPolicyRequest$;
    exports.DeleteAccountPolicyResponse$ = DeleteAccountPolicyResponse$;
    exports.DeleteDataProtectionPolicy$ = DeleteDataProtectionPolicy$;
    exports.DeleteDataProtectionPolicyCommand = DeleteDataProtectionPolicyCommand;
    exports.DeleteDataProtectionPolicyRequest$ = DeleteDataProtectionPolicyRequest$;
    exports.DeleteDelivery$ = DeleteDelivery$;
    exports.DeleteDeliveryCommand = DeleteDeliveryCommand;
    exports.DeleteDeliveryDestination$ = DeleteDeliveryDestination$;
    exports.DeleteDeliveryDestinationCommand = DeleteDeliveryDestinationCommand;
    exports.DeleteDeliveryDestinationPolicy$ = DeleteDeliveryDestinationPolicy$;
    exports.DeleteDeliveryDestinationPolicyCommand = DeleteDeliveryDestinationPolicyCommand;
    exports.DeleteDeliveryDestinationPolicyRequest$ = DeleteDeliveryDestinationPolicyRequest$;
    exports.DeleteDeliveryDestinationRequest$ = DeleteDeliveryDestinationRequest$;
    exports.DeleteDeliveryRequest$ = DeleteDeliveryRequest$;
    exports.DeleteDeliverySource$ = DeleteDeliverySource$;
    exports.DeleteDeliverySourceCommand = DeleteDeliverySourceCommand;
    exports.DeleteDeliverySourceRequest$ = DeleteDeliverySourceRequest$;
    exports.DeleteDestination$ = DeleteDestination$;
    exports.DeleteDestinationCommand = DeleteDestinationCommand;
    exports.DeleteDestinationRequest$ = DeleteDestinationRequest$;
    exports.DeleteIndexPolicy$ = DeleteIndexPolicy$;
    exports.DeleteIndexPolicyCommand = DeleteIndexPolicyCommand;
    exports.DeleteIndexPolicyRequest$ = DeleteIndexPolicyRequest$;
    exports.DeleteIndexPolicyResponse$ = DeleteIndexPolicyResponse$;
    exports.DeleteIntegration$ = DeleteIntegration$;
    exports.DeleteIntegrationCommand = DeleteIntegrationCommand;
    exports.DeleteIntegrationRequest$ = DeleteIntegrationRequest$;
    exports.DeleteIntegrationResponse$ = DeleteIntegrationResponse$;
    exports.DeleteKeys$ = DeleteKeys$;
    exports.DeleteLogAnomalyDetector$ = DeleteLogAnomalyDetector$;
    exports.DeleteLogAnomalyDetectorCommand = DeleteLogAnomalyDetectorCommand;
    exports.DeleteLogAnomalyDetectorRequest$ = DeleteLogAnomalyDetectorRequest$;
    exports.DeleteLogGroup$ = DeleteLogGroup$;
    exports.DeleteLogGroupCommand = DeleteLogGroupCommand;
    exports.DeleteLogGroupRequest$ = DeleteLogGroupRequest$;
    exports.DeleteLogStream$ = DeleteLogStream$;
    exports.DeleteLogStreamCommand = DeleteLogStreamCommand;
    exports.DeleteLogStreamRequest$ = DeleteLogStreamRequest$;
    exports.DeleteLookupTable$ = DeleteLookupTable$;
    exports.DeleteLookupTableCommand = DeleteLookupTableCommand;
    exports.DeleteLookupTableRequest$ = DeleteLookupTableRequest$;
    exports.DeleteMetricFilter$ = DeleteMetricFilter$;
    exports.DeleteMetricFilterCommand = DeleteMetricFilterCommand;
    exports.DeleteMetricFilterRequest$ = DeleteMetricFilterRequest$;
    exports.DeleteQueryDefinition$ = DeleteQueryDefinition$;
    exports.DeleteQueryDefinitionCommand = DeleteQueryDefinitionCommand;
    exports.DeleteQueryDefinitionRequest$ = DeleteQueryDefinitionRequest$;
    exports.DeleteQueryDefinitionResponse$ = DeleteQueryDefinitionResponse$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteRetentionPolicy$ = DeleteRetentionPolicy$;
    exports.DeleteRetentionPolicyCommand = DeleteRetentionPolicyCommand;
    exports.DeleteRetentionPolicyRequest$ = DeleteRetentionPolicyRequest$;
    exports.DeleteScheduledQuery$ = DeleteScheduledQuery$;
    exports.DeleteScheduledQueryCommand = DeleteScheduledQueryCommand;
    exports.DeleteScheduledQueryRequest$ = DeleteScheduledQueryRequest$;
    exports.DeleteScheduledQueryResponse$ = DeleteScheduledQueryResponse$;
    exports.DeleteSubscriptionFilter$ = DeleteSubscriptionFilter$;
    exports.DeleteSubscriptionFilterCommand = DeleteSubscriptionFilterCommand;
    exports.DeleteSubscriptionFilterRequest$ = DeleteSubscriptionFilterRequest$;
    exports.DeleteSyslogConfiguration$ = DeleteSyslogConfiguration$;
    exports.DeleteSyslogConfigurationCommand = DeleteSyslogConfigurationCommand;
    exports.DeleteSyslogConfigurationRequest$ = DeleteSyslogConfigurationRequest$;
    exports.DeleteTransformer$ = DeleteTransformer$;
    exports.DeleteTransformerCommand = DeleteTransformerCommand;
    exports.DeleteTransformerRequest$ = DeleteTransformerRequest$;
    exports.Delivery$ = Delivery$;
    exports.DeliveryDestination$ = DeliveryDestination$;
    exports.DeliveryDestinationConfiguration$ = DeliveryDestinationConfiguration$;
    exports.DeliveryDestinationType = DeliveryDestinationType;
    exports.DeliverySource$ = DeliverySource$;
    exports.DeliverySourceConfigurationSchema$ = DeliverySourceConfigurationSchema$;
    exports.DeliverySourceConfigurationSchemaValueType = DeliverySourceConfigurationSchemaValueType;
    exports.DeliverySourceStatus = DeliverySourceStatus;
    exports.DeliverySourceStatusReason = DeliverySourceStatusReason;
    exports.DescribeAccountPolicies$ = DescribeAccountPolicies$;
    exports.DescribeAccountPoliciesCommand = DescribeAccountPoliciesCommand;
    exports.DescribeAccountPoliciesRequest$ = DescribeAccountPoliciesRequest$;
    exports.DescribeAccountPoliciesResponse$ = DescribeAccountPoliciesResponse$;
    exports.DescribeConfigurationTemplates$ = DescribeConfigurationTemplates$;
    exports.DescribeConfigurationTemplatesCommand = DescribeConfigurationTemplatesCommand;
    exports.DescribeConfigurationTemplatesRequest$ = DescribeConfigurationTemplatesRequest$;
    exports.DescribeConfigurationTemplatesResponse$ = DescribeConfigurationTemplatesResponse$;
    exports.DescribeDeliveries$ = DescribeDeliveries$;
    exports.DescribeDeliveriesCommand = DescribeDeliveriesCommand;
    exports.DescribeDeliveriesRequest$ = DescribeDeliveriesRequest$;
    exports.DescribeDeliveriesResponse$ = DescribeDeliveriesResponse$;
    exports.DescribeDeliveryDestinations$ = DescribeDeliveryDestinations$;
    exports.DescribeDeliveryDestinationsCommand = DescribeDeliveryDestinationsCommand;
    exports.DescribeDeliveryDestinationsRequest$ = DescribeDeliveryDestinationsRequest$;
    exports.DescribeDeliveryDestinationsResponse$ = DescribeDeliveryDestinationsResponse$;
    exports.DescribeDeliverySources$ = DescribeDeliverySources$;
    exports.DescribeDeliverySourcesCommand = DescribeDeliverySourcesCommand;
    exports.DescribeDeliverySourcesRequest$ = DescribeDeliverySourcesRequest$;
    exports.DescribeDeliverySourcesResponse$ = DescribeDeliverySourcesResponse$;
    exports.DescribeDestinations$ = DescribeDestinations$;
    exports.DescribeDestinationsCommand = DescribeDestinationsCommand;
    exports.DescribeDestinationsRequest$ = DescribeDestinationsRequest$;
    exports.DescribeDestinationsResponse$ = DescribeDestinationsResponse$;
    exports.DescribeExportTasks$ = DescribeExportTasks$;
    exports.DescribeExportTasksCommand = DescribeExportTasksCommand;
    exports.DescribeExportTasksRequest$ = DescribeExportTasksRequest$;
    exports.DescribeExportTasksResponse$ = DescribeExportTasksResponse$;
    exports.DescribeFieldIndexes$ = DescribeFieldIndexes$;
    exports.DescribeFieldIndexesCommand = DescribeFieldIndexesCommand;
    exports.DescribeFieldIndexesRequest$ = DescribeFieldIndexesRequest$;
    exports.DescribeFieldIndexesResponse$ = DescribeFieldIndexesResponse$;
    exports.DescribeImportTaskBatches$ = DescribeImportTaskBatches$;
    exports.DescribeImportTaskBatchesCommand = DescribeImportTaskBatchesCommand;
    exports.DescribeImportTaskBatchesRequest$ = DescribeImportTaskBatchesRequest$;
    exports.DescribeImportTaskBatchesResponse$ = DescribeImportTaskBatchesResponse$;
    exports.DescribeImportTasks$ = DescribeImportTasks$;
    exports.DescribeImportTasksCommand = DescribeImportTasksCommand;
    exports.DescribeImportTasksRequest$ = DescribeImportTasksRequest$;
    exports.DescribeImportTasksResponse$ = DescribeImportTasksResponse$;
    exports.DescribeIndexPolicies$ = DescribeIndexPolicies$;
    exports.DescribeIndexPoliciesCommand = DescribeIndexPoliciesCommand;
    exports.DescribeIndexPoliciesRequest$ = DescribeIndexPoliciesRequest$;
    exports.DescribeIndexPoliciesResponse$ = DescribeIndexPoliciesResponse$;
    exports.DescribeLogGroups$ = DescribeLogGroups$;
    exports.DescribeLogGroupsCommand = DescribeLogGroupsCommand;
    exports.DescribeLogGroupsRequest$ = DescribeLogGroupsRequest$;
    exports.DescribeLogGroupsResponse$ = DescribeLogGroupsResponse$;
    exports.DescribeLogStreams$ = DescribeLogStreams$;
    exports.DescribeLogStreamsCommand = DescribeLogStreamsCommand;
    exports.DescribeLogStreamsRequest$ = DescribeLogStreamsRequest$;
    exports.DescribeLogStreamsResponse$ = DescribeLogStreamsResponse$;
    exports.DescribeLookupTables$ = DescribeLookupTables$;
    exports.DescribeLookupTablesCommand = DescribeLookupTablesCommand;
    exports.DescribeLookupTablesRequest$ = DescribeLookupTablesRequest$;
    exports.DescribeLookupTablesResponse$ = DescribeLookupTablesResponse$;
    exports.DescribeMetricFilters$ = DescribeMetricFilters$;
    exports.DescribeMetricFiltersCommand = DescribeMetricFiltersCommand;
    exports.DescribeMetricFiltersRequest$ = DescribeMetricFiltersRequest$;
    exports.DescribeMetricFiltersResponse$ = DescribeMetricFiltersResponse$;
    exports.DescribeQueries$ = DescribeQueries$;
    exports.DescribeQueriesCommand = DescribeQueriesCommand;
    exports.DescribeQueriesRequest$ = DescribeQueriesRequest$;
    exports.DescribeQueriesResponse$ = DescribeQueriesResponse$;
    exports.DescribeQueryDefinitions$ = DescribeQueryDefinitions$;
    exports.DescribeQueryDefinitionsCommand = DescribeQueryDefinitionsCommand;
    exports.DescribeQueryDefinitionsRequest$ = DescribeQueryDefinitionsRequest$;
    exports.DescribeQueryDefinitionsResponse$ = DescribeQueryDefinitionsResponse$;
    exports.DescribeResourcePolicies$ = DescribeResourcePolicies$;
    exports.DescribeResourcePoliciesCommand = DescribeResourcePoliciesCommand;
    exports.DescribeResourcePoliciesRequest$ = DescribeResourcePoliciesRequest$;
    exports.DescribeResourcePoliciesResponse$ = DescribeResourcePoliciesResponse$;
    exports.DescribeSubscriptionFilters$ = DescribeSubscriptionFilters$;
    exports.DescribeSubscriptionFiltersCommand = DescribeSubscriptionFiltersCommand;
    exports.DescribeSubscriptionFiltersRequest$ = DescribeSubscriptionFiltersRequest$;
    exports.DescribeSubscriptionFiltersResponse$ = DescribeSubscriptionFiltersResponse$;
    exports.Destination$ = Destination$;
    exports.DestinationConfiguration$ = DestinationConfiguration$;
    exports.DisassociateKmsKey$ = DisassociateKmsKey$;
    exports.DisassociateKmsKeyCommand = DisassociateKmsKeyCommand;
    exports.DisassociateKmsKeyRequest$ = DisassociateKmsKeyRequest$;
    exports.DisassociateSourceFromS3TableIntegration$ = DisassociateSourceFromS3TableIntegration$;
    exports.DisassociateSourceFromS3TableIntegrationCommand = DisassociateSourceFromS3TableIntegrationCommand;
    exports.DisassociateSourceFromS3TableIntegrationRequest$ = DisassociateSourceFromS3TableIntegrationRequest$;
    exports.DisassociateSourceFromS3TableIntegrationResponse$ = DisassociateSourceFromS3TableIntegrationResponse$;
    exports.Distribution = Distribution;
    exports.DryRunResult$ = DryRunResult$;
    exports.Entity$ = Entity$;
    exports.EntityRejectionErrorType = EntityRejectionErrorType;
    exports.EvaluationFrequency = EvaluationFrequency;
    exports.EventSource = EventSource;
    exports.ExecutionStatus = ExecutionStatus;
    exports.ExportTask$ = ExportTask$;
    exports.ExportTaskExecutionInfo$ = ExportTaskExecutionInfo$;
    exports.ExportTaskStatus$ = ExportTaskStatus$;
    exports.ExportTaskStatusCode = ExportTaskStatusCode;
    exports.FieldIndex$ = FieldIndex$;
    exports.FieldsData$ = FieldsData$;
    exports.FilterLogEvents$ = FilterLogEvents$;
    exports.FilterLogEventsCommand = FilterLogEventsCommand;
    exports.FilterLogEventsRequest$ = FilterLogEventsRequest$;
    exports.FilterLogEventsResponse$ = FilterLogEventsResponse$;
    exports.FilteredLogEvent$ = FilteredLogEvent$;
    exports.FlattenedElement = FlattenedElement;
    exports.GetDataProtectionPolicy$ = GetDataProtectionPolicy$;
    exports.GetDataProtectionPolicyCommand = GetDataProtectionPolicyCommand;
    exports.GetDataProtectionPolicyRequest$ = GetDataProtectionPolicyRequest$;
    exports.GetDataProtectionPolicyResponse$ = GetDataProtectionPolicyResponse$;
    exports.GetDelivery$ = GetDelivery$;
    exports.GetDeliveryCommand = GetDeliveryCommand;
    exports.GetDeliveryDestination$ = GetDeliveryDestination$;
    exports.GetDeliveryDestinationCommand = GetDeliveryDestinationCommand;
    exports.GetDeliveryDestinationPolicy$ = GetDeliveryDestinationPolicy$;
    exports.GetDeliveryDestinationPolicyCommand = GetDeliveryDestinationPolicyCommand;
    exports.GetDeliveryDestinationPolicyRequest$ = GetDeliveryDestinationPolicyRequest$;
    exports.GetDeliveryDestinationPolicyResponse$ = GetDeliveryDestinationPolicyResponse$;
    exports.GetDeliveryDestinationRequest$ = GetDeliveryDestinationRequest$;
    exports.GetDeliveryDestinationResponse$ = GetDeliveryDestinationResponse$;
    exports.GetDeliveryRequest$ = GetDeliveryRequest$;
    exports.GetDeliveryResponse$ = GetDeliveryResponse$;
    exports.GetDeliverySource$ = GetDeliverySource$;
    exports.GetDeliverySourceCommand = GetDeliverySourceCommand;
    exports.GetDeliverySourceRequest$ = GetDeliverySourceRequest$;
    exports.GetDeliverySourceResponse$ = GetDeliverySourceResponse$;
    exports.GetIntegration$ = GetIntegration$;
    exports.GetIntegrationCommand = GetIntegrationCommand;
    exports.GetIntegrationRequest$ = GetIntegrationRequest$;
    exports.GetIntegrationResponse$ = GetIntegrationResponse$;
    exports.GetLogAnomalyDetector$ = GetLogAnomalyDetector$;
    exports.GetLogAnomalyDetectorCommand = GetLogAnomalyDetectorCommand;
    exports.GetLogAnomalyDetectorRequest$ = GetLogAnomalyDetectorRequest$;
    exports.GetLogAnomalyDetectorResponse$ = GetLogAnomalyDetectorResponse$;
    exports.GetLogEvents$ = GetLogEvents$;
    exports.GetLogEventsCommand = GetLogEventsCommand;
    exports.GetLogEventsRequest$ = GetLogEventsRequest$;
    exports.GetLogEventsResponse$ = GetLogEventsResponse$;
    exports.GetLogFields$ = GetLogFields$;
    exports.GetLogFieldsCommand = GetLogFieldsCommand;
    exports.GetLogFieldsRequest$ = GetLogFieldsRequest$;
    exports.GetLogFieldsResponse$ = GetLogFieldsResponse$;
    exports.GetLogGroupFields$ = GetLogGroupFields$;
    exports.GetLogGroupFieldsCommand = GetLogGroupFieldsCommand;
    exports.GetLogGroupFieldsRequest$ = GetLogGroupFieldsRequest$;
    exports.GetLogGroupFieldsResponse$ = GetLogGroupFieldsResponse$;
    exports.GetLogObject$ = GetLogObject$;
    exports.GetLogObjectCommand = GetLogObjectCommand;
    exports.GetLogObjectRequest$ = GetLogObjectRequest$;
    exports.GetLogObjectResponse$ = GetLogObjectResponse$;
    exports.GetLogObjectResponseStream$ = GetLogObjectResponseStream$;
    exports.GetLogRecord$ = GetLogRecord$;
    exports.GetLogRecordCommand = GetLogRecordCommand;
    exports.GetLogRecordRequest$ = GetLogRecordRequest$;
    exports.GetLogRecordResponse$ = GetLogRecordResponse$;
    exports.GetLookupTable$ = GetLookupTable$;
    exports.GetLookupTableCommand = GetLookupTableCommand;
    exports.GetLookupTableRequest$ = GetLookupTableRequest$;
    exports.GetLookupTableResponse$ = GetLookupTableResponse$;
    exports.GetQueryResults$ = GetQueryResults$;
    exports.GetQueryResultsCommand = GetQueryResultsCommand;
    exports.GetQueryResultsRequest$ = GetQueryResultsRequest$;
    exports.GetQueryResultsResponse$ = GetQueryResultsResponse$;
    exports.GetScheduledQuery$ = GetScheduledQuery$;
    exports.GetScheduledQueryCommand = GetScheduledQueryCommand;
    exports.GetScheduledQueryHistory$ = GetScheduledQueryHistory$;
    exports.GetScheduledQueryHistoryCommand = GetScheduledQueryHistoryCommand;
    exports.GetScheduledQueryHistoryRequest$ = GetScheduledQueryHistoryRequest$;
    exports.GetScheduledQueryHistoryResponse$ = GetScheduledQueryHistoryResponse$;
    exports.GetScheduledQueryRequest$ = GetScheduledQueryRequest$;
    exports.GetScheduledQueryResponse$ = GetScheduledQueryResponse$;
    exports.GetStorageTierPolicy$ = GetStorageTierPolicy$;
    exports.GetStorageTierPolicyCommand = GetStorageTierPolicyCommand;
    exports.GetStorageTierPolicyRequest$ = GetStorageTierPolicyRequest$;
    exports.GetStorageTierPolicyResponse$ = GetStorageTierPolicyResponse$;
    exports.GetTransformer$ = GetTransformer$;
    exports.GetTransformerCommand = GetTransformerCommand;
    exports.GetTransformerRequest$ = GetTransformerRequest$;
    exports.GetTransformerResponse$ = GetTransformerResponse$;
    exports.Grok$ = Grok$;
    exports.GroupingIdentifier$ = GroupingIdentifier$;
    exports.Import$ = Import$;
    exports.ImportBatch$ = ImportBatch$;
    exports.ImportFilter$ = ImportFilter$;
    exports.ImportStatistics$ = ImportStatistics$;
    exports.ImportStatus = ImportStatus;
    exports.IndexCategory = IndexCategory;
    exports.IndexPolicy$ = IndexPolicy$;
    exports.IndexSource = IndexSource;
    exports.IndexType = IndexType;
    exports.InheritedProperty = InheritedProperty;
    exports.InputLogEvent$ = InputLogEvent$;
    exports.IntegrationDetails$ = IntegrationDetails$;
    exports.IntegrationStatus = IntegrationStatus;
    exports.IntegrationSummary$ = IntegrationSummary$;
    exports.IntegrationType = IntegrationType;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.InternalStreamingException = InternalStreamingException;
    exports.InternalStreamingException$ = InternalStreamingException$;
    exports.InvalidOperationException = InvalidOperationException;
    exports.InvalidOperationException$ = InvalidOperationException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.InvalidSequenceTokenException = InvalidSequenceTokenException;
    exports.InvalidSequenceTokenException$ = InvalidSequenceTokenException$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListAggregateLogGroupSummaries$ = ListAggregateLogGroupSummaries$;
    exports.ListAggregateLogGroupSummariesCommand = ListAggregateLogGroupSummariesCommand;
    exports.ListAggregateLogGroupSummariesGroupBy = ListAggregateLogGroupSummariesGroupBy;
    exports.ListAggregateLogGroupSummariesRequest$ = ListAggregateLogGroupSummariesRequest$;
    exports.ListAggregateLogGroupSummariesResponse$ = ListAggregateLogGroupSummariesResponse$;
    exports.ListAnomalies$ = ListAnomalies$;
    exports.ListAnomaliesCommand = ListAnomaliesCommand;
    exports.ListAnomaliesRequest$ = ListAnomaliesRequest$;
    exports.ListAnomaliesResponse$ = ListAnomaliesResponse$;
    exports.ListIntegrations$ = ListIntegrations$;
    exports.ListIntegrationsCommand = ListIntegrationsCommand;
    exports.ListIntegrationsRequest$ = ListIntegrationsRequest$;
    exports.ListIntegrationsResponse$ = ListIntegrationsResponse$;
    exports.ListLogAnomalyDetectors$ = ListLogAnomalyDetectors$;
    exports.ListLogAnomalyDetectorsCommand = ListLogAnomalyDetectorsCommand;
    exports.ListLogAnomalyDetectorsRequest$ = ListLogAnomalyDetectorsRequest$;
    exports.ListLogAnomalyDetectorsResponse$ = ListLogAnomalyDetectorsResponse$;
    exports.ListLogGroups$ = ListLogGroups$;
    exports.ListLogGroupsCommand = ListLogGroupsCommand;
    exports.ListLogGroupsForQuery$ = ListLogGroupsForQuery$;
    exports.ListLogGroupsForQueryCommand = ListLogGroupsForQueryCommand;
    exports.ListLogGroupsForQueryRequest$ = ListLogGroupsForQueryRequest$;
    exports.ListLogGroupsForQueryResponse$ = ListLogGroupsForQueryResponse$;
    exports.ListLogGroupsRequest$ = ListLogGroupsRequest$;
    exports.ListLogGroupsResponse$ = ListLogGroupsResponse$;
    exports.ListScheduledQueries$ = ListScheduledQueries$;
    exports.ListScheduledQueriesCommand = ListScheduledQueriesCommand;
    exports.ListScheduledQueriesRequest$ = ListScheduledQueriesRequest$;
    exports.ListScheduledQueriesResponse$ = ListScheduledQueriesResponse$;
    exports.ListSourcesForS3TableIntegration$ = ListSourcesForS3TableIntegration$;
    exports.ListSourcesForS3TableIntegrationCommand = ListSourcesForS3TableIntegrationCommand;
    exports.ListSourcesForS3TableIntegrationRequest$ = ListSourcesForS3TableIntegrationRequest$;
    exports.ListSourcesForS3TableIntegrationResponse$ = ListSourcesForS3TableIntegrationResponse$;
    exports.ListSyslogConfigurations$ = ListSyslogConfigurations$;
    exports.ListSyslogConfigurationsCommand = ListSyslogConfigurationsCommand;
    exports.ListSyslogConfigurationsRequest$ = ListSyslogConfigurationsRequest$;
    exports.ListSyslogConfigurationsResponse$ = ListSyslogConfigurationsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTagsLogGroup$ = ListTagsLogGroup$;
    exports.ListTagsLogGroupCommand = ListTagsLogGroupCommand;
    exports.ListTagsLogGroupRequest$ = ListTagsLogGroupRequest$;
    exports.ListTagsLogGroupResponse$ = ListTagsLogGroupResponse$;
    exports.ListToMap$ = ListToMap$;
    exports.LiveTailSessionLogEvent$ = LiveTailSessionLogEvent$;
    exports.LiveTailSessionMetadata$ = LiveTailSessionMetadata$;
    exports.LiveTailSessionStart$ = LiveTailSessionStart$;
    exports.LiveTailSessionUpdate$ = LiveTailSessionUpdate$;
    exports.LogEvent$ = LogEvent$;
    exports.LogFieldType$ = LogFieldType$;
    exports.LogFieldsListItem$ = LogFieldsListItem$;
    exports.LogGroup$ = LogGroup$;
    exports.LogGroupClass = LogGroupClass;
    exports.LogGroupField$ = LogGroupField$;
    exports.LogGroupImpact$ = LogGroupImpact$;
    exports.LogGroupSummary$ = LogGroupSummary$;
    exports.LogStream$ = LogStream$;
    exports.LookupTable$ = LookupTable$;
    exports.LookupTableConfiguration$ = LookupTableConfiguration$;
    exports.LowerCaseString$ = LowerCaseString$;
    exports.MalformedQueryException = MalformedQueryException;
    exports.MalformedQueryException$ = MalformedQueryException$;
    exports.MetricFilter$ = MetricFilter$;
    exports.MetricFilterMatchRecord$ = MetricFilterMatchRecord$;
    exports.MetricTransformation$ = MetricTransformation$;
    exports.MoveKeyEntry$ = MoveKeyEntry$;
    exports.MoveKeys$ = MoveKeys$;
    exports.OCSFVersion = OCSFVersion;
    exports.OpenSearchApplication$ = OpenSearchApplication$;
    exports.OpenSearchCollection$ = OpenSearchCollection$;
    exports.OpenSearchDataAccessPolicy$ = OpenSearchDataAccessPolicy$;
    exports.OpenSearchDataSource$ = OpenSearchDataSource$;
    exports.OpenSearchEncryptionPolicy$ = OpenSearchEncryptionPolicy$;
    exports.OpenSearchIntegrationDetails$ = OpenSearchIntegrationDetails$;
    exports.OpenSearchLifecyclePolicy$ = OpenSearchLifecyclePolicy$;
    exports.OpenSearchNetworkPolicy$ = OpenSearchNetworkPolicy$;
    exports.OpenSearchResourceConfig$ = OpenSearchResourceConfig$;
    exports.OpenSearchResourceStatus$ = OpenSearchResourceStatus$;
    exports.OpenSearchResourceStatusType = OpenSearchResourceStatusType;
    exports.OpenSearchWorkspace$ = OpenSearchWorkspace$;
    exports.OperationAbortedException = OperationAbortedException;
    exports.OperationAbortedException$ = OperationAbortedException$;
    exports.OrderBy = OrderBy;
    exports.OutputFormat = OutputFormat;
    exports.OutputLogEvent$ = OutputLogEvent$;
    exports.ParseCloudfront$ = ParseCloudfront$;
    exports.ParseJSON$ = ParseJSON$;
    exports.ParseKeyValue$ = ParseKeyValue$;
    exports.ParsePostgres$ = ParsePostgres$;
    exports.ParseRoute53$ = ParseRoute53$;
    exports.ParseToOCSF$ = ParseToOCSF$;
    exports.ParseVPC$ = ParseVPC$;
    exports.ParseWAF$ = ParseWAF$;
    exports.PatternToken$ = PatternToken$;
    exports.Policy$ = Policy$;
    exports.PolicyScope = PolicyScope;
    exports.PolicyType = PolicyType;
    exports.Processor$ = Processor$;
    exports.PutAccountPolicy$ = PutAccountPolicy$;
    exports.PutAccountPolicyCommand = PutAccountPolicyCommand;
    exports.PutAccountPolicyRequest$ = PutAccountPolicyRequest$;
    exports.PutAccountPolicyResponse$ = PutAccountPolicyResponse$;
    exports.PutBearerTokenAuthentication$ = PutBearerTokenAuthentication$;
    exports.PutBearerTokenAuthenticationCommand = PutBearerTokenAuthenticationCommand;
    exports.PutBearerTokenAuthenticationRequest$ = PutBearerTokenAuthenticationRequest$;
    exports.PutDataProtectionPolicy$ = PutDataProtectionPolicy$;
    exports.PutDataProtectionPolicyCommand = PutDataProtectionPolicyCommand;
    exports.PutDataProtectionPolicyRequest$ = PutDataProtectionPolicyRequest$;
    exports.PutDataProtectionPolicyResponse$ = PutDataProtectionPolicyResponse$;
    exports.PutDeliveryDestination$ = PutDeliveryDestination$;
    exports.PutDeliveryDestinationCommand = PutDeliveryDestinationCommand;
    exports.PutDeliveryDestinationPolicy$ = PutDeliveryDestinationPolicy$;
    exports.PutDeliveryDestinationPolicyCommand = PutDeliveryDestinationPolicyCommand;
    exports.PutDeliveryDestinationPolicyRequest$ = PutDeliveryDestinationPolicyRequest$;
    exports.PutDeliveryDestinationPolicyResponse$ = PutDeliveryDestinationPolicyResponse$;
    exports.PutDeliveryDestinationRequest$ = PutDeliveryDestinationRequest$;
    exports.PutDeliveryDestinationResponse$ = PutDeliveryDestinationResponse$;
    exports.PutDeliverySource$ = PutDeliverySource$;
    exports.PutDeliverySourceCommand = PutDeliverySourceCommand;
    exports.PutDeliverySourceRequest$ = PutDeliverySourceRequest$;
    exports.PutDeliverySourceResponse$ = PutDeliverySourceResponse$;
    exports.PutDestination$ = PutDestination$;
    exports.PutDestinationCommand = PutDestinationCommand;
    exports.PutDestinationPolicy$ = PutDestinationPolicy$;
    exports.PutDestinationPolicyCommand = PutDestinationPolicyCommand;
    exports.PutDestinationPolicyRequest$ = PutDestinationPolicyRequest$;
    exports.PutDestinationRequest$ = PutDestinationRequest$;
    exports.PutDestinationResponse$ = PutDestinationResponse$;
    exports.PutIndexPolicy$ = PutIndexPolicy$;
    exports.PutIndexPolicyCommand = PutIndexPolicyCommand;
    exports.PutIndexPolicyRequest$ = PutIndexPolicyRequest$;
    exports.PutIndexPolicyResponse$ = PutIndexPolicyResponse$;
    exports.PutIntegration$ = PutIntegration$;
    exports.PutIntegrationCommand = PutIntegrationCommand;
    exports.PutIntegrationRequest$ = PutIntegrationRequest$;
    exports.PutIntegrationResponse$ = PutIntegrationResponse$;
    exports.PutLogEvents$ = PutLogEvents$;
    exports.PutLogEventsCommand = PutLogEventsCommand;
    exports.PutLogEventsRequest$ = PutLogEventsRequest$;
    exports.PutLogEventsResponse$ = PutLogEventsResponse$;
    exports.PutLogGroupDeletionProtection$ = PutLogGroupDeletionProtection$;
    exports.PutLogGroupDeletionProtectionCommand = PutLogGroupDeletionProtectionCommand;
    exports.PutLogGroupDeletionProtectionRequest$ = PutLogGroupDeletionProtectionRequest$;
    exports.PutMetricFilter$ = PutMetricFilter$;
    exports.PutMetricFilterCommand = PutMetricFilterCommand;
    exports.PutMetricFilterRequest$ = PutMetricFilterRequest$;
    exports.PutQueryDefinition$ = PutQueryDefinition$;
    exports.PutQueryDefinitionCommand = PutQueryDefinitionCommand;
    exports.PutQueryDefinitionRequest$ = PutQueryDefinitionRequest$;
    exports.PutQueryDefinitionResponse$ = PutQueryDefinitionResponse$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.PutRetentionPolicy$ = PutRetentionPolicy$;
    exports.PutRetentionPolicyCommand = PutRetentionPolicyCommand;
    exports.PutRetentionPolicyRequest$ = PutRetentionPolicyRequest$;
    exports.PutStorageTierPolicy$ = PutStorageTierPolicy$;
    exports.PutStorageTierPolicyCommand = PutStorageTierPolicyCommand;
    exports.PutStorageTierPolicyRequest$ = PutStorageTierPolicyRequest$;
    exports.PutStorageTierPolicyResponse$ = PutStorageTierPolicyResponse$;
    exports.PutSubscriptionFilter$ = PutSubscriptionFilter$;
    exports.PutSubscriptionFilterCommand = PutSubscriptionFilterCommand;
    exports.PutSubscriptionFilterRequest$ = PutSubscriptionFilterRequest$;
    exports.PutSyslogConfiguration$ = PutSyslogConfiguration$;
    exports.PutSyslogConfigurationCommand = PutSyslogConfigurationCommand;
    exports.PutSyslogConfigurationRequest$ = PutSyslogConfigurationRequest$;
    exports.PutTransformer$ = PutTransformer$;
    exports.PutTransformerCommand = PutTransformerCommand;
    exports.PutTransformerRequest$ = PutTransformerRequest$;
    exports.QueryCompileError$ = QueryCompileError$;
    exports.QueryCompileErrorLocation$ = QueryCompileErrorLocation$;
    exports.QueryDefinition$ = QueryDefinition$;
    exports.QueryInfo$ = QueryInfo$;
    exports.QueryLanguage = QueryLanguage;
    exports.QueryParameter$ = QueryParameter$;
    exports.QueryStatistics$ = QueryStatistics$;
    exports.QueryStatus = QueryStatus;
    exports.RecordField$ = RecordField$;
    exports.RejectedEntityInfo$ = RejectedEntityInfo$;
    exports.RejectedLogEventsInfo$ = RejectedLogEventsInfo$;
    exports.RenameKeyEntry$ = RenameKeyEntry$;
    exports.RenameKeys$ = RenameKeys$;
    exports.ResourceAlreadyExistsException = ResourceAlreadyExistsException;
    exports.ResourceAlreadyExistsException$ = ResourceAlreadyExistsException$;
    exports.ResourceConfig$ = ResourceConfig$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourcePolicy$ = ResourcePolicy$;
    exports.ResultField$ = ResultField$;
    exports.S3Configuration$ = S3Configuration$;
    exports.S3DeliveryConfiguration$ = S3DeliveryConfiguration$;
    exports.S3TableIntegrationSource$ = S3TableIntegrationSource$;
    exports.S3TableIntegrationSourceStatus = S3TableIntegrationSourceStatus;
    exports.S3TablesIntegration$ = S3TablesIntegration$;
    exports.ScheduleType = ScheduleType;
    exports.ScheduledQueryDestination$ = ScheduledQueryDestination$;
    exports.ScheduledQueryDestinationType = ScheduledQueryDestinationType;
    exports.ScheduledQueryState = ScheduledQueryState;
    exports.ScheduledQuerySummary$ = ScheduledQuerySummary$;
    exports.Scope = Scope;
    exports.SearchedLogStream$ = SearchedLogStream$;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.ServiceUnavailableException = ServiceUnavailableException;
    exports.ServiceUnavailableException$ = ServiceUnavailableException$;
    exports.SessionStreamingException = SessionStreamingException;
    exports.SessionStreamingException$ = SessionStreamingException$;
    exports.SessionTimeoutException = SessionTimeoutException;
    exports.SessionTimeoutException$ = SessionTimeoutException$;
    exports.SplitString$ = SplitString$;
    exports.SplitStringEntry$ = SplitStringEntry$;
    exports.StandardUnit = StandardUnit;
    exports.StartLiveTail$ = StartLiveTail$;
    exports.StartLiveTailCommand = StartLiveTailCommand;
    exports.StartLiveTailRequest$ = StartLiveTailRequest$;
    exports.StartLiveTailResponse$ = StartLiveTailResponse$;
    exports.StartLiveTailResponseStream$ = StartLiveTailResponseStream$;
    exports.StartQuery$ = StartQuery$;
    exports.StartQueryCommand = StartQueryCommand;
    exports.StartQueryRequest$ = StartQueryRequest$;
    exports.StartQueryResponse$ = StartQueryResponse$;
    exports.State = State;
    exports.StopQuery$ = StopQuery$;
    exports.StopQueryCommand = StopQueryCommand;
    exports.StopQueryRequest$ = StopQueryRequest$;
    exports.StopQueryResponse$ = StopQueryResponse$;
    exports.StorageTier = StorageTier;
    exports.SubscriptionFilter$ = SubscriptionFilter$;
    exports.SubstituteString$ = SubstituteString$;
    exports.SubstituteStringEntry$ = SubstituteStringEntry$;
    exports.SuppressionPeriod$ = SuppressionPeriod$;
    exports.SuppressionState = SuppressionState;
    exports.SuppressionType = SuppressionType;
    exports.SuppressionUnit = SuppressionUnit;
    exports.SyslogConfiguration$ = SyslogConfiguration$;
    exports.SyslogSourceType = SyslogSourceType;
    exports.TagFilter$ = TagFilter$;
    exports.TagLogGroup$ = TagLogGroup$;
    exports.TagLogGroupCommand = TagLogGroupCommand;
    exports.TagLogGroupRequest$ = TagLogGroupRequest$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TestMetricFilter$ = TestMetricFilter$;
    exports.TestMetricFilterCommand = TestMetricFilterCommand;
    exports.TestMetricFilterRequest$ = TestMetricFilterRequest$;
    exports.TestMetricFilterResponse$ = TestMetricFilterResponse$;
    exports.TestTransformer$ = TestTransformer$;
    exports.TestTransformerCommand = TestTransformerCommand;
    exports.TestTransformerRequest$ = TestTransformerRequest$;
    exports.TestTransformerResponse$ = TestTransformerResponse$;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.TooManyTagsException = TooManyTagsException;
    exports.TooManyTagsException$ = TooManyTagsException$;
    exports.TransformedLogRecord$ = TransformedLogRecord$;
    exports.TriggerHistoryRecord$ = TriggerHistoryRecord$;
    exports.TrimString$ = TrimString$;
    exports.Type = Type;
    exports.TypeConverter$ = TypeConverter$;
    exports.TypeConverterEntry$ = TypeConverterEntry$;
    exports.UnrecognizedClientException = UnrecognizedClientException;
    exports.UnrecognizedClientException$ = UnrecognizedClientException$;
    exports.UntagLogGroup$ = UntagLogGroup$;
    exports.UntagLogGroupCommand = UntagLogGroupCommand;
    exports.UntagLogGroupRequest$ = UntagLogGroupRequest$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UpdateAnomaly$ = UpdateAnomaly$;
    exports.UpdateAnomalyCommand = UpdateAnomalyCommand;
    exports.UpdateAnomalyRequest$ = UpdateAnomalyRequest$;
    exports.UpdateDeliveryConfiguration$ = UpdateDeliveryConfiguration$;
    exports.UpdateDeliveryConfigurationCommand = UpdateDeliveryConfigurationCommand;
    exports.UpdateDeliveryConfigurationRequest$ = UpdateDeliveryConfigurationRequest$;
    exports.UpdateDeliveryConfigurationResponse$ = UpdateDeliveryConfigurationResponse$;
    exports.UpdateLogAnomalyDetector$ = UpdateLogAnomalyDetector$;
    exports.UpdateLogAnomalyDetectorCommand = UpdateLogAnomalyDetectorCommand;
    exports.UpdateLogAnomalyDetectorRequest$ = UpdateLogAnomalyDetectorRequest$;
    exports.UpdateLookupTable$ = UpdateLookupTable$;
    exports.UpdateLookupTableCommand = UpdateLookupTableCommand;
    exports.UpdateLookupTableRequest$ = UpdateLookupTableRequest$;
    exports.UpdateLookupTableResponse$ = UpdateLookupTableResponse$;
    exports.UpdateScheduledQuery$ = UpdateScheduledQuery$;
    exports.UpdateScheduledQueryCommand = UpdateScheduledQueryCommand;
    exports.UpdateScheduledQueryRequest$ = UpdateScheduledQueryRequest$;
    exports.UpdateScheduledQueryResponse$ = UpdateScheduledQueryResponse$;
    exports.UpperCaseString$ = UpperCaseString$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeConfigurationTemplates = paginateDescribeConfigurationTemplates;
    exports.paginateDescribeDeliveries = paginateDescribeDeliveries;
    exports.paginateDescribeDeliveryDestinations = paginateDescribeDeliveryDestinations;
    exports.paginateDescribeDeliverySources = paginateDescribeDeliverySources;
    exports.paginateDescribeDestinations = paginateDescribeDestinations;
    exports.paginateDescribeLogGroups = paginateDescribeLogGroups;
    exports.paginateDescribeLogStreams = paginateDescribeLogStreams;
    exports.paginateDescribeMetricFilters = paginateDescribeMetricFilters;
    exports.paginateDescribeSubscriptionFilters = paginateDescribeSubscriptionFilters;
    exports.paginateFilterLogEvents = paginateFilterLogEvents;
    exports.paginateGetLogEvents = paginateGetLogEvents;
    exports.paginateGetScheduledQueryHistory = paginateGetScheduledQueryHistory;
    exports.paginateListAggregateLogGroupSummaries = paginateListAggregateLogGroupSummaries;
    exports.paginateListAnomalies = paginateListAnomalies;
    exports.paginateListLogAnomalyDetectors = paginateListLogAnomalyDetectors;
    exports.paginateListLogGroupsForQuery = paginateListLogGroupsForQuery;
    exports.paginateListScheduledQueries = paginateListScheduledQueries;
    exports.paginateListSourcesForS3TableIntegration = paginateListSourcesForS3TableIntegration;
  }
});

// src/adapters/aws/clients.ts
var import_client_batch = __toESM(require_dist_cjs4(), 1);
var import_client_cloudwatch_logs = __toESM(require_dist_cjs5(), 1);
var import_client_s3 = __toESM(require_dist_cjs3(), 1);
function createAwsClients(options = {}) {
  const env = options.env ?? process.env;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1";
  const common = {
    region,
    maxAttempts: 1,
    requestHandler: { requestTimeout: 6e4, connectionTimeout: 1e4, httpAgent: { maxSockets: 64 } },
    ...options.endpoint ? { endpoint: options.endpoint } : {},
    ...options.credentials ? { credentials: options.credentials } : {}
  };
  const s3Override = options.endpoint ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
  return {
    batch: recordRequests(new import_client_batch.BatchClient(common), "batch"),
    s3: recordRequests(
      new import_client_s3.S3Client({ ...common, forcePathStyle: s3Override !== void 0 && s3Override !== "" }),
      "s3"
    ),
    logs: recordRequests(new import_client_cloudwatch_logs.CloudWatchLogsClient(common), "logs"),
    region
  };
}
function destroyAwsClients(clients) {
  clients.batch.destroy();
  clients.s3.destroy();
  clients.logs.destroy();
}

export {
  require_dist_cjs4 as require_dist_cjs,
  require_dist_cjs5 as require_dist_cjs2,
  createAwsClients,
  destroyAwsClients
};
