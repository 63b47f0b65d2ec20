// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TExtractionProposal } from "../../../../shared/contracts/extraction.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import type { TMe } from "../../auth/api/session.api.ts";
import { BOCCIA, fixtureProposal, SHYMKENT_BRANCH } from "../test/proposal-fixture.ts";
import { ExtractionScreen } from "./extraction-screen.tsx";

interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

const MEMO_1 = "55555555-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
const MEMO_2 = "66666666-1d2a-4b7c-9e0f-0a1b2c3d4e5f";

const ME: TMe = {
  user: {
    id: "u1",
    email: "admin@example.kz",
    name: "Admin",
    role: "admin",
    regionCodes: [],
    organizationId: null,
    locale: "en",
    active: true,
    createdAt: "2025-01-01T00:00:00Z",
  },
  capabilities: {
    manageUsers: true,
    createBranch: true,
    createOrganization: true,
    createMemorandum: true,
    createInitiative: true,
    createPractice: true,
    createNews: true,
    readDrafts: true,
    readAudit: true,
  },
};

let i18n: I18n;
let calls: Call[] = [];

beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  calls = [];
});

type Answer = { status?: number; body: unknown } | undefined;

function stubApi(answer: (call: Call) => Answer) {
  vi.stubGlobal("fetch", async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, "http://localhost");
    const call: Call = {
      method: init.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
    };
    calls.push(call);
    const fixed: Record<string, unknown> = {
      "/api/regions": {
        items: [
          { code: "KZ-47", name: { en: "Mangystau Region" } },
          { code: "KZ-79", name: { en: "Shymkent" } },
        ],
      },
      "/api/branches": { items: [], total: 0, page: 1, perPage: 100 },
      "/api/organizations": {
        items: [{ id: BOCCIA, name: { en: "Boccia federation" }, type: "sport_federation" }],
        total: 1,
        page: 1,
        perPage: 8,
      },
    };
    const response =
      answer(call) ?? (call.method === "GET" && fixed[call.path] ? { body: fixed[call.path] } : undefined);
    return new Response(JSON.stringify(response?.body ?? {}), {
      status: response ? (response.status ?? 200) : 404,
      headers: { "content-type": "application/json" },
    });
  });
}

const extractionAnswers =
  (proposal: TExtractionProposal) =>
  (call: Call): Answer => {
    if (call.method === "POST" && call.path === "/api/extraction") return { body: proposal };
    if (call.method === "POST" && call.path === "/api/extraction/confirm") {
      return {
        status: 201,
        body: { memorandumIds: [MEMO_1, MEMO_2], createdOrganizationIds: ["o1"], createdBranchIds: ["b1"] },
      };
    }
    return undefined;
  };

const posts = (path: string) => calls.filter((call) => call.method === "POST" && call.path === path);

async function renderScreen() {
  return renderRoutes(i18n, "/extraction", (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/extraction",
      component: () => <ExtractionScreen me={ME} />,
    }),
    createRoute({ getParentRoute: () => root, path: "/memoranda/$id", component: () => <p>memorandum</p> }),
  ]);
}

async function readText(text = "Шымкент қалалық филиалы …") {
  fireEvent.change(await screen.findByLabelText("Press release text"), { target: { value: text } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Read the text" }));
  });
}

