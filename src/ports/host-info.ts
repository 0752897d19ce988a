/** What a run records about the machine that drove it, so a report says which CPU it measured. */
export interface HostInfo {
  host?: string;
  cpuModel?: string;
  cpuCount?: number;
  gitCommit?: string;
}
