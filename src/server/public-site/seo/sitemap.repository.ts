import { asc, desc, eq } from "drizzle-orm";
import type { Queryable } from "../../db/client.ts";
import { ANONYMOUS } from "../../http/principal.ts";
import { newsPosts } from "../../modules/news/news.schema.ts";
import { organizationVisibility } from "../../modules/organizations/organizations.policy.ts";
import { organizations } from "../../modules/organizations/organizations.schema.ts";
import { serviceVisibility } from "../../modules/services/services.policy.ts";
import { services } from "../../modules/services/services.schema.ts";

export interface SitemapPage {
  path: string;
  lastModified: Date | null;
}

/** What the public may see, under the same rules as the public pages (the anonymous principal). */
export async function publicPages(db: Queryable, limit: number): Promise<SitemapPage[]> {
  const [serviceRows, organizationRows, newsRows] = await Promise.all([
    db
      .select({ id: services.id, updatedAt: services.updatedAt })
      .from(services)
      .where(serviceVisibility(ANONYMOUS))
      .orderBy(asc(services.createdAt), asc(services.id))
      .limit(limit),
    db
      .select({ id: organizations.id, updatedAt: organizations.updatedAt })
      .from(organizations)
      .where(organizationVisibility(ANONYMOUS))
      .orderBy(asc(organizations.createdAt), asc(organizations.id))
      .limit(limit),
    db
      .select({ slug: newsPosts.slug, updatedAt: newsPosts.updatedAt })
      .from(newsPosts)
      .where(eq(newsPosts.published, true))
      .orderBy(desc(newsPosts.publishedAt), asc(newsPosts.id))
      .limit(limit),
  ]);
  return [
    ...serviceRows.map((row) => ({ path: `/services/${row.id}`, lastModified: row.updatedAt })),
    ...organizationRows.map((row) => ({ path: `/organizations/${row.id}`, lastModified: row.updatedAt })),
    ...newsRows.map((row) => ({ path: `/news/${row.slug}`, lastModified: row.updatedAt })),
  ];
}
