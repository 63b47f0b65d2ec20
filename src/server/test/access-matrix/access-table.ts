/**
 * Who may call each route of the API, written once. Every route of the OpenAPI document must be here
 * (access-matrix.test.ts fails otherwise) and every cell is checked against the running app.
 *
 * `who` has one letter per role, in the order of ROLES (anonymous, viewer, partner, coordinator, admin):
 *   A  allowed on records of every region / organization
 *   O  allowed only on its own: the coordinator's region (KZ-79), the partner's organization (A)
 *   -  denied
 * The target of a cell is the most restricted record of its kind (a draft memorandum, an unpublished
 * news post, a file attached to nothing…) in the caller's own half of the fixture world or the other.
 *
 * Denied means: reads answer 401 (anonymous) or 403 (a role that may never use the route) or 404 (a
 * record outside the caller's scope: `recordScoped` routes must answer exactly 404, so a hidden record
 * is indistinguishable from a missing one); writes answer 401, 403 or 404 and change no row.
 * Allowed means 2xx/3xx, or one of the route's `business` statuses (e.g. 409 when the same
 * state change was already made by an earlier permitted cell).
 */
export const ROLES = ["anonymous", "viewer", "partner", "coordinator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface RouteAccess {
  who: string;
  recordScoped?: boolean;
  business?: number[];
}

export interface Cell {
  route: string;
  role: Role;
  scope: "own" | "other";
  status: number;
}

