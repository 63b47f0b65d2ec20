import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.ts";
import { CoalescedVersionRead } from "../../db/coalesced-version-read.ts";
import type { UserPrincipal } from "../../http/principal.ts";

/** Signed-in callers remembered per process; an entry is a few hundred bytes. */
export const PRINCIPAL_CACHE_ENTRIES = 10_000;
/**
 * How long a principal is reused without asking better-auth again. The version already makes revocation
 * immediate; the limit only lets better-auth see active sessions now and then (to extend them).
 */
export const PRINCIPAL_CACHE_TTL_MS = 60_000;

export interface ResolvedSession {
  principal: UserPrincipal;
  expiresAt: Date;
}

interface Entry extends ResolvedSession {
  version: string;
  storedAt: number;
}

/**
 * The principal behind a session cookie, valid for one version of auth_state (bumped by the commit of
 * every transaction that updates or deletes sessions or users or changes users' regions, in any
 * process). Each lookup reads the version first (one read shared by concurrent requests, begun after the
 * request arrived), and uses an entry only if it was resolved under that same version: a session revoked,
 * a user deactivated or given another role or region before the request started is always seen.
 * Only signed-in principals are kept, so unknown cookies cannot fill the cache.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  private readonly versions = new CoalescedVersionRead(sql`SELECT version FROM auth_state WHERE id = 1`);

  constructor(
    private readonly capacity = PRINCIPAL_CACHE_ENTRIES,
    private readonly ttlMs = PRINCIPAL_CACHE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async get(
    db: Queryable,
    cookie: string,
    resolve: () => Promise<ResolvedSession | null>,
  ): Promise<UserPrincipal | null> {
    const version = await this.versions.readAfterNow(db);
    const now = this.now();
    const cached = this.entries.get(cookie);
    if (cached) {
      this.entries.delete(cookie);
      if (
        cached.version === version &&
        now - cached.storedAt < this.ttlMs &&
        cached.expiresAt.getTime() > now
      ) {
        this.entries.set(cookie, cached);
        return cached.principal;
      }
    }
    const resolved = await resolve();
    if (!resolved) return null;
    this.entries.set(cookie, { ...resolved, version, storedAt: now });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return resolved.principal;
  }

  get size(): number {
    return this.entries.size;
  }
}
