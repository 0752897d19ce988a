/** Where use cases tell a person how far a run has got. */
export interface Progress {
  update(counts: { queued: number; running: number; succeeded: number; failed: number; total: number }): void;
  log(line: string): void;
  done(): void;
}
