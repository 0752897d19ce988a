import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  parsePriceTable
} from "./chunk-SIQR2AZH.js";
import {
  readUserFile
} from "./chunk-OE34II5Z.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// data/aws-prices.json
var aws_prices_default = {
  snapshot: "EC2 on-demand prices: us-east-1 as of 2026-07-20, us-west-2 from the SkyPilot catalog (undated; equal to us-east-1 for every type in both); Spot: typical savings from the AWS Spot Advisor, 2025-06-28; Fargate, S3, FSx, data transfer and CloudWatch from public price pages dated 2024-10 to 2026-06. Sources: data/aws-prices.SOURCES.md",
  basis: {
    onDemand: {
      "us-east-1": "2026-07-20",
      "us-west-2": "undated"
    },
    spot: "2025-06",
    sources: "data/aws-prices.SOURCES.md"
  },
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

// src/adapters/prices.ts
async function loadPrices(path) {
  if (!path) return parsePriceTable(aws_prices_default, "the shipped price table");
  const hint = "give --prices a JSON price table like data/aws-prices.json, or leave it out to use the shipped one";
  const text = await readUserFile(path, { root: process.cwd(), allowNamedOutside: true }).catch(
    (error) => {
      const reason = error.reason;
      throw new UserError(
        `${path}: cannot read the price table: ${typeof reason === "string" ? reason : error.message}`,
        {
          hint,
          cause: error
        }
      );
    }
  );
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: cannot read the price table: ${error.message}`, { hint });
  }
  return parsePriceTable(json, path);
}

export {
  loadPrices
};
