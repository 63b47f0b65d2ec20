/** The soak's mix of requests: what families and staff do all day, against one local server. */

export interface SoakClient {
  baseUrl: string;
  /** A staff session; sign-ins in the mix replace it. */
  cookie: string;
  email: string;
  password: string;
  /** Ids seen in answers, so later requests open real pages. */
  serviceIds: string[];
  organizations: Array<{ id: string; version: number }>;
}

export interface Outcome {
  kind: string;
  ok: boolean;
  status: number;
  ms: number;
}

const SEARCHES = [
  "Шымкент",
  "Şymkent",
  "Shymkent",
  "Чимкент",
  "аутизм",
  "логопед",
  "Ақтау",
  "Boccia",
  "Qonaev",
];
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

async function send(client: SoakClient, path: string, init: RequestInit = {}, staff = false) {
  const headers: Record<string, string> = {
    origin: client.baseUrl,
    ...(init.headers as Record<string, string>),
  };
  if (staff) headers.cookie = client.cookie;
  if (init.body) headers["content-type"] = "application/json";
  return fetch(`${client.baseUrl}${path}`, { ...init, headers, signal: AbortSignal.timeout(30_000) });
}

type Action = (client: SoakClient) => Promise<Response>;

const ACTIONS: Array<{ kind: string; weight: number; run: Action }> = [
  { kind: "public page", weight: 20, run: (c) => send(c, pick(["/", "/?lang=ru", "/?lang=en"])) },
  {
    kind: "public listing",
    weight: 15,
    run: (c) => send(c, c.serviceIds.length ? `/services/${pick(c.serviceIds)}` : "/"),
  },
  {
    kind: "public search",
    weight: 15,
    run: (c) => send(c, `/search?q=${encodeURIComponent(pick(SEARCHES))}`),
  },
  {
    kind: "search API",
    weight: 20,
    run: async (c) => {
      const response = await send(c, `/api/directory/search?q=${encodeURIComponent(pick(SEARCHES))}`);
      if (!response.ok) return response;
      const body = (await response.json()) as { items?: Array<{ serviceId?: string; id?: string }> };
      for (const item of body.items ?? []) {
        const id = item.serviceId ?? item.id;
        if (id && c.serviceIds.length < 200 && !c.serviceIds.includes(id)) c.serviceIds.push(id);
      }
      return new Response(null, { status: response.status });
    },
  },
  {
    kind: "staff read",
    weight: 15,
    run: (c) => send(c, pick(["/api/organizations", "/api/memoranda", "/api/me", "/api/regions"]), {}, true),
  },
  {
    kind: "staff create",
    weight: 6,
    run: async (c) => {
      const n = Math.floor(Math.random() * 1e9);
      const response = await send(
        c,
        "/api/organizations",
        {
          method: "POST",
          body: JSON.stringify({
            name: { kk: `Сынақ орталығы ${n}`, ru: `Тестовый центр ${n}`, en: `Soak centre ${n}` },
            type: "private_centre",
            level: "city",
            regionsServed: [pick(["KZ-79", "KZ-47", "KZ-19", "KZ-71"])],
            targetGroups: ["asd"],
          }),
        },
        true,
      );
      if (response.status === 201) {
        const body = (await response.json()) as { id: string; version: number };
        if (c.organizations.length < 500) c.organizations.push({ id: body.id, version: body.version });
        return new Response(null, { status: 201 });
      }
      return response;
    },
  },
  {
    kind: "staff edit",
    weight: 6,
    run: async (c) => {
      const target = c.organizations.length ? pick(c.organizations) : null;
      if (!target) return send(c, "/api/organizations", {}, true);
      const response = await send(
        c,
        `/api/organizations/${target.id}`,
        {
          method: "PATCH",
          body: JSON.stringify({ version: target.version, email: `soak${target.version}@example.kz` }),
        },
        true,
      );
      if (response.ok) target.version = ((await response.json()) as { version: number }).version;
      if (response.status === 409) {
        // Another worker edited it first: the optimistic lock working. Re-read, as the back office does.
        const current = await send(c, `/api/organizations/${target.id}`, {}, true);
        if (current.ok) target.version = ((await current.json()) as { version: number }).version;
      }
      return response;
    },
  },
  {
    kind: "sign-in",
    weight: 3,
    run: async (c) => {
      const response = await send(c, "/api/auth/sign-in/email", {
        method: "POST",
        body: JSON.stringify({ email: c.email, password: c.password }),
      });
      const cookie = response.headers
        .getSetCookie()
        .map((value) => value.split(";")[0])
        .join("; ");
      if (response.ok && cookie) c.cookie = cookie;
      return response;
    },
  },
];

const TOTAL_WEIGHT = ACTIONS.reduce((sum, action) => sum + action.weight, 0);

function pickByWeight(roll: number): (typeof ACTIONS)[number] {
  let rest = roll;
  for (const action of ACTIONS) {
    rest -= action.weight;
    if (rest < 0) return action;
  }
  return ACTIONS[0] as (typeof ACTIONS)[number];
}

/**
 * One request of the mix, chosen by weight. A network error or a non-2xx answer is a failure, except a
 * 409 on an edit that raced another client's edit of the same record.
 */
export async function oneRequest(client: SoakClient): Promise<Outcome> {
  const action = pickByWeight(Math.random() * TOTAL_WEIGHT);
  const started = performance.now();
  try {
    const response = await action.run(client);
    await response.arrayBuffer().catch(() => undefined);
    const expected = response.ok || (action.kind === "staff edit" && response.status === 409);
    return { kind: action.kind, ok: expected, status: response.status, ms: performance.now() - started };
  } catch {
    return { kind: action.kind, ok: false, status: 0, ms: performance.now() - started };
  }
}
