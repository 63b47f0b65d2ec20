import type { DemoOrganizationKind } from "./demo-organization-kinds.ts";
import { t } from "./demo-text.ts";

/** Private centres and NGOs: named by their founders; private ones charge, NGOs mostly do not. */
export const DEMO_NON_STATE_KINDS: readonly DemoOrganizationKind[] = [
  {
    key: "development_centre",
    type: "private_centre",
    costStyle: "private",
    name: (_, b) =>
      t(
        `«${b.kk}» балаларды дамыту орталығы`,
        `Центр развития детей «${b.ru}»`,
        `«${b.en}» child development centre`,
      ),
    description: t(
      "Ерекше балаларға логопедтік, дефектологиялық және психологиялық сабақтар өткізетін жеке орталық.",
      "Частный центр, проводящий логопедические, дефектологические и психологические занятия для особых детей.",
      "A private centre offering speech therapy, special education and psychology sessions for special children.",
    ),
    core: [],
    optional: [
      "speech_therapy",
      "special_educator",
      "sensory_integration",
      "psychologist",
      "art_therapy",
      "early_intervention",
      "social_skills",
    ],
    weight: 2,
  },
  {
    key: "autism_centre",
    type: "private_centre",
    costStyle: "private",
    name: (_, b) =>
      t(`«${b.kk}» аутизм орталығы`, `Центр помощи детям с аутизмом «${b.ru}»`, `«${b.en}» autism centre`),
    description: t(
      "АСБ бар балаларға дәлелді әдістермен (ABA, сенсорлық интеграция) көмек көрсететін жеке орталық.",
      "Частный центр помощи детям с РАС по доказательным методикам (АВА, сенсорная интеграция).",
      "A private centre supporting children with ASD through evidence-based methods (ABA, sensory integration).",
    ),
    core: ["aba_therapy"],
    optional: [
      "sensory_integration",
      "social_skills",
      "speech_therapy",
      "parent_group",
      "early_intervention",
    ],
    weight: 1.5,
  },
  {
    key: "private_rehabilitation",
    type: "private_centre",
    costStyle: "private",
    name: (_, b) =>
      t(`«${b.kk}» оңалту орталығы`, `Реабилитационный центр «${b.ru}»`, `«${b.en}» rehabilitation centre`),
    description: t(
      "Церебральды сал ауруы және қимыл бұзылыстары бар балаларға арналған жеке оңалту орталығы.",
      "Частный реабилитационный центр для детей с ДЦП и нарушениями движения.",
      "A private rehabilitation centre for children with cerebral palsy and movement disorders.",
    ),
    core: ["physiotherapy"],
    optional: ["hippotherapy", "adaptive_swimming", "medical_rehabilitation", "sensory_integration"],
    weight: 0.7,
  },
  {
    key: "foundation",
    type: "public_foundation",
    costStyle: "community",
    name: (_, b) =>
      t(`«${b.kk}» қоғамдық қоры`, `Общественный фонд «${b.ru}»`, `«${b.en}» public foundation`),
    description: t(
      "Ерекше балалардың отбасыларын қолдайтын, тегін бағдарламалар мен іс-шаралар ұйымдастыратын қор.",
      "Фонд, поддерживающий семьи особых детей и организующий бесплатные программы и мероприятия.",
      "A foundation supporting families of special children with free programmes and events.",
    ),
    core: [],
    optional: ["parent_group", "respite", "rights_advice", "summer_camp", "creative_clubs", "art_therapy"],
    weight: 1,
  },
  {
    key: "association",
    type: "public_association",
    costStyle: "community",
    name: (_, b) =>
      t(
        `«${b.kk}» қоғамдық бірлестігі`,
        `Общественное объединение «${b.ru}»`,
        `«${b.en}» public association`,
      ),
    description: t(
      "Мүгедектігі бар адамдар мен олардың отбасыларының құқықтарын қорғап, әлеуметтенуіне көмектесетін бірлестік.",
      "Объединение, защищающее права людей с инвалидностью и их семей и помогающее их социализации.",
      "An association defending the rights of disabled people and their families and helping them take part in society.",
    ),
    core: [],
    optional: ["rights_advice", "creative_clubs", "vocational_workshop", "career_guidance", "social_skills"],
    weight: 0.8,
  },
  {
    key: "parents",
    type: "parents_association",
    costStyle: "community",
    name: (_, b) =>
      t(
        `«${b.kk}» ерекше балалардың ата-аналары бірлестігі`,
        `Объединение родителей особых детей «${b.ru}»`,
        `«${b.en}» association of parents of special children`,
      ),
    description: t(
      "Ерекше балаларды тәрбиелеп отырған ата-аналар құрған бірлестік: өзара көмек, ақпарат және бірлескен іс-шаралар.",
      "Объединение, созданное родителями особых детей: взаимопомощь, информация и совместные мероприятия.",
      "An association founded by parents of special children for mutual help, information and joint activities.",
    ),
    core: ["parent_group"],
    optional: ["parent_school", "rights_advice", "creative_clubs", "respite", "summer_camp"],
    weight: 1,
  },
  {
    key: "sport",
    type: "sport_federation",
    costStyle: "community",
    name: (_, b) =>
      t(
        `«${b.kk}» бейімделген спорт федерациясы`,
        `Федерация адаптивного спорта «${b.ru}»`,
        `«${b.en}» adaptive sport federation`,
      ),
    description: t(
      "Мүгедектігі бар балалар мен жасөспірімдерге арналған паралимпиялық және бейімделген спорт түрлерін дамытатын федерация.",
      "Федерация, развивающая паралимпийские и адаптивные виды спорта для детей и подростков с инвалидностью.",
      "A federation developing Paralympic and adaptive sports for disabled children and teenagers.",
    ),
    core: [],
    optional: ["boccia", "adaptive_swimming", "adaptive_pe"],
    weight: 0.5,
  },
];
