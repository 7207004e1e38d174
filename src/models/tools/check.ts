/**
 * Checks that span entries of content/data/tools.yaml, which the per-entry schema (src/schemas/tools.ts) cannot make:
 * successors exist and are other tools. Returns one message per problem (empty when the data is sound).
 */
export function toolProblems(tools: ReadonlyArray<{ slug: string; successor?: string }>): string[] {
  const slugs = new Set(tools.map((t) => t.slug));
  const problems: string[] = [];
  for (const t of tools) {
    if (t.successor === t.slug) problems.push(`${t.slug}: a tool cannot succeed itself`);
    else if (t.successor && !slugs.has(t.successor)) problems.push(`${t.slug}: successor "${t.successor}" is not a tool`);
  }
  return problems;
}
