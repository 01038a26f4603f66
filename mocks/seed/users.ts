import type { User } from '../../src/domain/user';

/** Invented people to sign in as in the demo, one of each kind of user. */
export const seedUsers: readonly User[] = [
  { id: 'claire-coordinator', name: 'Claire Dubois', role: 'coordinator', cityId: null },
  { id: 'lotte-ghent', name: 'Lotte Peeters', role: 'member', cityId: 'ghent' },
  { id: 'aino-helsinki', name: 'Aino Virtanen', role: 'member', cityId: 'helsinki' },
  { id: 'jordi-barcelona', name: 'Jordi Puig', role: 'member', cityId: 'barcelona' },
  { id: 'kasia-warsaw', name: 'Kasia Nowak', role: 'member', cityId: 'warsaw' },
  { id: 'sanne-amsterdam', name: 'Sanne de Vries', role: 'member', cityId: 'amsterdam' },
  { id: 'sam-viewer', name: 'Sam Taylor', role: 'viewer', cityId: null },
];
