/**
 * etcd quorum arithmetic (https://etcd.io/docs/v3.6/faq/): a cluster of n voting members needs a majority,
 * floor(n/2) + 1, to make progress, so it survives n - quorum failures. Even sizes add nothing; more than 7 is advised against.
 */

/** The FAQ's advised maximum cluster size. */
export const MAX_ETCD_MEMBERS = 7;

/** Majority of n voting members: floor(n/2) + 1. */
export function quorum(members: number): number {
  return Math.floor(members / 2) + 1;
}

/** Member failures n members survive: n - quorum(n), which is floor((n-1)/2). */
export function failuresTolerated(members: number): number {
  return members - quorum(members);
}

/** Members per zone when n members are spread as evenly as possible over z zones (largest first). */
export function spreadEvenly(count: number, zones: number): number[] {
  return Array.from({ length: zones }, (_, i) => Math.floor(count / zones) + (i < count % zones ? 1 : 0));
}

/** Whether n members spread evenly over z zones keep quorum after losing the zone that holds the most. */
export function survivesZoneLoss(members: number, zones: number): boolean {
  if (zones < 2) return false;
  return members - Math.max(...spreadEvenly(members, zones)) >= quorum(members);
}

export interface EtcdSizing {
  members: number;
  quorum: number;
  failuresTolerated: number;
  /** With zones >= 2: whether the members survive a zone loss (false when no size up to 7 can). */
  zoneLossSurvived: boolean;
}

/**
 * The smallest odd member count (at most 7) that survives `tolerate` member failures and, with two or more
 * zones, the loss of the fullest zone. With two zones no count can (one zone always holds at least half), so the
 * count then only covers `tolerate` and zoneLossSurvived is false.
 */
export function etcdMembersFor(tolerate: number, zones: number): EtcdSizing {
  const sizes = [1, 3, 5, 7].filter((n) => failuresTolerated(n) >= tolerate);
  const forZones = zones >= 2 ? sizes.find((n) => survivesZoneLoss(n, zones)) : undefined;
  const members = forZones ?? sizes[0] ?? MAX_ETCD_MEMBERS;
  return { members, quorum: quorum(members), failuresTolerated: failuresTolerated(members), zoneLossSurvived: forZones !== undefined };
}
