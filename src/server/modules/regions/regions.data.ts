/** Kazakhstan's 20 top-level units (2024). Source of the regions seed migration and of search aliases. */
export interface RegionSeed {
  code: string;
  kind: "region" | "city";
  name: { kk: string; ru: string; en: string; "kk-Latn": string };
  centre: { kk: string; ru: string; en: string };
  aliases: string[];
}

export const REGION_SEEDS: readonly RegionSeed[] = [
  {
    code: "KZ-10",
    kind: "region",
    name: { kk: "Абай облысы", ru: "Абайская область", en: "Abai Region", "kk-Latn": "Abai oblysy" },
    centre: { kk: "Семей", ru: "Семей", en: "Semey" },
    aliases: ["Abay", "Semipalatinsk", "Семипалатинск", "Semei"],
  },
  {
    code: "KZ-11",
    kind: "region",
    name: { kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region", "kk-Latn": "Aqmola oblysy" },
    centre: { kk: "Көкшетау", ru: "Кокшетау", en: "Kokshetau" },
    aliases: ["Kokchetav", "Кокчетав", "Kökşetau"],
  },
  {
    code: "KZ-15",
    kind: "region",
    name: { kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region", "kk-Latn": "Aqtöbe oblysy" },
    centre: { kk: "Ақтөбе", ru: "Актобе", en: "Aktobe" },
    aliases: ["Aktyubinsk", "Актюбинск"],
  },
  {
    code: "KZ-19",
    kind: "region",
    name: { kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region", "kk-Latn": "Almaty oblysy" },
    centre: { kk: "Қонаев", ru: "Конаев", en: "Qonaev" },
    aliases: ["Konaev", "Kapshagay", "Kapchagay", "Капшагай", "Қапшағай", "Qapşağai"],
  },
  {
    code: "KZ-23",
    kind: "region",
    name: { kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region", "kk-Latn": "Atyrau oblysy" },
    centre: { kk: "Атырау", ru: "Атырау", en: "Atyrau" },
    aliases: ["Guryev", "Гурьев"],
  },
  {
    code: "KZ-27",
    kind: "region",
    name: {
      kk: "Батыс Қазақстан облысы",
      ru: "Западно-Казахстанская область",
      en: "West Kazakhstan Region",
      "kk-Latn": "Batys Qazaqstan oblysy",
    },
    centre: { kk: "Орал", ru: "Уральск", en: "Oral" },
    aliases: ["Uralsk", "Уральск", "ЗКО", "WKO"],
  },
  {
    code: "KZ-31",
    kind: "region",
    name: { kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Jambyl Region", "kk-Latn": "Jambyl oblysy" },
    centre: { kk: "Тараз", ru: "Тараз", en: "Taraz" },
    aliases: ["Zhambyl", "Dzhambul", "Джамбул"],
  },
  {
    code: "KZ-33",
    kind: "region",
    name: { kk: "Жетісу облысы", ru: "Жетысуская область", en: "Jetisu Region", "kk-Latn": "Jetısu oblysy" },
    centre: { kk: "Талдықорған", ru: "Талдыкорган", en: "Taldykorgan" },
    aliases: ["Zhetysu", "Жетысу", "Semirechye"],
  },
  {
    code: "KZ-35",
    kind: "region",
    name: {
      kk: "Қарағанды облысы",
      ru: "Карагандинская область",
      en: "Karaganda Region",
      "kk-Latn": "Qarağandy oblysy",
    },
    centre: { kk: "Қарағанды", ru: "Караганда", en: "Karaganda" },
    aliases: ["Karagandy", "Qaraghandy"],
  },
  {
    code: "KZ-39",
    kind: "region",
    name: {
      kk: "Қостанай облысы",
      ru: "Костанайская область",
      en: "Kostanay Region",
      "kk-Latn": "Qostanai oblysy",
    },
    centre: { kk: "Қостанай", ru: "Костанай", en: "Kostanay" },
    aliases: ["Kustanai", "Кустанай"],
  },
  {
    code: "KZ-43",
    kind: "region",
    name: {
      kk: "Қызылорда облысы",
      ru: "Кызылординская область",
      en: "Kyzylorda Region",
      "kk-Latn": "Qyzylorda oblysy",
    },
    centre: { kk: "Қызылорда", ru: "Кызылорда", en: "Kyzylorda" },
    aliases: ["Kzyl-Orda", "Кзыл-Орда"],
  },
  {
    code: "KZ-47",
    kind: "region",
    name: {
      kk: "Маңғыстау облысы",
      ru: "Мангистауская область",
      en: "Mangystau Region",
      "kk-Latn": "Mañğystau oblysy",
    },
    centre: { kk: "Ақтау", ru: "Актау", en: "Aktau" },
    aliases: ["Mangyshlak", "Мангышлак", "Shevchenko", "Шевченко"],
  },
  {
    code: "KZ-55",
    kind: "region",
    name: {
      kk: "Павлодар облысы",
      ru: "Павлодарская область",
      en: "Pavlodar Region",
      "kk-Latn": "Pavlodar oblysy",
    },
    centre: { kk: "Павлодар", ru: "Павлодар", en: "Pavlodar" },
    aliases: [],
  },
  {
    code: "KZ-59",
    kind: "region",
    name: {
      kk: "Солтүстік Қазақстан облысы",
      ru: "Северо-Казахстанская область",
      en: "North Kazakhstan Region",
      "kk-Latn": "Soltüstık Qazaqstan oblysy",
    },
    centre: { kk: "Петропавл", ru: "Петропавловск", en: "Petropavl" },
    aliases: ["Petropavlovsk", "СКО", "NKO"],
  },
  {
    code: "KZ-61",
    kind: "region",
    name: {
      kk: "Түркістан облысы",
      ru: "Туркестанская область",
      en: "Turkistan Region",
      "kk-Latn": "Türkıstan oblysy",
    },
    centre: { kk: "Түркістан", ru: "Туркестан", en: "Turkistan" },
    aliases: ["Turkestan", "South Kazakhstan", "Южно-Казахстанская область", "Оңтүстік Қазақстан"],
  },
  {
    code: "KZ-62",
    kind: "region",
    name: { kk: "Ұлытау облысы", ru: "Улытауская область", en: "Ulytau Region", "kk-Latn": "Ūlytau oblysy" },
    centre: { kk: "Жезқазған", ru: "Жезказган", en: "Zhezkazgan" },
    aliases: ["Jezkazgan", "Jezqazğan"],
  },
  {
    code: "KZ-63",
    kind: "region",
    name: {
      kk: "Шығыс Қазақстан облысы",
      ru: "Восточно-Казахстанская область",
      en: "East Kazakhstan Region",
      "kk-Latn": "Şyğys Qazaqstan oblysy",
    },
    centre: { kk: "Өскемен", ru: "Усть-Каменогорск", en: "Oskemen" },
    aliases: ["Ust-Kamenogorsk", "Öskemen", "ВКО", "EKO"],
  },
  {
    code: "KZ-71",
    kind: "city",
    name: { kk: "Астана", ru: "Астана", en: "Astana", "kk-Latn": "Astana" },
    centre: { kk: "Астана", ru: "Астана", en: "Astana" },
    aliases: [
      "Nur-Sultan",
      "Нур-Султан",
      "Нұр-Сұлтан",
      "Tselinograd",
      "Целиноград",
      "Akmolinsk",
      "Акмолинск",
      "Aqmola",
    ],
  },
  {
    code: "KZ-75",
    kind: "city",
    name: { kk: "Алматы", ru: "Алматы", en: "Almaty", "kk-Latn": "Almaty" },
    centre: { kk: "Алматы", ru: "Алматы", en: "Almaty" },
    aliases: ["Alma-Ata", "Алма-Ата", "Verny", "Верный"],
  },
  {
    code: "KZ-79",
    kind: "city",
    name: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent", "kk-Latn": "Şymkent" },
    centre: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
    aliases: ["Chimkent", "Чимкент"],
  },
];

/** KATO = the two ISO digits followed by seven zeros. */
export const katoOf = (isoCode: string): string => `${isoCode.slice(3)}0000000`;
