/**
 * Connected groups of linked items (union-find): quotes linked by matches, directly or through
 * others, form one group. Groups come in the order their first member was first linked, and
 * members in the order they were first seen.
 */
export function connectedGroups<K>(links: Iterable<readonly [K, K]>): K[][] {
  const parent = new Map<K, K>();
  const find = (x: K): K => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r) as K;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of links) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const members = new Map<K, K[]>();
  for (const q of parent.keys()) {
    const root = find(q);
    const list = members.get(root);
    if (list) list.push(q);
    else members.set(root, [q]);
  }
  return [...members.values()];
}
