import { createHmac } from "node:crypto";
import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

// Loopback, RFC 1918 / unique-local and link-local: where a reverse proxy or load balancer sits.
const PRIVATE = [
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^::1$/,
  /^f[cd]/i,
  /^fe80:/i,
];

const isPrivate = (address: string): boolean =>
  PRIVATE.some((pattern) => pattern.test(address.replace(/^::ffff:/, "")));

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // not served by @hono/node-server (e.g. app.request in tests)
  }
}

/**
 * The client's address. X-Forwarded-For is believed only when the connection comes from a private
 * network (our own proxy), and then only its last hop — the one that proxy appended — so a client
 * cannot pick its address to escape the rate limit.
 */
export function clientAddress(c: Context): string {
  const direct = socketAddress(c);
  const forwarded = c.req.header("x-forwarded-for");
  if (forwarded && (direct === undefined || isPrivate(direct))) {
    const hop = forwarded.split(",").at(-1)?.trim();
    if (hop && isIP(hop)) return hop;
  }
  return direct ?? "unknown";
}

/** A keyed sha256 of the address: stable for rate limiting, useless for recovering the address. */
export const hashAddress = (address: string, secret: string): string =>
  createHmac("sha256", secret).update(address).digest("hex");
