// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TImportPreview } from "../../../../shared/contracts/spreadsheet-import.ts";
import { Providers, testI18n } from "../../../test/test-providers.tsx";
import { MappingStep } from "./mapping-step.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(cleanup);

const PREVIEW: TImportPreview = {
  kind: "organizations",
  columns: ["Название", "Тип", "Уровень", "Заметки"],
  sample: [["Фонд «Ана махаббаты»", "Общественный фонд", "областной", "—"]],
  rowCount: 12,
  fields: [
    { key: "name_kk", label: "Name (kk)", required: true },
    { key: "name_ru", label: "Name (ru)", required: true },
    { key: "type", label: "Type", required: true },
    { key: "level", label: "Level", required: true },
    { key: "bin", label: "BIN", required: false },
  ],
  suggestedMapping: { name_kk: null, name_ru: 0, type: 1, level: null, bin: null },
};

function renderStep(onSubmit = vi.fn()) {
  render(
    <Providers i18n={i18n}>
      <MappingStep preview={PREVIEW} busy={false} onSubmit={onSubmit} onBack={() => undefined} />
    </Providers>,
  );
  return onSubmit;
}

const missingNote = () => screen.queryByText(/^Choose columns for the required fields/);
const select = (label: RegExp) => screen.getByLabelText(label) as HTMLSelectElement;

describe("MappingStep", () => {
  it("prefills every select with the suggestion and shows the first row's value", () => {
    renderStep();
    expect(select(/^Name \(ru\)/).value).toBe("0");
    expect(select(/^Type/).value).toBe("1");
    expect(select(/^Name \(kk\)/).value).toBe("");
    expect(screen.getByText("Фонд «Ана махаббаты»")).toBeTruthy();
    expect(screen.getByText(/The file has 12 rows/)).toBeTruthy();
  });

  it("holds the check back until every required field has a column; one language of the name is enough", () => {
    const onSubmit = renderStep();
    const check = screen.getByRole("button", { name: "Check without writing" }) as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    expect(missingNote()?.textContent).toBe("Choose columns for the required fields: Level.");
    fireEvent.change(select(/^Level/), { target: { value: "2" } });
    expect(missingNote()).toBeNull();
    fireEvent.change(select(/^BIN/), { target: { value: "3" } });
    fireEvent.click(check);
    expect(onSubmit).toHaveBeenCalledWith({ name_kk: null, name_ru: 0, type: 1, level: 2, bin: 3 });
  });

  it("lets a column be unassigned again", () => {
    const onSubmit = renderStep();
    fireEvent.change(select(/^Level/), { target: { value: "2" } });
    fireEvent.change(select(/^Type/), { target: { value: "" } });
    expect(missingNote()?.textContent).toContain("Type");
    fireEvent.submit(select(/^Type/).closest("form") as HTMLFormElement);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