describe("press release import", () => {
  it("sends nothing without a text, and shows the API's translated error", async () => {
    stubApi((call) =>
      call.path === "/api/extraction"
        ? { status: 400, body: { error: { code: "validation_failed", message: "The text is too long." } } }
        : undefined,
    );
    await renderScreen();
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Read the text" }));
    });
    expect(screen.getByText("Paste the text or choose a file.")).toBeTruthy();
    expect(posts("/api/extraction")).toHaveLength(0);
    await readText();
    expect(posts("/api/extraction")[0]?.body).toEqual({ text: "Шымкент қалалық филиалы …" });
    expect((await screen.findByText("The text is too long.")).closest("[role=alert]")).toBeTruthy();
  });

  it("sends a chosen file as multipart instead of the text box", async () => {
    stubApi(extractionAnswers({ ...fixtureProposal(), events: [] }));
    await renderScreen();
    const input = (await screen.findByLabelText("Or upload a file")) as HTMLInputElement;
    const file = new File(["Шымкент қалалық филиалы"], "release.txt", { type: "text/plain" });
    Object.defineProperty(input, "files", { value: [file] });
    fireEvent.change(input);
    await readText("ignored");
    const body = posts("/api/extraction")[0]?.body;
    expect(body).toBeInstanceOf(FormData);
    expect(((body as FormData).get("file") as File).name).toBe("release.txt");
    expect(await screen.findByText("No memorandum signings found in the text")).toBeTruthy();
  });

  it("says so when the text reports no signing", async () => {
    stubApi(extractionAnswers({ ...fixtureProposal(), events: [] }));
    await renderScreen();
    await readText();
    expect(await screen.findByText("No memorandum signings found in the text")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Create draft memoranda…" })).toBeNull();
  });

  it("turns accept, edit, merge and drop into one confirmation, sent only after asking", async () => {
    stubApi(extractionAnswers(fixtureProposal()));
    await renderScreen();
    await readText();
    const first = await screen.findByRole("article", { name: /Signing 1/ });
    const second = screen.getByRole("article", { name: /Signing 2/ });
    expect(within(first).getByText(/Found in the registry \(97% match\)/)).toBeTruthy();
    expect(within(second).getByText(/names only some of the partners/)).toBeTruthy();
    // Focusing a record outlines its words in the text.
    fireEvent.focus(within(first).getByLabelText(/Branch/));
    const active = [...document.querySelectorAll(".extract-mark--active")].map((mark) => mark.textContent);
    // The region inside the branch's words keeps its own mark.
    expect(active.join("")).toContain("қалалық филиалы");
    expect(document.querySelector('[data-key="e1:branch"]')?.classList).toContain("extract-mark--active");

    // Edit a new partner's name in English, drop a matched one.
    const amazing = within(first).getByRole("group", { name: "«Amazing kids» балаларды түзету орталығы" });
    fireEvent.click(
      within(within(amazing).getByRole("group", { name: /Partner name/ })).getByRole("tab", {
        name: /English/,
      }),
    );
    fireEvent.change(within(amazing).getByLabelText("Partner name (English)"), {
      target: { value: "Amazing kids" },
    });
    const orda = within(first).getByRole("group", { name: "«ОРДА» ұйымымен" });
    fireEvent.click(within(orda).getByLabelText("Drop"));

    // Merge the second event's partner with one found in the registry; add a scope area.
    const ana = within(second).getByRole("group", { name: "«Ана махаббаты» қоғамдық қорымен" });
    fireEvent.click(within(ana).getByLabelText("A partner already registered"));
    fireEvent.change(within(ana).getByLabelText("Search the registry for another organization"), {
      target: { value: "бочча" },
    });
    fireEvent.click(
      await within(ana).findByRole("button", { name: /Choose: Boccia federation/ }, { timeout: 3000 }),
    );
    expect(within(ana).getByText("Registered organization: Boccia federation.")).toBeTruthy();
    fireEvent.click(within(second).getByLabelText("Adaptive sport"));

    expect(screen.getByText(/To be created: 2 draft memoranda, 1 new partner, 1 new branch/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Create draft memoranda…" }));
    const dialog = await screen.findByRole("dialog", { name: "Create the drafts?" });
    expect(posts("/api/extraction/confirm")).toHaveLength(0);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    });

    expect(posts("/api/extraction/confirm")[0]?.body).toEqual({
      memoranda: [
        {
          title: { kk: "Шымкент қалалық филиалы: ынтымақтастық туралы меморандум" },
          branches: [{ kind: "existing", id: SHYMKENT_BRANCH }],
          partners: [
            {
              kind: "new",
              name: { kk: "«Amazing kids»", en: "Amazing kids" },
              type: "private_centre",
              level: "city",
              regionsServed: ["KZ-79"],
              targetGroups: [],
            },
          ],
          scopeAreas: ["best_practice_exchange", "joint_initiatives"],
          signedDate: null,
          signedPlace: null,
        },
        {
          title: { kk: "«Халық кеңесі»: ынтымақтастық туралы меморандум" },
          branches: [
            {
              kind: "new",
              name: { kk: "«Халық кеңесі»" },
              branchKind: "attached_body",
              regionCode: "KZ-47",
              parentId: null,
            },
          ],
          partners: [{ kind: "existing", id: BOCCIA }],
          scopeAreas: ["adaptive_sport", "best_practice_exchange", "joint_initiatives"],
          signedDate: null,
          signedPlace: null,
        },
      ],
    });
    expect(await screen.findByText("2 draft memoranda created.")).toBeTruthy();
    const links = screen.getAllByRole("link").map((link) => link.getAttribute("href"));
    expect(links).toEqual([`/memoranda/${MEMO_1}`, `/memoranda/${MEMO_2}`]);
    expect(posts("/api/extraction/confirm")).toHaveLength(1);
    expect(calls.find((call) => call.path === "/api/organizations")?.query.get("q")).toBe("бочча");
  });

  it("lists what blocks the drafts instead of asking, and leaves dropped signings out", async () => {
    stubApi(extractionAnswers(fixtureProposal()));
    await renderScreen();
    await readText();
    const first = await screen.findByRole("article", { name: /Signing 1/ });
    for (const legend of ["«Amazing kids» балаларды түзету орталығы", "«ОРДА» ұйымымен"]) {
      fireEvent.click(within(within(first).getByRole("group", { name: legend })).getByLabelText("Drop"));
    }
    fireEvent.click(screen.getByRole("button", { name: "Create draft memoranda…" }));
    expect(
      (await screen.findByText(/Fix these before creating/)).closest("[role=alert]")?.textContent,
    ).toContain("Signing 1: no partner left");
    expect(screen.queryByRole("dialog")).toBeNull();

    fireEvent.click(within(first).getByRole("button", { name: "Drop this signing" }));
    expect(screen.getByText(/To be created: 1 draft memorandum, 1 new partner, 1 new branch/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Create draft memoranda…" }));
    await act(async () => {
      fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Create" }));
    });
    const body = posts("/api/extraction/confirm")[0]?.body as { memoranda: unknown[] };
    expect(body.memoranda).toHaveLength(1);
    expect(body.memoranda[0]).toMatchObject({ branches: [{ kind: "new", regionCode: "KZ-47" }] });
  });
});
