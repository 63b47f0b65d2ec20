// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TNews } from "../../../../shared/contracts/news.ts";
import { listSearch } from "../../../lib/search-params.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { type NewsSearch, ZNewsSearch } from "../api/news.api.ts";
import { EditNewsScreen } from "./edit-news-screen.tsx";
import { NewNewsScreen } from "./new-news-screen.tsx";
import { NewsScreen } from "./news-screen.tsx";

interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

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

const REGIONS = [
  { code: "KZ-19", name: { en: "Almaty Region" } },
  { code: "KZ-79", name: { en: "Shymkent" } },
];

function post(overrides: Partial<TNews> = {}): TNews {
  return {
    id: "3f1c2b7e-1d2a-4b7c-9e0f-0a1b2c3d4e5f",
    slug: "qonaev-signing",
    title: { kk: "Қонаевта меморандумға қол қойылды", en: "Memorandum signed in Qonaev" },
    summary: null,
    body: { kk: "Алматы облыстық филиалы қол қойды.", en: "The Almaty regional branch signed." },
    regionCode: "KZ-19",
    published: false,
    publishedAt: null,
    links: [{ kind: "memorandum", entityId: "9a8b7c6d-1d2a-4b7c-9e0f-0a1b2c3d4e5f" }],
    version: 3,
    createdAt: "2025-03-14T08:00:00.000Z",
    updatedAt: "2025-03-14T09:00:00.000Z",
    permissions: { update: true, delete: true, publish: true },
    ...overrides,
  };
}

/** The API as the screens see it: `answer` decides each response from the call. */
function stubApi(answer: (call: Call) => { status?: number; body: unknown } | undefined) {
  vi.stubGlobal("fetch", async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, "http://localhost");
    const call: Call = {
      method: init.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const response =
      call.path === "/api/regions"
        ? { body: { items: REGIONS } }
        : (answer(call) ?? { status: 404, body: {} });
    return new Response(JSON.stringify(response.body), {
      status: response.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  });
}

const page = (items: TNews[]) => ({ items, total: items.length, page: 1, perPage: 20 });
const listCalls = () => calls.filter((call) => call.path === "/api/news" && call.method === "GET");

function renderList(url: string, canWrite: boolean) {
  return renderRoutes(i18n, url, (root) => {
    const list = createRoute({
      getParentRoute: () => root,
      path: "/news",
      ...listSearch(ZNewsSearch),
      component: function List() {
        return <NewsScreen search={list.useSearch() as NewsSearch} canWrite={canWrite} />;
      },
    });
    return [list];
  });
}

function renderEdit(regions = { all: true as const }) {
  return renderRoutes(i18n, "/news/x", (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/news/x",
      component: () => <EditNewsScreen id={post().id} regions={regions} />,
    }),
  ]);
}

