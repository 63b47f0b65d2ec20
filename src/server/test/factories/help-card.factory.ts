import type { TServiceCreate } from "../../../shared/contracts/services.ts";
import type { ApiClient } from "../api-client.ts";
import { createLocation, createOrganization, createService } from "./organizations.factory.ts";

/** Every Kazakh-specific capital letter, which a PDF font without Kazakh glyphs would lose. */
export const KAZAKH_LETTERS = "Ә Ғ Қ Ң Ө Ұ Ү Һ І";

export const DETAILED_SERVICE = {
  name: {
    kk: "Әже Ғалия Қамқор Ңұр Өркен Ұлан Үміт Һас Іңкәр",
    ru: "Центр «Қамқор» для детей с РАС",
    en: "Qamqor centre for autistic children",
  },
  phone: "+7 (727) 123-45-67",
  applicationProcess: {
    kk: "Алдын ала телефон арқылы жазылыңыз.",
    ru: "Запишитесь заранее по телефону.",
    en: "Book in advance by phone.",
  },
  referralNote: { ru: "Заключение ПМПК не старше года" },
} satisfies Partial<TServiceCreate>;

/** One organization with one location in Almaty and one service; returns the service id. */
export async function createCardService(
  admin: ApiClient,
  overrides: Partial<TServiceCreate> = {},
  address: { kk?: string; ru?: string; en?: string } = { kk: "Абай даңғылы, 52", ru: "проспект Абая, 52" },
): Promise<string> {
  const organization = await createOrganization(admin, {
    name: { kk: "«Қамқор» қоғамдық қоры", ru: "Общественный фонд «Қамқор»", en: "Qamqor public foundation" },
    regionsServed: ["KZ-75"],
    phone: "+7 727 000 00 00",
  });
  const location = await createLocation(admin, organization.id, {
    regionCode: "KZ-75",
    locality: { kk: "Алматы", ru: "Алматы", en: "Almaty" },
    address,
  });
  const service = await createService(admin, organization.id, {
    ...DETAILED_SERVICE,
    cost: "state_funded",
    minAge: 2,
    maxAge: 10,
    languages: ["kk", "ru"],
    referralRequirement: "pmpk_conclusion",
    locationIds: [location.id],
    ...overrides,
  });
  return service.id;
}

const repeat = (text: string, length: number) =>
  text.repeat(Math.ceil(length / text.length)).slice(0, length);

/** A service with every text at its longest, to prove that twelve of them still fit on one page. */
export function longestTexts(index: number): Partial<TServiceCreate> {
  const words = (kk: string, ru: string, en: string, length: number) => ({
    kk: repeat(`${kk} `, length).trim(),
    ru: repeat(`${ru} `, length).trim(),
    en: repeat(`${en} `, length).trim(),
  });
  return {
    name: words(
      `${index} Өңірлік оңалту орталығы`,
      `${index} Областной реабилитационный центр`,
      `${index} Regional rehabilitation centre`,
      300,
    ),
    applicationProcess: words("Құжаттарды әкеліңіз", "Принесите документы", "Bring the documents", 5000),
    referralRequirement: "other",
    referralNote: words("Дәрігердің анықтамасы", "Справка от врача", "A doctor's certificate", 2000),
    phone: "+7 (7172) 55-55-55 ішкі 1234",
  };
}