export const ACCESS_TABLE: Record<string, RouteAccess> = {
  // Reference data and the public directory: everyone.
  "GET /api/regions": { who: "AAAAA" },
  "GET /api/regions/{code}": { who: "AAAAA" },
  "GET /api/service-categories": { who: "AAAAA" },
  "GET /api/directory/search": { who: "AAAAA" },
  "GET /api/location-map": { who: "AAAAA" },

  // The signed-in user and staff users (admins manage users).
  "GET /api/me": { who: "-AAAA" },
  "GET /api/users": { who: "----A" },
  "POST /api/users": { who: "----A" },
  "GET /api/users/{id}": { who: "----A" },
  "PATCH /api/users/{id}": { who: "----A" },

  // Branches: public; written by admins and the coordinators of their region.
  "GET /api/branches": { who: "AAAAA" },
  "POST /api/branches": { who: "---OA" },
  "GET /api/branches/{id}": { who: "AAAAA" },
  "PATCH /api/branches/{id}": { who: "---OA" },
  "DELETE /api/branches/{id}": { who: "---OA" },

  // Memoranda: a draft is read by staff who read everything (viewer, admin), the coordinator of a branch
  // party's region and the partner party; written by admins and those coordinators.
  "GET /api/memoranda": { who: "AAAAA" },
  "POST /api/memoranda": { who: "---OA" },
  "GET /api/memoranda/{id}": { who: "-AOOA", recordScoped: true },
  "PATCH /api/memoranda/{id}": { who: "---OA" },
  "DELETE /api/memoranda/{id}": { who: "---OA" },
  "POST /api/memoranda/{id}/transitions": { who: "---OA", business: [409] },
  "POST /api/memoranda/{id}/terminate": { who: "---OA" },
  "POST /api/memoranda/{id}/renewals": { who: "---OA", business: [409] },
  "POST /api/memoranda/{id}/amendments": { who: "---OA" },
  "POST /api/memoranda/{id}/commitments": { who: "---OA" },
  "PATCH /api/commitments/{id}": { who: "---OA", business: [409] },
  "DELETE /api/commitments/{id}": { who: "---OA" },
  "GET /api/memoranda/{id}/attachments": { who: "-AOOA", recordScoped: true },
  "POST /api/memoranda/{id}/attachments": { who: "---OA" },
  "DELETE /api/memoranda/{id}/attachments/{attachmentId}": { who: "---OA" },

  // Partners: published ones are public; a partner writes its own profile and content; coordinators
  // register and merge partners of their regions; admins delete (409 while still referenced) and verify.
  "GET /api/organizations": { who: "AAAAA" },
  "POST /api/organizations": { who: "---OA" },
  "GET /api/organizations/{id}": { who: "AAAAA" },
  "PATCH /api/organizations/{id}": { who: "--O-A" },
  "DELETE /api/organizations/{id}": { who: "----A", business: [409] },
  "POST /api/organizations/{id}/verify": { who: "----A" },
  "POST /api/organizations/{id}/merge": { who: "---OA" },
  "GET /api/services": { who: "AAAAA" },
  "POST /api/services": { who: "--O-A" },
  "GET /api/services/{id}": { who: "AAAAA" },
  "PATCH /api/services/{id}": { who: "--O-A" },
  "DELETE /api/services/{id}": { who: "--O-A" },
  "POST /api/services/{id}/verify": { who: "----A" },
  "GET /api/organizations/{id}/locations": { who: "AAAAA" },
  "POST /api/organizations/{id}/locations": { who: "--O-A" },
  "GET /api/locations/{id}": { who: "AAAAA" },
  "PATCH /api/locations/{id}": { who: "--O-A" },
  "DELETE /api/locations/{id}": { who: "--O-A" },

  // Initiatives (public) and practices (staff until published): admins, the region's coordinator and
  // the partner that takes part / wrote it.
  "GET /api/initiatives": { who: "AAAAA" },
  "POST /api/initiatives": { who: "--OOA" },
  "GET /api/initiatives/{id}": { who: "AAAAA" },
  "PATCH /api/initiatives/{id}": { who: "--OOA" },
  "DELETE /api/initiatives/{id}": { who: "--OOA" },
  "GET /api/initiatives/{id}/attachments": { who: "AAAAA" },
  "POST /api/initiatives/{id}/attachments": { who: "--OOA" },
  "DELETE /api/initiatives/{id}/attachments/{attachmentId}": { who: "--OOA" },
  "GET /api/practices": { who: "AAAAA" },
  "POST /api/practices": { who: "--OOA" },
  "GET /api/practices/{id}": { who: "-AAAA", recordScoped: true },
  "PATCH /api/practices/{id}": { who: "--OOA" },
  "DELETE /api/practices/{id}": { who: "--OOA" },
  "PUT /api/practices/{id}/replications": { who: "--OOA" },
  "GET /api/practices/{id}/attachments": { who: "-AAAA", recordScoped: true },
  "POST /api/practices/{id}/attachments": { who: "--OOA" },
  "DELETE /api/practices/{id}/attachments/{attachmentId}": { who: "--OOA" },

  // News: a draft is read by viewers, admins and the region's coordinator, written by the latter two.
  "GET /api/news": { who: "AAAAA" },
  "POST /api/news": { who: "---OA" },
  "GET /api/news/{idOrSlug}": { who: "-A-OA", recordScoped: true },
  "PATCH /api/news/{id}": { who: "---OA" },
  "DELETE /api/news/{id}": { who: "---OA" },
  "POST /api/news/{id}/publish": { who: "---OA", business: [409] },
  "POST /api/news/{id}/unpublish": { who: "---OA", business: [409] },
  "GET /api/news/{id}/attachments": { who: "-A-OA", recordScoped: true },
  "POST /api/news/{id}/attachments": { who: "---OA" },
  "DELETE /api/news/{id}/attachments/{attachmentId}": { who: "---OA" },

  // Family reports: staff read them (lists filtered by scope); admins and the region's coordinator resolve.
  "GET /api/reports": { who: "-AAAA" },
  "POST /api/reports/{id}/resolve": { who: "---OA", business: [409] },
  "GET /api/verification/due": { who: "-AAAA" },

  // History of a record: admins and the record's scoped users.
  "GET /api/audit": { who: "--OOA", recordScoped: true },

  // Files: any writer uploads; an unattached file is its uploader's only (the admin's here).
  "POST /api/files": { who: "--AAA" },
  "GET /api/files/{id}": { who: "----A", recordScoped: true },
  "GET /api/files/{id}/thumbnail": { who: "----A", recordScoped: true, business: [404] },

  // The signed-in user's own screens.
  "GET /api/home": { who: "-AAAA" },
  "GET /api/notifications": { who: "-AAAA" },
  "POST /api/notifications/read-all": { who: "-AAAA" },
  "POST /api/notifications/{id}/read": { who: "-OOOO" },

  // Analytics: staff who read across organizations; population figures are the admin's.
  "GET /api/analytics/coverage": { who: "-A-AA" },
  "GET /api/analytics/memoranda": { who: "-A-AA" },
  "GET /api/analytics/initiatives": { who: "-A-AA" },
  "GET /api/analytics/coverage.csv": { who: "-A-AA" },
  "GET /api/analytics/coverage.xlsx": { who: "-A-AA" },
  "GET /api/analytics/report.pdf": { who: "-A-AA" },
  "GET /api/analytics/population": { who: "-A-AA" },
  "PUT /api/analytics/population/{regionCode}": { who: "----A" },

  // Exports (each filtered to what the caller may read) and imports.
  "GET /api/exports/organizations.csv": { who: "-AAAA" },
  "GET /api/exports/organizations.xlsx": { who: "-AAAA" },
  "GET /api/exports/services.csv": { who: "-AAAA" },
  "GET /api/exports/services.xlsx": { who: "-AAAA" },
  "GET /api/exports/memoranda.csv": { who: "-AAAA" },
  "GET /api/exports/memoranda.xlsx": { who: "-AAAA" },
  "GET /api/exports/initiatives.csv": { who: "-AAAA" },
  "GET /api/exports/initiatives.xlsx": { who: "-AAAA" },
  "GET /api/exports/memoranda.pdf": { who: "-AAAA" },
  // The sample form imports organizations, which partners may not (they import their services).
  "POST /api/imports/spreadsheet/preview": { who: "---AA", business: [400] },
  "POST /api/imports/spreadsheet": { who: "---AA", business: [400] },
  "GET /api/imports/spreadsheet/template.csv": { who: "---AA" },
  "GET /api/imports/spreadsheet/template.xlsx": { who: "---AA" },
  "POST /api/extraction": { who: "---AA" },
  "POST /api/extraction/confirm": { who: "---AA", business: [400] },
  "GET /api/interop/hsds/export.zip": { who: "----A" },
  "POST /api/interop/hsds/import": { who: "----A", business: [400] },
};

export function expectedOutcome(routeKey: string, role: Role, scope: "own" | "other"): "allow" | "deny" {
  const entry = ACCESS_TABLE[routeKey];
  const letter = entry?.who[ROLES.indexOf(role)];
  if (letter === "A") return "allow";
  if (letter === "O") return scope === "own" ? "allow" : "deny";
  return "deny";
}
