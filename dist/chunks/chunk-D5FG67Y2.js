import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  expandMatrix,
  renderTemplate,
  toCells
} from "./chunk-5KN5MX2P.js";

// src/adapters/prices.ts
import { readFile } from "node:fs/promises";

// data/aws-prices.json
var aws_prices_default = {
  snapshot: "EC2 on-demand as of 2026-07-20 (us-east-1: Karpenter zz_generated.pricing_aws.go 'generated at 2026-07-20T13:44:30Z', commit 6fc13b5; us-west-2: SkyPilot catalog catalogs/v8/aws/vms.csv, index-stored version 00148f2, date not exposed, every overlapping type equals the Karpenter us-east-1 price); instance specs: Karpenter instance-types docs (commit 692ccdd, 2026-07-11), cross-checked against SkyPilot; spotHourlyTypical = onDemand x (1 - savings%) from the AWS Spot Advisor 30-day savings snapshot committed 2025-06-28 (alexei-led/spotinfo 5eedf20), on-demand unchanged between 2025-06-23 and 2026-07-20; Fargate/S3/FSx/data transfer/CloudWatch from third-party pages dated 2024-10 to 2026-06. See SOURCES.md.",
  currency: "USD",
  regions: {
    "us-east-1": {
      ec2: {
        "m5.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.096,
          spotHourlyTypical: 0.03264
        },
        "m5.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.192,
          spotHourlyTypical: 0.06528
        },
        "m5.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.384,
          spotHourlyTypical: 0.17664
        },
        "m5.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.768,
          spotHourlyTypical: 0.32256
        },
        "c5.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.085,
          spotHourlyTypical: 0.03485
        },
        "c5.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.17,
          spotHourlyTypical: 0.0748
        },
        "c5.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.34,
          spotHourlyTypical: 0.1496
        },
        "c5.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.68,
          spotHourlyTypical: 0.2312
        },
        "r5.large": {
          vcpus: 2,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.126,
          spotHourlyTypical: 0.0504
        },
        "r5.xlarge": {
          vcpus: 4,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.252,
          spotHourlyTypical: 0.07812
        },
        "r5.2xlarge": {
          vcpus: 8,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.504,
          spotHourlyTypical: 0.19656
        },
        "r5.4xlarge": {
          vcpus: 16,
          memoryGiB: 128,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 1.008,
          spotHourlyTypical: 0.3528
        },
        "m6i.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.096,
          spotHourlyTypical: 0.03552
        },
        "m6i.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.192,
          spotHourlyTypical: 0.0864
        },
        "m6i.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.384,
          spotHourlyTypical: 0.16128
        },
        "m6i.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.768,
          spotHourlyTypical: 0.26112
        },
        "c6i.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.085,
          spotHourlyTypical: 0.03145
        },
        "c6i.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.17,
          spotHourlyTypical: 0.068
        },
        "c6i.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.34,
          spotHourlyTypical: 0.1666
        },
        "c6i.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.68,
          spotHourlyTypical: 0.2924
        },
        "c6g.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.068,
          spotHourlyTypical: 0.02788
        },
        "c6g.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.136,
          spotHourlyTypical: 0.05304
        },
        "c6g.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.272,
          spotHourlyTypical: 0.09248
        },
        "c6g.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.544,
          spotHourlyTypical: 0.15776
        },
        "m7i.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.1008,
          spotHourlyTypical: 0.03226
        },
        "m7i.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.2016,
          spotHourlyTypical: 0.09475
        },
        "m7i.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.4032,
          spotHourlyTypical: 0.15322
        },
        "m7i.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.8064,
          spotHourlyTypical: 0.38707
        },
        "m7i.8xlarge": {
          vcpus: 32,
          memoryGiB: 128,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 1.6128,
          spotHourlyTypical: 0.75802
        },
        "c7i.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.08925,
          spotHourlyTypical: 0.03034
        },
        "c7i.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.1785,
          spotHourlyTypical: 0.06961
        },
        "c7i.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.357,
          spotHourlyTypical: 0.14637
        },
        "c7i.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.714,
          spotHourlyTypical: 0.27846
        },
        "c7i.8xlarge": {
          vcpus: 32,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 1.428,
          spotHourlyTypical: 0.54264
        },
        "c7g.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.0725,
          spotHourlyTypical: 0.03698
        },
        "c7g.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.145,
          spotHourlyTypical: 0.0551
        },
        "c7g.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.29,
          spotHourlyTypical: 0.0899
        },
        "c7g.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.58,
          spotHourlyTypical: 0.1682
        },
        "c7g.8xlarge": {
          vcpus: 32,
          memoryGiB: 64,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 1.16,
          spotHourlyTypical: 0.3132
        },
        "m7g.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.0816,
          spotHourlyTypical: 0.02938
        },
        "m7g.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.1632,
          spotHourlyTypical: 0.06202
        },
        "m7g.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.3264,
          spotHourlyTypical: 0.1175
        },
        "m7g.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.6528,
          spotHourlyTypical: 0.24806
        },
        "r7a.large": {
          vcpus: 2,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.15215,
          spotHourlyTypical: 0.0563
        },
        "r7a.xlarge": {
          vcpus: 4,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.3043,
          spotHourlyTypical: 0.13085
        },
        "r7a.2xlarge": {
          vcpus: 8,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.6086,
          spotHourlyTypical: 0.25561
        },
        "r7a.4xlarge": {
          vcpus: 16,
          memoryGiB: 128,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 1.2172,
          spotHourlyTypical: 0.5234
        },
        "r7a.8xlarge": {
          vcpus: 32,
          memoryGiB: 256,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 2.4344,
          spotHourlyTypical: 0.53557
        },
        "m7a.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.11592,
          spotHourlyTypical: 0.03478
        },
        "m7a.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.23184,
          spotHourlyTypical: 0.0881
        },
        "m7a.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.46368,
          spotHourlyTypical: 0.20866
        },
        "m7a.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.92736,
          spotHourlyTypical: 0.37094
        },
        "g4dn.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 1,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.526,
          spotHourlyTypical: 0.18936
        },
        "g4dn.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 1,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.752,
          spotHourlyTypical: 0.29328
        },
        "g5.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 1,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 1.006,
          spotHourlyTypical: 0.41246
        },
        "g3s.xlarge": {
          vcpus: 4,
          memoryGiB: 30.5,
          gpus: 1,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.75,
          spotHourlyTypical: null
        },
        "p3.2xlarge": {
          vcpus: 8,
          memoryGiB: 61,
          gpus: 1,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 3.06,
          spotHourlyTypical: 0.612
        },
        "t3.medium": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.0416,
          spotHourlyTypical: 0.0183
        },
        "t3.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.0832,
          spotHourlyTypical: 0.03162
        }
      },
      fargate: {
        vcpuHourly: 0.04048,
        gbHourly: 4445e-6,
        arm64VcpuHourly: 0.03238,
        arm64GbHourly: 356e-5,
        spotDiscount: null
      },
      s3: {
        standardGbMonth: 0.023,
        putPer1000: 5e-3,
        getPer1000: 4e-4
      },
      fsxLustre: {
        scratch2GbMonth: 0.14,
        persistent1_200GbMonth: null
      },
      dataTransferOutGb: 0.09,
      cloudwatchLogsIngestGb: 0.5
    },
    "us-west-2": {
      ec2: {
        "m5.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.096,
          spotHourlyTypical: 0.03648
        },
        "m5.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.192,
          spotHourlyTypical: 0.06336
        },
        "m5.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.384,
          spotHourlyTypical: 0.15744
        },
        "m5.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.768,
          spotHourlyTypical: 0.31488
        },
        "c5.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.085,
          spotHourlyTypical: 0.0289
        },
        "c5.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.17,
          spotHourlyTypical: 0.0748
        },
        "c5.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.34,
          spotHourlyTypical: 0.1496
        },
        "c5.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.68,
          spotHourlyTypical: 0.2312
        },
        "r5.large": {
          vcpus: 2,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.126,
          spotHourlyTypical: 0.03906
        },
        "r5.xlarge": {
          vcpus: 4,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.252,
          spotHourlyTypical: 0.07812
        },
        "r5.2xlarge": {
          vcpus: 8,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.504,
          spotHourlyTypical: 0.22176
        },
        "r5.4xlarge": {
          vcpus: 16,
          memoryGiB: 128,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 1.008,
          spotHourlyTypical: 0.4032
        },
        "m6i.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.096,
          spotHourlyTypical: 0.03648
        },
        "m6i.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.192,
          spotHourlyTypical: 0.07872
        },
        "m6i.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.384,
          spotHourlyTypical: 0.14208
        },
        "m6i.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.768,
          spotHourlyTypical: 0.29184
        },
        "c6i.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.085,
          spotHourlyTypical: 0.03145
        },
        "c6i.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.17,
          spotHourlyTypical: 0.0663
        },
        "c6i.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.34,
          spotHourlyTypical: 0.119
        },
        "c6i.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.68,
          spotHourlyTypical: 0.2652
        },
        "c6g.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.068,
          spotHourlyTypical: 0.02788
        },
        "c6g.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.136,
          spotHourlyTypical: 0.0544
        },
        "c6g.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.272,
          spotHourlyTypical: 0.10064
        },
        "c6g.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.544,
          spotHourlyTypical: 0.18496
        },
        "m7i.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.1008,
          spotHourlyTypical: 0.03931
        },
        "m7i.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.2016,
          spotHourlyTypical: 0.08669
        },
        "m7i.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.4032,
          spotHourlyTypical: 0.17741
        },
        "m7i.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.8064,
          spotHourlyTypical: 0.37094
        },
        "m7i.8xlarge": {
          vcpus: 32,
          memoryGiB: 128,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 1.6128,
          spotHourlyTypical: 0.74189
        },
        "c7i.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.08925,
          spotHourlyTypical: 0.02945
        },
        "c7i.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.1785,
          spotHourlyTypical: 0.07319
        },
        "c7i.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.357,
          spotHourlyTypical: 0.15708
        },
        "c7i.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.714,
          spotHourlyTypical: 0.29274
        },
        "c7i.8xlarge": {
          vcpus: 32,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 1.428,
          spotHourlyTypical: 0.5712
        },
        "c7g.large": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.0725,
          spotHourlyTypical: 0.03045
        },
        "c7g.xlarge": {
          vcpus: 4,
          memoryGiB: 8,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.145,
          spotHourlyTypical: 0.06235
        },
        "c7g.2xlarge": {
          vcpus: 8,
          memoryGiB: 16,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.29,
          spotHourlyTypical: 0.1044
        },
        "c7g.4xlarge": {
          vcpus: 16,
          memoryGiB: 32,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.58,
          spotHourlyTypical: 0.1798
        },
        "c7g.8xlarge": {
          vcpus: 32,
          memoryGiB: 64,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 1.16,
          spotHourlyTypical: 0.4176
        },
        "m7g.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.0816,
          spotHourlyTypical: 0.02693
        },
        "m7g.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.1632,
          spotHourlyTypical: 0.06038
        },
        "m7g.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.3264,
          spotHourlyTypical: 0.12077
        },
        "m7g.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "arm64",
          cpu: "graviton",
          onDemandHourly: 0.6528,
          spotHourlyTypical: 0.22848
        },
        "r7a.large": {
          vcpus: 2,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.15215,
          spotHourlyTypical: 0.04565
        },
        "r7a.xlarge": {
          vcpus: 4,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.3043,
          spotHourlyTypical: 0.11259
        },
        "r7a.2xlarge": {
          vcpus: 8,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.6086,
          spotHourlyTypical: 0.20692
        },
        "r7a.4xlarge": {
          vcpus: 16,
          memoryGiB: 128,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 1.2172,
          spotHourlyTypical: 0.47471
        },
        "r7a.8xlarge": {
          vcpus: 32,
          memoryGiB: 256,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 2.4344,
          spotHourlyTypical: 0.9981
        },
        "m7a.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.11592,
          spotHourlyTypical: 0.03594
        },
        "m7a.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.23184,
          spotHourlyTypical: 0.08114
        },
        "m7a.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.46368,
          spotHourlyTypical: 0.19011
        },
        "m7a.4xlarge": {
          vcpus: 16,
          memoryGiB: 64,
          gpus: 0,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 0.92736,
          spotHourlyTypical: 0.34312
        },
        "g4dn.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 1,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.526,
          spotHourlyTypical: 0.18936
        },
        "g4dn.2xlarge": {
          vcpus: 8,
          memoryGiB: 32,
          gpus: 1,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.752,
          spotHourlyTypical: 0.27824
        },
        "g5.xlarge": {
          vcpus: 4,
          memoryGiB: 16,
          gpus: 1,
          arch: "x86_64",
          cpu: "amd",
          onDemandHourly: 1.006,
          spotHourlyTypical: 0.37222
        },
        "g3s.xlarge": {
          vcpus: 4,
          memoryGiB: 30.5,
          gpus: 1,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: null,
          spotHourlyTypical: null
        },
        "p3.2xlarge": {
          vcpus: 8,
          memoryGiB: 61,
          gpus: 1,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 3.06,
          spotHourlyTypical: 0.8874
        },
        "t3.medium": {
          vcpus: 2,
          memoryGiB: 4,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.0416,
          spotHourlyTypical: 0.01456
        },
        "t3.large": {
          vcpus: 2,
          memoryGiB: 8,
          gpus: 0,
          arch: "x86_64",
          cpu: "intel",
          onDemandHourly: 0.0832,
          spotHourlyTypical: 0.02746
        }
      },
      fargate: {
        vcpuHourly: 0.04048,
        gbHourly: 4445e-6,
        arm64VcpuHourly: null,
        arm64GbHourly: null,
        spotDiscount: null
      },
      s3: {
        standardGbMonth: null,
        putPer1000: null,
        getPer1000: null
      },
      fsxLustre: {
        scratch2GbMonth: null,
        persistent1_200GbMonth: null
      },
      dataTransferOutGb: 0.09,
      cloudwatchLogsIngestGb: null
    }
  }
};

