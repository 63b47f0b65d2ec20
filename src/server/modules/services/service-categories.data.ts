/** The special-needs service taxonomy. Source of the categories seed migration. */
export const SERVICE_CATEGORY_SEEDS = [
  {
    code: "assessment",
    name: { kk: "Бағалау және ПМПК", ru: "Диагностика и ПМПК", en: "Assessment (PMPK)" },
  },
  { code: "early_intervention", name: { kk: "Ерте араласу", ru: "Ранняя помощь", en: "Early intervention" } },
  {
    code: "correctional_pedagogy",
    name: {
      kk: "Түзету педагогикасы және логопедия",
      ru: "Коррекционная педагогика и логопедия",
      en: "Correctional pedagogy and speech therapy",
    },
  },
  {
    code: "behavioural_therapy",
    name: { kk: "Мінез-құлық терапиясы", ru: "Поведенческая терапия", en: "Behavioural therapy" },
  },
  {
    code: "psychological_support",
    name: { kk: "Психологиялық қолдау", ru: "Психологическая поддержка", en: "Psychological support" },
  },
  {
    code: "medical_rehabilitation",
    name: { kk: "Медициналық оңалту", ru: "Медицинская реабилитация", en: "Medical rehabilitation" },
  },
  {
    code: "inclusive_education",
    name: { kk: "Инклюзивті білім беру", ru: "Инклюзивное образование", en: "Inclusive education" },
  },
  {
    code: "special_school",
    name: {
      kk: "Арнайы мектеп және балабақша",
      ru: "Специальная школа и детский сад",
      en: "Special school and kindergarten",
    },
  },
  { code: "adaptive_sport", name: { kk: "Бейімделген спорт", ru: "Адаптивный спорт", en: "Adaptive sport" } },
  {
    code: "parent_support",
    name: {
      kk: "Ата-аналарды қолдау және оқыту",
      ru: "Поддержка и обучение родителей",
      en: "Parent support and training",
    },
  },
  {
    code: "legal_social_help",
    name: {
      kk: "Құқықтық көмек және әлеуметтік жәрдемақы",
      ru: "Юридическая помощь и социальные выплаты",
      en: "Legal and social-benefit help",
    },
  },
  {
    code: "respite_care",
    name: { kk: "Уақытша күтім", ru: "Временный присмотр (передышка)", en: "Respite care" },
  },
  {
    code: "leisure_socialisation",
    name: { kk: "Бос уақыт және әлеуметтену", ru: "Досуг и социализация", en: "Leisure and socialisation" },
  },
  {
    code: "vocational",
    name: { kk: "Кәсіптік дайындық", ru: "Профессиональная подготовка", en: "Vocational training" },
  },
] as const;

export type ServiceCategoryCode = (typeof SERVICE_CATEGORY_SEEDS)[number]["code"];
