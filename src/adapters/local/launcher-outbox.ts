/**
 * What the launcher writes back to the run, and when. A line the run must act on (a start it
 * asked for, an error, an end with nothing queued behind it) goes out at the end of the current
 * turn of the event loop. The ends of very short jobs handed on down a long queue need no answer
 * yet: they wait up to `batchMs` and go out together, so a chain of such jobs wakes the run once
 * a batch instead of twice a job. Anything urgent takes what waited with it. The run's side
 * (launcher.ts) sends everything at once, so its lines of one turn go out in one write.
 */
export class Outbox {
  private text = '';
  private soon = false;
  private later: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (text: string) => void,
    private readonly batchMs = 0,
  ) {}

  send(line: string, canWait = false): void {
    this.text += `${line}\n`;
    if (!canWait) {
      if (!this.soon) process.nextTick(() => this.flush());
      this.soon = true;
    } else if (!this.soon && !this.later) {
      this.later = setTimeout(() => this.flush(), this.batchMs);
    }
  }

  flush(): void {
    clearTimeout(this.later);
    this.later = undefined;
    this.soon = false;
    const text = this.text;
    this.text = '';
    if (text !== '') this.write(text);
  }
}
