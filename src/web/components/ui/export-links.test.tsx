// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Providers, testI18n } from "../../test/test-providers.tsx";
import { ExportLinks } from "./export-links.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("ru");
});
afterEach(cleanup);

describe("ExportLinks", () => {
  it("links the list's exports with its filters and language, without the page", () => {
    render(
      <Providers i18n={i18n}>
        <ExportLinks
          list="memoranda"
          search={{ page: 3, perPage: 20, region: ["KZ-79", "KZ-47"], q: "Шымкент", lifecycle: undefined }}
          pdf
        />
      </Providers>,
    );
    const hrefs = screen
      .getAllByRole("link")
      .map((link) => decodeURIComponent(link.getAttribute("href") ?? ""));
    expect(hrefs).toEqual([
      "/api/exports/memoranda.csv?region=KZ-79,KZ-47&q=Шымкент&lang=ru",
      "/api/exports/memoranda.xlsx?region=KZ-79,KZ-47&q=Шымкент&lang=ru",
      "/api/exports/memoranda.pdf?region=KZ-79,KZ-47&q=Шымкент&lang=ru",
    ]);
    expect(screen.getByRole("navigation", { name: "Скачать список" })).toBeTruthy();
  });

  it("offers the PDF only where asked", () => {
    render(
      <Providers i18n={i18n}>
        <ExportLinks list="organizations" search={{}} />
      </Providers>,
    );
    expect(screen.getAllByRole("link").map((link) => link.textContent)).toEqual(["CSV", "Excel (XLSX)"]);
  });
});
