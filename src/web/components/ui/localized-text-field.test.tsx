// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { useState } from "react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import { Providers, testI18n } from "../../test/test-providers.tsx";
import { LocalizedTextField, missingTranslations } from "./localized-text-field.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(cleanup);

function Harness({
  initial,
  onValue,
}: {
  initial: TLocalizedText;
  onValue?: (value: TLocalizedText) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <LocalizedTextField
      label="Title"
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue?.(next);
      }}
    />
  );
}

const markers = () =>
  [...document.querySelectorAll(".needs-translation")].map((marker) => marker.getAttribute("data-locale"));

describe("LocalizedTextField", () => {
  it("marks every empty language as needing translation once one language is filled", () => {
    render(
      <Providers i18n={i18n}>
        <Harness initial={{ kk: "Меморандум" }} />
      </Providers>,
    );
    expect(markers()).toEqual(["ru", "en"]);
    expect(screen.getByRole("tab", { name: /Русский/ }).textContent).toContain("needs translation");
    expect(screen.getByRole("tab", { name: /Қазақша/ }).textContent).not.toContain("needs translation");
  });

  it("shows no marker when nothing is written yet or every language is", () => {
    expect(missingTranslations({})).toEqual([]);
    expect(missingTranslations({ kk: "а", ru: "б", en: "c" })).toEqual([]);
    expect(missingTranslations({ kk: "   ", en: "Memo" })).toEqual(["kk", "ru"]);
  });

  it("edits the selected language, drops a language emptied again and updates the markers", () => {
    const values: TLocalizedText[] = [];
    render(
      <Providers i18n={i18n}>
        <Harness initial={{ kk: "Меморандум" }} onValue={(value) => values.push(value)} />
      </Providers>,
    );
    // The interface is in English, so the English tab is open first.
    expect(screen.getByRole("tab", { selected: true }).textContent).toContain("English");
    const input = screen.getByLabelText("Title (English)") as HTMLInputElement;
    expect(input.getAttribute("lang")).toBe("en");
    fireEvent.change(input, { target: { value: "Memorandum" } });
    expect(values.at(-1)).toEqual({ kk: "Меморандум", en: "Memorandum" });
    expect(markers()).toEqual(["ru"]);
    fireEvent.change(input, { target: { value: "" } });
    expect(values.at(-1)).toEqual({ kk: "Меморандум" });
    expect(markers()).toEqual(["ru", "en"]);
  });

  it("moves between languages with the arrow keys, like a tab list", () => {
    render(
      <Providers i18n={i18n}>
        <Harness initial={{ ru: "Меморандум" }} />
      </Providers>,
    );
    const english = screen.getByRole("tab", { selected: true });
    fireEvent.keyDown(english, { key: "ArrowRight" });
    expect(screen.getByRole("tab", { selected: true }).textContent).toContain("Қазақша");
    expect((screen.getByLabelText("Title (Қазақша)") as HTMLInputElement).value).toBe("");
    fireEvent.keyDown(screen.getByRole("tab", { selected: true }), { key: "ArrowRight" });
    expect((screen.getByLabelText("Title (Русский)") as HTMLInputElement).value).toBe("Меморандум");
  });

  it("says «needs translation» in the interface language", async () => {
    const kk = await testI18n("kk");
    render(
      <Providers i18n={kk}>
        <Harness initial={{ ru: "Меморандум" }} />
      </Providers>,
    );
    expect(screen.getByRole("tab", { name: /Қазақша/ }).textContent).toContain("аударма қажет");
  });
});