// src/domain/cost/price-table.ts
function parsePriceTable(json, source) {
  const fail = (what) => {
    throw new Error(`${source}: not a batchbench price table: ${what}`);
  };
  if (typeof json !== "object" || json === null) fail("expected a JSON object");
  const t = json;
  if (typeof t.snapshot !== "string") fail('"snapshot" (where and when the prices come from) is missing');
  if (t.currency !== "USD") fail('"currency" must be "USD"');
  if (typeof t.regions !== "object" || t.regions === null) fail('"regions" is missing');
  for (const [region, prices] of Object.entries(t.regions)) {
    if (typeof prices?.ec2 !== "object" || prices.ec2 === null) fail(`regions.${region}.ec2 is missing`);
    for (const [type, p] of Object.entries(prices.ec2)) {
      if (typeof p.vcpus !== "number" || p.vcpus <= 0)
        fail(`regions.${region}.ec2.${type}.vcpus must be > 0`);
      for (const k of ["onDemandHourly", "spotHourlyTypical"]) {
        if (p[k] !== null && (typeof p[k] !== "number" || p[k] < 0))
          fail(`regions.${region}.ec2.${type}.${k} must be a number >= 0 or null`);
      }
    }
  }
  return t;
}
function instancePrice(table, region, instanceType) {
  return table.regions[region]?.ec2[instanceType];
}

