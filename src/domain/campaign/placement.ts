import type { Campaign } from './campaign.js';

/**
 * Which backend can place a campaign's jobs on the machines they are named after, and what it
 * needs for it. Like the experiment file's checks, this is knowledge of the file (its
 * `instances` are EC2 types, its `slurm.nodes` a cluster's node types), kept here so that the
 * wiring of a window (compose/, app/) names no backend. Any other backend of the registry runs a
 * campaign's jobs as they are, wherever it runs jobs, and the report says so.
 */
const PLACES: Record<string, { kind: 'instances' | 'slurm'; needs: readonly ('queue' | 'image')[] }> = {
  'aws-batch': { kind: 'instances', needs: ['queue', 'image'] },
  slurm: { kind: 'slurm', needs: [] },
};

/** What the machines of a campaign are: EC2 instance types, or a Slurm cluster's node types. */
export function machineKind(c: Pick<Campaign, 'slurm'>): 'instances' | 'slurm' {
  return c.slurm ? 'slurm' : 'instances';
}

/** The backend puts each job on the machine it is named after (a queue per type, a node type). */
export function placesOnMachines(backend: string, c: Pick<Campaign, 'slurm'>): boolean {
  return PLACES[backend]?.kind === machineKind(c);
}

/** The settings the backend needs from the workflow to place a window's jobs. */
export function placementNeeds(backend: string): readonly ('queue' | 'image')[] {
  return PLACES[backend]?.needs ?? [];
}

/**
 * Why this campaign cannot run on this backend, or undefined: a backend that places jobs on one
 * kind of machine cannot run a campaign named after the other kind.
 */
export function backendMismatch(backend: string, c: Pick<Campaign, 'slurm' | 'file'>): string | undefined {
  const place = PLACES[backend];
  if (!place || place.kind === machineKind(c)) return undefined;
  const fits = Object.entries(PLACES)
    .filter(([, p]) => p.kind === machineKind(c))
    .map(([name]) => name);
  const what = c.slurm ? 'Slurm node types (slurm.nodes)' : 'EC2 instance types (instances)';
  return `${c.file} names ${what}, which ${backend} cannot place jobs on: run it with ${[...fits, 'local'].join(' or ')}`;
}

/** Why a campaign needs no AWS Batch queues (it names a cluster's node types), or undefined. */
export function queuesNotNeeded(c: Pick<Campaign, 'slurm' | 'file'>): string | undefined {
  if (!c.slurm) return undefined;
  return `${c.file} names Slurm node types (slurm.nodes), which need no AWS Batch queues: run it with campaign run --backend slurm`;
}
