/** Tool categories, in the order the directory lists them; the ids are public (?category=). */
export const toolCategories = {
  'provisioning': 'Provisioning',
  'installer': 'Installer',
  'distribution': 'Distribution',
  'cluster-lifecycle': 'Cluster lifecycle',
  'kubernetes-as-a-service': 'Kubernetes as a service',
  'openstack-integration': 'OpenStack integration',
  'openstack-on-kubernetes': 'OpenStack on Kubernetes',
  'openstack-deployment': 'OpenStack deployment',
  'container-runtime': 'Container runtime',
  'network-plugin': 'Network plugin',
  'device-plugin': 'Device plugin',
} as const;
export type ToolCategory = keyof typeof toolCategories;

/** Where a tool stood in May 2017, when the talk was given. */
export const thenStatuses = {
  'active': 'Active',
  'beta': 'Beta',
  'early': 'Before 1.0',
  'renamed': 'Already renamed',
  'not-yet': 'Did not exist yet',
} as const;
export type ThenStatus = keyof typeof thenStatuses;

/** Where a tool stands now; the ids are public (?status=, data-status). */
export const nowStatuses = {
  'active': 'Active',
  'renamed': 'Renamed',
  'deprecated': 'Deprecated',
  'removed': 'Removed',
  'archived': 'Archived',
  'retired': 'Retired',
} as const;
export type NowStatus = keyof typeof nowStatuses;

/** What links a status to its date: "Renamed on 16 June 2017", "Active as of 2026", "Did not exist yet; first seen 2021". */
export const datePhrases: Record<ThenStatus | NowStatus, 'as of' | 'on' | '; first seen'> = {
  'active': 'as of', 'beta': 'as of', 'early': 'as of', 'not-yet': '; first seen',
  'renamed': 'on', 'deprecated': 'on', 'removed': 'on', 'archived': 'on', 'retired': 'on',
};

/** Which of the talk's lists named the tool (the "Then and now" view). */
export const talkLists = {
  toolbox: 'The toolbox',
  runtime: 'Container runtimes',
  network: 'Network plugins',
} as const;
export type TalkList = keyof typeof talkLists;

/** Keys of a label table, as the non-empty tuple zod's enum wants. */
export function keysOf<T extends Record<string, string>>(table: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}
