import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let ids: Map<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await seedDirectory(await ctx.signIn({ role: "admin" }));
});
afterAll(() => ctx.close());

/** What a family types, in any script, with old names and slips, and the service it must find. */
const SPELLINGS: ReadonlyArray<[query: string, expected: string]> = [
  ["логопед Шымкент", "speech-shymkent"],
  ["логопед Şymkent", "speech-shymkent"],
  ["speech therapy Shymkent", "speech-shymkent"],
  ["speech therapist Chimkent", "speech-shymkent"],
  ["логопед Чимкент", "speech-shymkent"],
  ["сөйлеу терапевті Шымкент", "speech-shymkent"],
  ["логопедтік Шымкентте", "speech-shymkent"],
  ["logoped Shymknt", "speech-shymkent"],
  ["lagoped Shymkent", "speech-shymkent"],
  ["Логопедический кабинет Shimkent", "speech-shymkent"],
  ["SHYMKENT", "speech-shymkent"],
  ["Şımkent logoped", "speech-shymkent"],
  ["early intervention Qonaev", "early-qonaev"],
  ["ранняя помощь Конаев", "early-qonaev"],
  ["ерте араласу Қонаев", "early-qonaev"],
  ["Konaev", "early-qonaev"],
  ["Kapshagay", "early-qonaev"],
  ["Капшагай", "early-qonaev"],
  ["Қонаевта", "early-qonaev"],
  ["Almaty region", "early-qonaev"],
  ["Алматы облысы", "early-qonaev"],
  ["Алматинская область ранняя помощь", "early-qonaev"],
  ["ABA Astana", "aba-astana"],
  ["АВА Астана", "aba-astana"],
  ["autism Nur-Sultan", "aba-astana"],
  ["аутизм Нур-Султан", "aba-astana"],
  ["РАС Астана", "aba-astana"],
  ["АСБ Астана", "aba-astana"],
  ["ASD Astana", "aba-astana"],
  ["behavioural therapy Astana", "aba-astana"],
  ["Целиноград", "aba-astana"],
  ["Нұр-Сұлтан", "aba-astana"],
  ["boccia Aktau", "boccia-aktau"],
  ["бочча Ақтау", "boccia-aktau"],
  ["адаптивный спорт Мангистау", "boccia-aktau"],
  ["adaptive sport Mangyshlak", "boccia-aktau"],
  ["Маңғыстау облысында бочча", "boccia-aktau"],
  ["Mañğystau", "boccia-aktau"],
  ["PMPK Almaty", "pmpk-almaty"],
  ["ПМПК Алматы", "pmpk-almaty"],
  ["PMPK Alma-Ata", "pmpk-almaty"],
  ["ПМПК Алма-Ата", "pmpk-almaty"],
  ["assessment Almaty", "pmpk-almaty"],
  ["реабилитация Усть-Каменогорск", "rehab-oskemen"],
  ["rehabilitation Oskemen", "rehab-oskemen"],
  ["оңалту Өскемен", "rehab-oskemen"],
  ["rehab Ust-Kamenogorsk", "rehab-oskemen"],
  ["rehabilitaton Öskemen", "rehab-oskemen"],
  ["инклюзивті балабақша Семей", "kindergarten-semey"],
  ["inclusive kindergarten Semipalatinsk", "kindergarten-semey"],
  ["детский сад Семипалатинск", "kindergarten-semey"],
  ["Balapan", "kindergarten-semey"],
  ["Балапан", "kindergarten-semey"],
  ["Balapn", "kindergarten-semey"],
  ["Балапна Семей", "kindergarten-semey"],
  ["Zhuldyyz", "aba-astana"],
  ["parents Taraz", "parents-taraz"],
  ["родители Джамбул", "parents-taraz"],
  ["ата-аналар Тараз", "parents-taraz"],
  ["School for parents Zhambyl", "parents-taraz"],
  ["логопед Кызылорда", "speech-kyzylorda"],
  ["дефектолог Qyzylorda", "speech-kyzylorda"],
  ["legal help Petropavlovsk", "legal-petropavl"],
  ["юрист Петропавл", "legal-petropavl"],
  ["заң көмегі Петропавл", "legal-petropavl"],
  ["Zhuldyz", "aba-astana"],
  ["Жұлдыз", "aba-astana"],
];

describe("directory search across scripts", () => {
  it("has at least 60 spelling cases", () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(SPELLINGS)("«%s» finds %s", async (query, expected) => {
    const { status, body } = await ctx.anonymous.get(
      `/api/directory/search?q=${encodeURIComponent(query)}&perPage=50`,
    );
    expect(status).toBe(200);
    const found = body.items.map((item: { serviceId: string }) => item.serviceId);
    expect(found).toContain(ids.get(expected));
    expect(found).not.toContain(ids.get("hidden-speech-shymkent"));
  });

  it("ranks the service that matches the need first within the place", async () => {
    const { body } = await ctx.anonymous.get(
      `/api/directory/search?q=${encodeURIComponent("логопед Шымкент")}`,
    );
    expect(body.items[0].serviceId).toBe(ids.get("speech-shymkent"));
    expect(body.interpreted.places).toEqual([
      { regionCode: "KZ-79", locality: "shimkent", text: "shimkent" },
    ]);
  });

  it("finds nothing for a need that exists nowhere in the place", async () => {
    const { body } = await ctx.anonymous.get(
      `/api/directory/search?q=${encodeURIComponent("бочча Шымкент")}`,
    );
    expect(body.total).toBe(0);
    expect(body.items).toEqual([]);
  });
});