describe("news list", () => {
  it("opens on the drafts for those who write news, and on every post for readers", async () => {
    stubApi(() => ({ body: page([post()]) }));
    await renderList("/news", true);
    await screen.findByRole("link", { name: "Memorandum signed in Qonaev" });
    expect(listCalls().at(-1)?.query.get("published")).toBe("false");
    expect((screen.getByLabelText("State") as HTMLSelectElement).value).toBe("draft");
    expect(screen.getByRole("table").querySelector("caption")?.textContent).toBe("Unpublished drafts");
    expect(screen.getByRole("row", { name: /Memorandum signed in Qonaev/ }).textContent).toContain(
      "Memorandum signing",
    );
    cleanup();

    calls = [];
    await renderList("/news", false);
    await screen.findByRole("link", { name: "Memorandum signed in Qonaev" });
    expect(listCalls().at(-1)?.query.has("published")).toBe(false);
    expect(screen.queryByRole("link", { name: "New news post" })).toBeNull();
  });

  it("writes the chosen state and region to the URL and asks the API for them", async () => {
    stubApi(() => ({ body: page([]) }));
    const { router } = await renderList("/news?page=2", true);
    await screen.findByText("There are no unpublished drafts.");
    fireEvent.change(screen.getByLabelText("State"), { target: { value: "published" } });
    await waitFor(() => expect(screen.getAllByRole("option", { name: "Shymkent" })).toHaveLength(1));
    fireEvent.change(screen.getByLabelText("Region"), { target: { value: "KZ-79" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    expect(router.state.location.search).toEqual({ state: "published", region: ["KZ-79"] });
    await waitFor(() => expect(listCalls().at(-1)?.query.get("published")).toBe("true"));
    expect(listCalls().at(-1)?.query.get("region")).toBe("KZ-79");
    expect(listCalls().at(-1)?.query.get("page")).toBe("1");
  });
});

describe("news post screen", () => {
  it("validates with the contract, marks missing translations and saves with the version read", async () => {
    let saved: unknown;
    stubApi((call) => {
      if (call.path.endsWith("/attachments")) return { body: { items: [], canAttach: true } };
      if (call.path.startsWith("/api/memoranda/"))
        return { body: { title: { en: "Qonaev memorandum" }, number: "7" } };
      if (call.method === "PATCH") {
        saved = call.body;
        return {
          body: post({ version: 4, title: { kk: "Жаңа тақырып", en: "Memorandum signed in Qonaev" } }),
        };
      }
      return { body: post() };
    });
    await renderEdit();
    await screen.findByRole("heading", { level: 1, name: "Memorandum signed in Qonaev" });
    await screen.findByText("№ 7 · Qonaev memorandum");
    const title = screen.getAllByRole("tablist")[0] as HTMLElement;
    expect(within(title).getByRole("tab", { name: /Русский/ }).textContent).toContain("needs translation");
    expect(screen.getByText(/Not translated yet: Русский/)).toBeTruthy();

    // Every language of the title emptied: the contract's own message, and nothing is sent.
    const titleInput = () => screen.getByLabelText(/^Title \(/) as HTMLInputElement;
    fireEvent.change(titleInput(), { target: { value: "" } });
    fireEvent.click(within(title).getByRole("tab", { name: /Қазақша/ }));
    fireEvent.change(titleInput(), { target: { value: "" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    expect(
      await screen.findByText("Fill in at least one language (Kazakh, Russian or English)."),
    ).toBeTruthy();
    expect(calls.some((call) => call.method === "PATCH")).toBe(false);
    // Unsaved changes: publishing waits for them.
    expect((screen.getByRole("button", { name: "Publish" }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(titleInput(), { target: { value: "Жаңа тақырып" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    await screen.findByText("Changes saved.");
    expect(saved).toMatchObject({
      version: 3,
      title: { kk: "Жаңа тақырып" },
      summary: null,
      regionCode: "KZ-19",
    });
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "Publish" }) as HTMLButtonElement).disabled).toBe(false),
    );
  });

  it("asks before taking a published post off the site, then sends the version", async () => {
    stubApi((call) => {
      if (call.path.endsWith("/attachments")) return { body: { items: [], canAttach: true } };
      if (call.path.endsWith("/unpublish")) return { body: post({ published: false, version: 6 }) };
      if (call.path.startsWith("/api/memoranda/")) return { status: 404, body: {} };
      return { body: post({ published: true, publishedAt: "2025-03-15T10:00:00.000Z", version: 5 }) };
    });
    await renderEdit();
    await screen.findByText("The record was deleted or is not available to you");
    expect(screen.getByRole("link", { name: "View on the site" }).getAttribute("href")).toBe(
      "/news/qonaev-signing?lang=en",
    );
    fireEvent.click(screen.getByRole("button", { name: "Unpublish" }));
    const dialog = screen.getByRole("dialog", { name: "Take the post off the site?" });
    expect(calls.some((call) => call.path.endsWith("/unpublish"))).toBe(false);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Unpublish" }));
    });
    await screen.findByText("The post has been taken off the site and kept as a draft.");
    expect(calls.find((call) => call.path.endsWith("/unpublish"))?.body).toEqual({ version: 5 });
  });

  it("shows the text without a form to those who may not change it", async () => {
    stubApi((call) => {
      if (call.path.endsWith("/attachments")) return { body: { items: [], canAttach: false } };
      return { body: post({ permissions: { update: false, delete: false, publish: false }, links: [] }) };
    });
    await renderEdit();
    await screen.findByText("You may not change this post.");
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Publish" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Delete the post" })).toBeNull();
    expect(screen.getByText("The Almaty regional branch signed.")).toBeTruthy();
  });
});

describe("new news post", () => {
  it("offers a coordinator its own regions only and sends no empty summary or slug", async () => {
    stubApi((call) => (call.method === "POST" ? { status: 201, body: post({ id: "new-id" }) } : undefined));
    const { router } = await renderRoutes(i18n, "/news/new", (root) => [
      createRoute({
        getParentRoute: () => root,
        path: "/news/new",
        component: () => <NewNewsScreen regions={{ all: false, codes: ["KZ-79"] }} />,
      }),
      createRoute({ getParentRoute: () => root, path: "/news/$id", component: () => <p>post screen</p> }),
    ]);
    const region = screen.getByLabelText(/^Region/) as HTMLSelectElement;
    await waitFor(() =>
      expect([...region.options].map((option) => option.textContent)).toEqual(["Shymkent"]),
    );
    expect(region.value).toBe("KZ-79");
    fireEvent.change(screen.getByLabelText(/^Title \(/), { target: { value: "Boccia day in Aktau" } });
    fireEvent.change(screen.getByLabelText(/^Text \(/), { target: { value: "Forty children played." } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save the draft" }));
    });
    await screen.findByText("post screen");
    expect(router.state.location.pathname).toBe("/news/new-id");
    expect(calls.find((call) => call.method === "POST")?.body).toEqual({
      title: { en: "Boccia day in Aktau" },
      summary: null,
      body: { en: "Forty children played." },
      regionCode: "KZ-79",
    });
  });
});