// src/adapters/prices.ts
async function loadPrices(path) {
  if (!path) return parsePriceTable(aws_prices_default, "the shipped price table");
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: cannot read the price table: ${error.message}`);
  }
  return parsePriceTable(json, path);
}

// src/domain/cost/job-cost.ts
var GIB = 1024 ** 3;
var HOUR = 3600;
function jobCost(args) {
  const { prices, compute, vcpus, memoryBytes, seconds } = args;
  const gpus = args.gpus ?? 0;
  const hours = Math.max(0, seconds) / HOUR;
  if (compute.platform === "fargate") {
    const f = prices.regions[compute.region]?.fargate;
    if (f?.vcpuHourly == null || f.gbHourly == null) {
      return { usd: 0, known: false, note: `no Fargate price for ${compute.region} in the price table` };
    }
    const onDemand2 = hours * (vcpus * f.vcpuHourly + memoryBytes / GIB * f.gbHourly);
    const spot2 = f.spotDiscount == null ? void 0 : onDemand2 * (1 - f.spotDiscount);
    const usd = usesSpot(compute.capacity) && spot2 !== void 0 ? spot2 : onDemand2;
    const note = usesSpot(compute.capacity) && spot2 === void 0 ? "Fargate Spot discount is not published; priced at on-demand" : void 0;
    return { usd, onDemandUsd: onDemand2, spotUsd: spot2, known: true, ...note ? { note } : {} };
  }
  if (!compute.instanceType) return { usd: 0, known: false, note: "no instance-type to price" };
  const p = instancePrice(prices, compute.region, compute.instanceType);
  if (!p) {
    return {
      usd: 0,
      known: false,
      note: `${compute.instanceType} in ${compute.region} is not in the price table`
    };
  }
  const gpuShare = gpus > 0 ? p.gpus > 0 ? gpus / p.gpus : Infinity : 0;
  const share = Math.min(1, Math.max(vcpus / p.vcpus, memoryBytes / GIB / p.memoryGiB, gpuShare));
  const onDemand = p.onDemandHourly == null ? void 0 : hours * share * p.onDemandHourly;
  const spot = p.spotHourlyTypical == null ? void 0 : hours * share * p.spotHourlyTypical;
  const wanted = usesSpot(compute.capacity) ? spot : onDemand;
  if (wanted === void 0) {
    return {
      usd: 0,
      onDemandUsd: onDemand,
      spotUsd: spot,
      known: false,
      note: `no ${usesSpot(compute.capacity) ? "Spot" : "on-demand"} price for ${compute.instanceType} in ${compute.region}`
    };
  }
  return { usd: wanted, onDemandUsd: onDemand, spotUsd: spot, known: true };
}
function usesSpot(capacity) {
  return capacity === "spot" || capacity === "spot-then-on-demand";
}

// src/domain/cost/extra-costs.ts
var GB = 1e9;
var HOURS_PER_MONTH = 730;
function storageCost(prices, region, spec) {
  const r = prices.regions[region];
  const perGbMonth = spec.kind === "s3" ? r?.s3?.standardGbMonth : spec.kind === "fsx-lustre" ? r?.fsxLustre?.scratch2GbMonth : void 0;
  if (perGbMonth == null) {
    return { usd: 0, known: false, note: `no ${spec.kind} price for ${region} in the price table` };
  }
  const months = (spec.hours ?? HOURS_PER_MONTH) / HOURS_PER_MONTH;
  return { usd: spec.sizeBytes / GB * perGbMonth * months, known: true };
}
function transferCost(prices, region, bytes) {
  if (bytes <= 0) return { usd: 0, known: true };
  const perGb = prices.regions[region]?.dataTransferOutGb;
  if (perGb == null) return { usd: 0, known: false, note: `no data transfer price for ${region}` };
  return { usd: bytes / GB * perGb, known: true };
}

// src/domain/plan/build-plan.ts
var BACKENDS = ["local", "aws-batch"];
function buildPlan(exp, opts) {
  const problems = [];
  const warnings = [];
  const cells = toCells(expandMatrix(exp.matrix));
  const repeats = opts.repeats ?? exp.repeats;
  const jobs = [];
  const estimates = [];
  const stageJobIds = /* @__PURE__ */ new Map();
  for (const stage of exp.stages) {
    for (const cell of cells) {
      const compute = resolveCompute(stage, cell, problems);
      const shardCount = resolveWorkers(stage, cell, problems, warnings);
      let estimate;
      for (let repeat = 1; repeat <= repeats; repeat++) {
        const groupId = `${stage.name}.${cell.id}.r${repeat}`;
        const group = expandGroup(stage, cell, repeat, shardCount, compute, groupId);
        for (const job of group) {
          job.needs = stage.needs.flatMap((n) => stageJobIds.get(`${n}|${cell.id}|${repeat}`) ?? []);
        }
        stageJobIds.set(
          `${stage.name}|${cell.id}|${repeat}`,
          group.filter((j) => !j.speculativeOf).map((j) => j.id)
        );
        jobs.push(...group);
        estimate ??= estimateGroup(stage, cell, group, opts);
      }
      if (estimate) estimates.push(estimate);
    }
  }
  const plan = {
    experiment: exp.name,
    file: exp.file,
    cells,
    stages: exp.stages.map((s) => s.name),
    jobs,
    estimates,
    totals: totals(exp, jobs, estimates, repeats, opts),
    priceSnapshot: opts.prices.snapshot,
    warnings
  };
  problems.push(...checkBudget(exp, plan));
  return { plan, problems };
}
function resolveCompute(stage, cell, problems) {
  const backend = renderTemplate(String(stage.compute.backend), { matrix: cell.values });
  if (!BACKENDS.includes(backend)) {
    problems.push({
      path: ["compute", "backend"],
      message: `cell ${cell.id}: backend "${backend}" is not one of ${BACKENDS.join(", ")}`,
      hint: "give the matrix axis only the values local and aws-batch",
      severity: "error"
    });
  }
  const { backend: _b, ...rest } = stage.compute;
  return { ...rest, backend: BACKENDS.includes(backend) ? backend : "local" };
}
function resolveWorkers(stage, cell, problems, warnings) {
  if (!stage.fanOut) return 1;
  const raw = renderTemplate(String(stage.fanOut.workers), { matrix: cell.values });
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 1) {
    problems.push({
      path: ["fan-out", "workers"],
      message: `cell ${cell.id}: fan-out workers "${raw}" is not a whole number of at least 1`,
      hint: "use a matrix axis of whole numbers, e.g. workers: [1, 10, 25, 50]",
      severity: "error"
    });
    return 1;
  }
  if (workers > stage.fanOut.items) {
    warnings.push(
      `stage ${stage.name}, cell ${cell.id}: ${workers} workers for ${stage.fanOut.items} items; only ${stage.fanOut.items} shards have work, so ${stage.fanOut.items} are used`
    );
    return stage.fanOut.items;
  }
  return workers;
}
function expandGroup(stage, cell, repeat, shardCount, compute, groupId) {
  const items = stage.fanOut?.items;
  const shards = [];
  for (let index = 0; index < shardCount; index++) {
    const ctx = { matrix: cell.values, shard: { index, count: shardCount }, repeat };
    const job = {
      id: shardCount > 1 ? `${groupId}.s${index}` : groupId,
      stage: stage.name,
      cellId: cell.id,
      repeat,
      shardIndex: index,
      shardCount,
      groupId,
      command: stage.run.command.map((c) => renderTemplate(c, ctx)),
      env: Object.fromEntries(Object.entries(stage.run.env).map(([k, v]) => [k, renderTemplate(v, ctx)])),
      resources: stage.resources,
      compute: { ...compute, tags: { ...compute.tags } },
      needs: []
    };
    if (stage.run.workdir !== void 0) job.workdir = stage.run.workdir;
    if (items !== void 0) {
      job.itemStart = Math.floor(index * items / shardCount);
      job.itemEnd = Math.floor((index + 1) * items / shardCount);
    }
    shards.push(job);
  }
  return [...shards, ...speculativeCopies(stage, shards)];
}
function speculativeCopies(stage, shards) {
  const factor = stage.fanOut?.oversubscribe ?? 1;
  const count = Math.min(shards.length, Math.ceil(shards.length * (factor - 1) - 1e-9));
  if (count <= 0 || shards.length < 2) return [];
  const size = (j) => (j.itemEnd ?? 0) - (j.itemStart ?? 0);
  const chosen = [...shards].sort((a, b) => size(b) - size(a) || b.shardIndex - a.shardIndex).slice(0, count);
  return chosen.sort((a, b) => a.shardIndex - b.shardIndex).map((original) => ({ ...original, id: `${original.id}.x1`, speculativeOf: original.id }));
}
function estimateGroup(stage, cell, group, opts) {
  const measured = opts.history?.(stage.name, cell.id);
  const first = group[0];
  const perJobSeconds = measured?.seconds ?? stage.resources.timeoutSec;
  const priced = measured?.usd ?? group.reduce(
    (sum, job) => sum + jobCost({
      prices: opts.prices,
      compute: job.compute,
      vcpus: job.resources.vcpus,
      memoryBytes: job.resources.memoryBytes,
      gpus: job.resources.gpus,
      seconds: perJobSeconds
    }).usd,
    0
  );
  return {
    cellId: cell.id,
    stage: stage.name,
    jobs: group.length,
    vcpus: group.reduce((s, j) => s + j.resources.vcpus, 0),
    seconds: measured?.seconds ?? (first.compute.backend === "local" ? localGroupSeconds(group, perJobSeconds, opts) : perJobSeconds),
    usd: priced,
    basis: measured ? "history" : "timeout"
  };
}
function localGroupSeconds(group, seconds, opts) {
  const slots = Math.max(1, opts.localConcurrency ?? 1);
  const originals = group.filter((j) => !j.speculativeOf);
  const perJobSlots = Math.min(slots, originals[0].resources.vcpus);
  const atOnce = Math.max(1, Math.floor(slots / perJobSlots));
  return Math.ceil(originals.length / atOnce) * seconds;
}
function totals(exp, jobs, estimates, repeats, opts) {
  const vcpuHours = jobs.reduce((sum, job) => {
    const seconds2 = opts.history?.(job.stage, job.cellId)?.seconds ?? job.resources.timeoutSec;
    return sum + job.resources.vcpus * seconds2 / 3600;
  }, 0);
  const peakVcpus = Math.max(
    0,
    ...exp.stages.map(
      (s) => jobs.filter((j) => j.stage === s.name).reduce((sum, j) => sum + j.resources.vcpus, 0)
    )
  );
  let seconds = 0;
  for (const stage of exp.stages) {
    const mine = estimates.filter((e) => e.stage === stage.name);
    const local = mine.filter((e) => jobs.find((j) => j.cellId === e.cellId)?.compute.backend === "local");
    const cloud = mine.filter((e) => !local.includes(e));
    const localSeconds = local.reduce((s, e) => s + e.seconds * repeats, 0);
    const cloudSeconds = Math.max(0, ...cloud.map((e) => e.seconds));
    seconds += Math.max(localSeconds, cloudSeconds);
  }
  const computeUsd = estimates.reduce((s, e) => s + e.usd * repeats, 0);
  const region = exp.stages[0]?.compute.region ?? "us-east-1";
  const storageUsd = exp.costs.storage.reduce((s, spec) => s + storageCost(opts.prices, region, spec).usd, 0);
  const transferUsd = transferCost(opts.prices, region, exp.costs.transferOutBytes).usd;
  return {
    jobs: jobs.length,
    cells: new Set(jobs.map((j) => j.cellId)).size,
    vcpuHours,
    peakVcpus,
    seconds,
    computeUsd,
    storageUsd,
    transferUsd,
    usd: computeUsd + storageUsd + transferUsd
  };
}
function checkBudget(exp, plan) {
  const problems = [];
  const { maxJobs, maxVcpus, maxUsd } = exp.budget;
  if (maxJobs !== void 0 && plan.totals.jobs > maxJobs) {
    problems.push({
      path: ["budget", "max-jobs"],
      message: `the plan has ${plan.totals.jobs} jobs, over the budget of ${maxJobs}`,
      hint: "lower repeats, remove matrix values, or raise budget.max-jobs",
      severity: "error"
    });
  }
  if (maxVcpus !== void 0) {
    const biggest = Math.max(0, ...plan.jobs.map((j) => j.resources.vcpus));
    if (biggest > maxVcpus) {
      problems.push({
        path: ["budget", "max-vcpus"],
        message: `a job asks for ${biggest} vCPUs, over the budget of ${maxVcpus} vCPUs at once`,
        hint: "lower resources.vcpus or raise budget.max-vcpus",
        severity: "error"
      });
    }
  }
  if (maxUsd !== void 0 && plan.totals.usd > maxUsd) {
    const worstCase = plan.estimates.some((e) => e.basis === "timeout");
    problems.push({
      path: ["budget", "max-usd"],
      message: worstCase ? `if every job ran to its timeout the run would cost $${plan.totals.usd.toFixed(2)}, over the budget of $${maxUsd}` : `the estimated cost $${plan.totals.usd.toFixed(2)} is over the budget of $${maxUsd}`,
      hint: worstCase ? "the estimate uses timeouts until a run has measured the jobs; lower resources.timeout to bound it" : "use spot capacity, fewer repeats, or raise budget.max-usd",
      severity: worstCase ? "warning" : "error"
    });
  }
  return problems;
}

export {
  instancePrice,
  jobCost,
  storageCost,
  transferCost,
  buildPlan,
  loadPrices
};
