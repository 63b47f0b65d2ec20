// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { THsdsImportReport } from "../../../../shared/contracts/hsds-import.ts";
import { Providers, testI18n } from "../../../test/test-providers.tsx";
import { HsdsImportSection } from "./hsds-import-section.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const REGIONS = {
  items: [
    {
      code: "KZ-79",
      kato: "790000000",
      kind: "city",
      name: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent", "kk-Latn": "Şymkent" },
      centre: {},
      aliases: [],
    },
  ],
};

const REPORT: THsdsImportReport = {
  written: true,
  counts: { organizations: 1, locations: 1, services: 1, servicesAtLocations: 1 },
  errors: [],
  warnings: [],
  rejected: [],
  ignoredFiles: [],
};

interface Call {
  url: string;
  init: RequestInit;
}

/** Answers /api/regions, and the import with `status` and `body` once `release` is called. */
function stubApi(status: number, body: unknown) {
  const calls: Call[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (url.startsWith("/api/regions")) return Response.json(REGIONS);
    await gate;
    return Response.json(body, { status });
  });
  const upload = (): Call => {
    const call = calls.find((item) => item.url.startsWith("/api/interop/hsds/import"));
    if (!call) throw new Error("no upload was sent");
    return call;
  };
  const contentType = () => (upload().init.headers as Record<string, string>)["content-type"];
  return { upload, contentType, release: () => release() };
}

async function submit(name: string) {
  render(
    <Providers i18n={i18n}>
      <HsdsImportSection />
    </Providers>,
  );
  await screen.findByRole("option", { name: "Shymkent" });
  const file = new File(['{"id":"x"}'], name, { type: "application/json" });
  fireEvent.change(screen.getByLabelText(/^HSDS package \(ZIP or JSON\)/), { target: { files: [file] } });
  fireEvent.click(screen.getByLabelText("Import the valid records even if some are rejected"));
  fireEvent.change(screen.getByLabelText("Language of the package's text"), { target: { value: "ru" } });
  fireEvent.change(screen.getByLabelText("Region for locations without one"), { target: { value: "KZ-79" } });
  const button = screen.getByRole("button", { name: "Import the package" }) as HTMLButtonElement;
  expect(button.disabled).toBe(false);
  // Submitted directly: happy-dom's constraint validation does not see a file set from a test.
  fireEvent.submit(button.form as HTMLFormElement);
}

describe("HsdsImportSection", () => {
  it("sends the file with the options, shows it is busy, then the report with focus on its heading", async () => {
    const api = stubApi(200, REPORT);
    await submit("services.json");
    await screen.findByText(/^Uploading and checking the package/);
    expect((screen.getByRole("button", { name: "Import the package" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(api.upload().url).toBe("/api/interop/hsds/import?partial=true&sourceLang=ru&region=KZ-79");
    expect(api.upload().init.method).toBe("POST");
    expect(api.contentType()).toBe("application/octet-stream");
    expect(await (api.upload().init.body as Blob).text()).toBe('{"id":"x"}');
    api.release();
    const heading = await screen.findByRole("heading", { name: "Import complete" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText("The package was imported.")).toBeTruthy();
    expect(screen.queryByText(/^Uploading/)).toBeNull();
  });

  it("lists every problem of a rejected package by file, row and field", async () => {
    const api = stubApi(400, {
      error: {
        code: "validation_failed",
        message: "the package was rejected and nothing was written: 2 errors",
        details: [
          { path: "services.csv:3:name", code: "hsds", message: "required field is missing" },
          {
            path: "upload.json:/service_at_locations/0/location:addresses",
            code: "hsds",
            message: "the location has no address (address_1 and city are needed)",
          },
        ],
      },
    });
    await submit("package.zip");
    expect(api.contentType()).toBe("application/zip");
    api.release();
    const heading = await screen.findByRole("heading", { name: "Package rejected" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/^Nothing was written\. 2 problems were found/)).toBeTruthy();
    const cells = [...screen.getByRole("table").querySelectorAll("tbody td")].map((cell) => cell.textContent);
    expect(cells).toEqual([
      "services.csv",
      "3",
      "name",
      "required field is missing",
      "upload.json",
      "/service_at_locations/0/location",
      "addresses",
      "the location has no address (address_1 and city are needed)",
    ]);
  });

  it("shows a refusal that is not about the package as an error, without a report", async () => {
    const api = stubApi(413, { error: { code: "payload_too_large", message: "The request is too large." } });
    await submit("huge.zip");
    api.release();
    expect(await screen.findByText("The request is too large.")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Package rejected" })).toBeNull();
  });
});
