/**
 * The roles in the referral route that a story can point at (`# route:` tag). A workshop fills in
 * who plays each role in its own municipality (the local route map) and shows it where the story
 * names the role. This list is the one source of truth for those roles.
 */
export const ROUTE_ROLES = {
  zorgcoordinator: { nl: 'Zorgcoördinator mensenhandel', en: 'Trafficking care coordinator' },
  veilig_thuis: { nl: 'Veilig Thuis', en: 'Veilig Thuis (advice and reporting centre)' },
  csg: { nl: 'Centrum Seksueel Geweld', en: 'Sexual Assault Centre' },
  politie: { nl: 'Politie (AVIM)', en: 'Police (AVIM)' },
  aandachtsfunctionaris: { nl: 'Aandachtsfunctionaris', en: 'Designated contact' },
  wijkteam: { nl: 'Wijkteam', en: 'District team' },
  leerplicht: { nl: 'Leerplicht', en: 'School attendance' },
  gemeente: { nl: 'Gemeente (beleid)', en: 'Municipality (policy)' },
} as const;

export type RouteRole = keyof typeof ROUTE_ROLES;

export const ROUTE_ROLE_IDS = Object.keys(ROUTE_ROLES) as RouteRole[];

export function isRouteRole(value: string): value is RouteRole {
  return Object.hasOwn(ROUTE_ROLES, value);
}
