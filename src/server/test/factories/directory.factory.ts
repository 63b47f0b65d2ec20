import type { TServiceCreate } from "../../../shared/contracts/services.ts";
import type { ApiClient } from "../api-client.ts";
import { createLocation, createOrganization, createService } from "./organizations.factory.ts";

export interface DirectoryFixture {
  key: string;
  region: string;
  locality: { kk: string; ru: string; en: string };
  lat: number;
  lon: number;
  name: { kk?: string; ru?: string; en?: string };
  service: Partial<TServiceCreate>;
  published?: boolean;
}

/** A small directory spread over the country, one service per fixture, each easy to recognise. */
export const DIRECTORY_FIXTURES: DirectoryFixture[] = [
  {
    key: "speech-shymkent",
    region: "KZ-79",
    locality: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
    lat: 42.34,
    lon: 69.59,
    name: {
      kk: "«Сөйле» логопедтік кабинеті",
      ru: "Логопедический кабинет «Сөйле»",
      en: "Söile speech therapy room",
    },
    service: {
      categoryCodes: ["correctional_pedagogy"],
      cost: "free",
      minAge: 3,
      maxAge: 7,
      languages: ["kk", "ru"],
      targetGroups: ["asd"],
    },
  },
  {
    key: "early-qonaev",
    region: "KZ-19",
    locality: { kk: "Қонаев", ru: "Конаев", en: "Qonaev" },
    lat: 43.87,
    lon: 77.07,
    name: { kk: "Ерте араласу орталығы", ru: "Центр ранней помощи", en: "Early intervention centre" },
    service: {
      categoryCodes: ["early_intervention"],
      cost: "state_funded",
      minAge: 0,
      maxAge: 3,
      languages: ["kk", "ru"],
    },
  },
  {
    key: "aba-astana",
    region: "KZ-71",
    locality: { kk: "Астана", ru: "Астана", en: "Astana" },
    lat: 51.13,
    lon: 71.43,
    name: {
      kk: "«Жұлдыз» мінез-құлық терапиясы орталығы",
      ru: "Центр ABA-терапии «Жулдыз»",
      en: "Zhuldyz ABA therapy centre",
    },
    service: {
      categoryCodes: ["behavioural_therapy"],
      cost: "paid",
      minAge: 2,
      maxAge: 12,
      languages: ["ru", "en"],
      targetGroups: ["asd"],
    },
  },
  {
    key: "boccia-aktau",
    region: "KZ-47",
    locality: { kk: "Ақтау", ru: "Актау", en: "Aktau" },
    lat: 43.65,
    lon: 51.16,
    name: {
      kk: "Бочча бейімделген спорт секциясы",
      ru: "Секция адаптивного спорта «Бочча»",
      en: "Boccia adaptive sport club",
    },
    service: {
      categoryCodes: ["adaptive_sport"],
      cost: "free",
      minAge: 6,
      maxAge: 17,
      languages: ["kk"],
      targetGroups: ["cerebral_palsy"],
    },
  },
  {
    key: "pmpk-almaty",
    region: "KZ-75",
    locality: { kk: "Алматы", ru: "Алматы", en: "Almaty" },
    lat: 43.24,
    lon: 76.89,
    name: { kk: "№2 психологиялық-медициналық-педагогикалық консультация", ru: "ПМПК №2", en: "PMPK No. 2" },
    service: {
      categoryCodes: ["assessment"],
      cost: "free",
      minAge: 0,
      maxAge: 18,
      languages: ["kk", "ru"],
      referralRequirement: "none",
    },
  },
  {
    key: "rehab-oskemen",
    region: "KZ-63",
    locality: { kk: "Өскемен", ru: "Усть-Каменогорск", en: "Oskemen" },
    lat: 49.95,
    lon: 82.61,
    name: {
      kk: "Балаларды оңалту орталығы",
      ru: "Центр реабилитации детей",
      en: "Children's rehabilitation centre",
    },
    service: {
      categoryCodes: ["medical_rehabilitation"],
      cost: "state_funded",
      minAge: 1,
      maxAge: 17,
      languages: ["ru"],
    },
  },
  {
    key: "kindergarten-semey",
    region: "KZ-10",
    locality: { kk: "Семей", ru: "Семей", en: "Semey" },
    lat: 50.41,
    lon: 80.23,
    name: {
      kk: "«Балапан» инклюзивті балабақшасы",
      ru: "Инклюзивный детский сад «Балапан»",
      en: "Balapan inclusive kindergarten",
    },
    service: {
      categoryCodes: ["inclusive_education"],
      cost: "free",
      minAge: 2,
      maxAge: 6,
      languages: ["kk"],
    },
  },
  {
    key: "parents-taraz",
    region: "KZ-31",
    locality: { kk: "Тараз", ru: "Тараз", en: "Taraz" },
    lat: 42.9,
    lon: 71.37,
    name: { kk: "Ата-аналар мектебі", ru: "Школа для родителей", en: "School for parents" },
    service: {
      categoryCodes: ["parent_support"],
      cost: "free",
      minAge: 0,
      maxAge: 18,
      languages: ["kk", "ru"],
    },
  },
  {
    key: "speech-kyzylorda",
    region: "KZ-43",
    locality: { kk: "Қызылорда", ru: "Кызылорда", en: "Kyzylorda" },
    lat: 44.85,
    lon: 65.5,
    name: { ru: "Кабинет логопеда и дефектолога" },
    service: {
      categoryCodes: ["correctional_pedagogy"],
      cost: "paid",
      minAge: 3,
      maxAge: 10,
      languages: ["ru"],
    },
  },
  {
    key: "legal-petropavl",
    region: "KZ-59",
    locality: { kk: "Петропавл", ru: "Петропавловск", en: "Petropavl" },
    lat: 54.87,
    lon: 69.15,
    name: { kk: "Отбасыларға заң көмегі", ru: "Юридическая помощь семьям", en: "Legal help for families" },
    service: {
      categoryCodes: ["legal_social_help"],
      cost: "free",
      minAge: 0,
      maxAge: 18,
      languages: ["kk", "ru"],
    },
  },
  {
    key: "hidden-speech-shymkent",
    region: "KZ-79",
    locality: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
    lat: 42.32,
    lon: 69.6,
    name: { kk: "Жасырын логопед", ru: "Скрытый логопед", en: "Hidden speech therapist" },
    service: {
      categoryCodes: ["correctional_pedagogy"],
      cost: "free",
      minAge: 3,
      maxAge: 7,
      languages: ["kk"],
    },
    published: false,
  },
];

/** Creates each fixture through the API (organization, location, service); returns service ids by key. */
export async function seedDirectory(admin: ApiClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [index, fixture] of DIRECTORY_FIXTURES.entries()) {
    const organization = await createOrganization(admin, {
      name: { kk: `Серіктес ${index + 1}`, ru: `Партнёр ${index + 1}`, en: `Partner ${index + 1}` },
      regionsServed: [fixture.region],
      bin: undefined,
    });
    const location = await createLocation(admin, organization.id, {
      regionCode: fixture.region,
      locality: fixture.locality,
      address: { ru: "ул. Абая, 10" },
      latitude: fixture.lat,
      longitude: fixture.lon,
    });
    const service = await createService(admin, organization.id, {
      ...fixture.service,
      name: fixture.name,
      locationIds: [location.id],
      published: fixture.published ?? true,
    });
    ids.set(fixture.key, service.id);
  }
  return ids;
}
