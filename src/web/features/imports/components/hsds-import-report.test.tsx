// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { THsdsImportReport, THsdsProblem } from "../../../../shared/contracts/hsds-import.ts";
import { Providers, testI18n } from "../../../test/test-providers.tsx";
import { HsdsImportFailure } from "./hsds-import-failure.tsx";
import { HsdsImportReportView } from "./hsds-import-report.tsx";
import { PROBLEMS_SHOWN } from "./hsds-problems-table.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(cleanup);

const PARTIAL: THsdsImportReport = {
  written: true,
  counts: { organizations: 1, locations: 2, services: 1200, servicesAtLocations: 3 },
  errors: [{ file: "services.csv", row: "3", field: "name", message: "required field is missing" }],
  warnings: [
    {
      file: "locations.csv",
      row: "2",
      field: "latitude",
      message: "the value “100” does not fit Yntymaq’s rules and is not imported",
    },
  ],
  rejected: [
    { file: "services.csv", row: "3", object: "service", id: "6f1c2d3e-4b5a-4c6d-8e7f-901234567890" },
    { file: "service_at_location.csv", row: "4", object: "service_at_location", id: "sal-4" },
  ],
  ignoredFiles: ["programs.csv", "funding.csv"],
};

const table = (caption: string) => screen.getByRole("table", { name: caption });
const rowsOf = (element: HTMLElement) =>
  within(element)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));

describe("HSDS import report", () => {
  it("shows what was written, what was rejected and why, the warnings and the files not read", () => {
    render(
      <Providers i18n={i18n}>
        <HsdsImportReportView report={PARTIAL} />
      </Providers>,
    );
    expect(screen.getByText("The valid records were imported; 2 records were rejected.")).toBeTruthy();
    expect(rowsOf(table("Records imported"))).toEqual([
      ["Organizations", "1"],
      ["Locations", "2"],
      ["Services", "1,200"],
      ["Services at locations", "3"],
    ]);
    expect(rowsOf(table("Rejected records"))).toEqual([
      ["services.csv", "3", "service", "6f1c2d3e-4b5a-4c6d-8e7f-901234567890"],
      ["service_at_location.csv", "4", "service_at_location", "sal-4"],
    ]);
    expect(rowsOf(table("Why they were rejected"))).toEqual([
      ["services.csv", "3", "name", "required field is missing"],
    ]);
    expect(rowsOf(table("Warnings: values left out or changed"))[0]).toEqual([
      "locations.csv",
      "2",
      "latitude",
      "the value “100” does not fit Yntymaq’s rules and is not imported",
    ]);
    expect(
      screen.getByText("Files not read (HSDS tables Yntymaq does not keep): programs.csv, funding.csv."),
    ).toBeTruthy();
  });

  it("shows no rejected records or warnings tables for a clean import", () => {
    render(
      <Providers i18n={i18n}>
        <HsdsImportReportView
          report={{ ...PARTIAL, errors: [], warnings: [], rejected: [], ignoredFiles: [] }}
        />
      </Providers>,
    );
    expect(screen.getByText("The package was imported.")).toBeTruthy();
    expect(
      screen.getAllByRole("table").map((element) => element.querySelector("caption")?.textContent),
    ).toEqual(["Records imported"]);
  });
});

describe("HSDS rejected package", () => {
  const problems: THsdsProblem[] = Array.from({ length: 1000 }, (_, index) => ({
    file: "services.csv",
    row: String(index + 2),
    field: "name",
    message: "required field is missing",
  }));

  it("says nothing was written and lists the first problems, then every one on request", () => {
    render(
      <Providers i18n={i18n}>
        <HsdsImportFailure problems={problems} />
      </Providers>,
    );
    const verdict = screen.getByText(/^Nothing was written\./);
    expect(verdict.getAttribute("role")).toBe("alert");
    expect(verdict.textContent).toBe(
      "Nothing was written. 1,000 problems were found — fix them and upload the package again.",
    );
    const list = table("Problems by file, row and field");
    expect(rowsOf(list)).toHaveLength(PROBLEMS_SHOWN);
    expect(rowsOf(list)[0]).toEqual(["services.csv", "2", "name", "required field is missing"]);
    expect(screen.getByText(/^Showing 100 of 1,000\./)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show all 1,000" }));
    expect(rowsOf(list)).toHaveLength(1000);
    expect(rowsOf(list)[999]).toEqual(["services.csv", "1001", "name", "required field is missing"]);
    expect(screen.queryByRole("button", { name: /^Show all/ })).toBeNull();
  });

  it("shows a short list whole, without the button", () => {
    render(
      <Providers i18n={i18n}>
        <HsdsImportFailure problems={problems.slice(0, 1)} />
      </Providers>,
    );
    expect(screen.getByText(/^Nothing was written\./).textContent).toBe(
      "Nothing was written. 1 problem was found — fix it and upload the package again.",
    );
    expect(rowsOf(table("Problems by file, row and field"))).toHaveLength(1);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
