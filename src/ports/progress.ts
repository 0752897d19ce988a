/** Where use cases tell a person how far a run has got. */
export interface Progress {
  update(counts: {
    queued: number;
    running: number;
    succeeded: number;
    failed: number;
    /** Stopped by a cancel or an interrupt: not failed. */
    cancelled?: number;
    total: number;
    /** Seconds until the last job is expected to finish, when the use case can tell. */
    etaSeconds?: number;
  }): void;
  log(line: string): void;
  done(): void;
}
