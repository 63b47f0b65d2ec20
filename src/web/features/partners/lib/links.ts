/**
 * For links back up the hierarchy (breadcrumbs, «Cancel»): active only on their own page, so a parent is
 * never announced as the current page (`aria-current`) from one of its children.
 */
export const EXACT = { exact: true } as const;
