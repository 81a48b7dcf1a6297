/**
 * Models with no pipeline tag that derive from a tracked model: no listing by tag sees them, but
 * an archive file holds the whole Hub, so their first parents can be followed
 * (../shared/ARCHIVE-FACTS.md, "Models with no pipeline tag").
 */

/**
 * How many untagged models' first-parent chains reach a tracked model. `parents` maps each
 * untagged model that names a parent to its first parent; `isTracked` says whether an id is a
 * model of a tracked tag in the same file. A chain goes through untagged models only and stops at
 * the first model that is not one: it counts when that model is tracked, and not when it has an
 * untracked tag, is missing from the file (an untagged model naming no parent is as good as
 * missing: its chain ends there) or comes back to a model it has visited.
 */
export function countUntaggedDerivatives(parents: ReadonlyMap<string, string>, isTracked: (id: string) => boolean): number {
  // Each model's verdict, once: chains share their upper parts (many quantizations of one fine-tune).
  const reaches = new Map<string, boolean>();
  const path: string[] = [];
  const onPath = new Set<string>();
  let count = 0;
  for (const start of parents.keys()) {
    let verdict = reaches.get(start);
    if (verdict === undefined) {
      let id = start;
      for (;;) {
        const known = reaches.get(id);
        if (known !== undefined) {
          verdict = known;
          break;
        }
        if (onPath.has(id)) {
          verdict = false; // a repeat
          break;
        }
        path.push(id);
        onPath.add(id);
        const parent = parents.get(id) as string;
        if (isTracked(parent)) {
          verdict = true;
          break;
        }
        if (!parents.has(parent)) {
          verdict = false; // an untracked tag, or no such model, or an untagged model with no parent
          break;
        }
        id = parent;
      }
      for (const visited of path) reaches.set(visited, verdict);
      path.length = 0;
      onPath.clear();
    }
    if (verdict) count++;
  }
  return count;
}
