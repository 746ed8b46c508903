const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances'];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Torvalds',
  'Hamilton',
  'Ritchie',
  'Liskov',
  'Thompson',
  'Allen',
];

/**
 * A stand-in for the host app's user directory: a stable, made-up name per seeded member id (ids end in a
 * hex counter). Unknown ids get no name, and the list shows the id.
 */
export function memberName(memberId: string): string | undefined {
  const match = /-([0-9a-f]{12})$/.exec(memberId);
  if (!match?.[1]) return undefined;
  const index = Number.parseInt(match[1], 16);
  const first = FIRST[index % FIRST.length];
  const last = LAST[Math.floor(index / FIRST.length) % LAST.length];
  const suffix = index >= FIRST.length * LAST.length ? ` ${Math.floor(index / (FIRST.length * LAST.length)) + 1}` : '';
  return `${first} ${last}${suffix}`;
}
