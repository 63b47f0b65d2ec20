import type { TNewsCreate } from "../../../shared/contracts/news.ts";

/** A valid news payload: the Qonaev signing from the press release. */
export function newsInput(overrides: Partial<TNewsCreate> = {}): TNewsCreate {
  return {
    title: {
      kk: "Қонаевта меморандумға қол қойылды",
      ru: "В Конаеве подписан меморандум",
      en: "Memorandum signed in Qonaev",
    },
    summary: { en: "The Almaty regional branch signed with «Qamqor Jürek»." },
    body: {
      kk: "Алматы облыстық филиалы «Qamqor Jürek» бірлестігімен меморандумға қол қойды.",
      en: "The Almaty regional branch signed a memorandum with «Qamqor Jürek».",
    },
    regionCode: "KZ-19",
    ...overrides,
  };
}
