// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TPopulationList } from "../../../../shared/contracts/analytics.ts";
import { Providers, testI18n } from "../../../test/test-providers.tsx";
import { stubFetch } from "../test/analytics-fixtures.ts";
import { PopulationSection } from "./population-section.tsx";

let en: I18n;
let ru: I18n;
beforeAll(async () => {
  [en, ru] = await Promise.all([testI18n("en"), testI18n("ru")]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function population(update: boolean): TPopulationList {
  return {
    items: [
      {
        regionCode: "KZ-47",
        regionName: { en: "Mangystau Region", ru: "Мангистауская область" },
        children: null,
        year: null,
        source: null,
        updatedAt: null,
      },
      {
        regionCode: "KZ-79",
        regionName: { en: "Shymkent", ru: "Шымкент" },
        children: 412_000,
        year: 2024,
        source: "Bureau of National Statistics",
        updatedAt: "2026-01-10T00:00:00Z",
      },
    ],
    permissions: { update },
  };
}

function serve(update = true) {
  return stubFetch((call) => {
    if (call.method === "GET" && call.path === "/api/analytics/population")
      return { body: population(update) };
    if (call.method === "PUT" && call.path === "/api/analytics/population/KZ-47") {
      return { body: { ...population(update).items[0], ...(call.body as object) } };
    }
    return undefined;
  });
}

async function openEditor(i18n: I18n, name: string) {
  render(
    <Providers i18n={i18n}>
      <PopulationSection />
    </Providers>,
  );
  fireEvent.click(await screen.findByRole("button", { name }));
  return screen.getByRole("form");
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe("PopulationSection", () => {
  it("lists every region's figure, year and source, with «not entered» where there is none", async () => {
    serve();
    render(
      <Providers i18n={en}>
        <PopulationSection />
      </Providers>,
    );
    const table = await screen.findByRole("table", { name: "Child population by region" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => row.textContent);
    expect(rows[1]).toBe("Mangystau Regionnot enteredEdit");
    expect(rows[2]).toBe("Shymkent412,0002024Bureau of National StatisticsEdit");
  });

  it("refuses an empty figure, a count below 1, a year out of range and an empty source, then saves", async () => {
    const calls = serve();
    const form = await openEditor(en, "Child population: Mangystau Region");
    const children = within(form).getByLabelText(/^Children/);
    const year = within(form).getByLabelText(/^Year/);
    const source = within(form).getByLabelText(/^Source/);
    type(year, "");
    await act(async () => {
      fireEvent.submit(form);
    });
    expect(within(form).getAllByText("This field is required.")).toHaveLength(3);
    type(children, "0");
    type(year, "1850");
    type(source, "   ");
    await act(async () => {
      fireEvent.submit(form);
    });
    expect(within(form).getByText("Must be at least 1.")).toBeTruthy();
    expect(within(form).getByText("Must be at least 1990.")).toBeTruthy();
    expect(within(form).getByText("This field is required.")).toBeTruthy();
    expect(calls.filter((call) => call.method === "PUT")).toHaveLength(0);

    type(children, "186500");
    type(year, "2024");
    type(source, "Bureau of National Statistics, 1 January 2024");
    await act(async () => {
      fireEvent.submit(form);
    });
    await waitFor(() => expect(calls.filter((call) => call.method === "PUT")).toHaveLength(1));
    expect(calls.find((call) => call.method === "PUT")?.body).toEqual({
      children: 186_500,
      year: 2024,
      source: "Bureau of National Statistics, 1 January 2024",
    });
    await waitFor(() => expect(screen.queryByRole("form")).toBeNull());
  });

  it("says what is wrong in the interface language", async () => {
    serve();
    const form = await openEditor(ru, "Численность детей: Мангистауская область");
    type(within(form).getByLabelText(/^Год/), "2200");
    await act(async () => {
      fireEvent.submit(form);
    });
    expect(within(form).getByText("Должно быть не больше 2100.")).toBeTruthy();
    expect(within(form).getAllByText("Обязательное поле.")).toHaveLength(2);
  });

  it("offers no editing to those the API does not allow", async () => {
    serve(false);
    render(
      <Providers i18n={en}>
        <PopulationSection />
      </Providers>,
    );
    await screen.findByRole("table", { name: "Child population by region" });
    expect(screen.queryByRole("button", { name: /Child population:/ })).toBeNull();
    expect(screen.queryByRole("columnheader", { name: "Actions" })).toBeNull();
  });
});
