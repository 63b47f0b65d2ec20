import type { DemoOrganizationKind } from "./demo-organization-kinds.ts";
import { t } from "./demo-text.ts";

/** State bodies: numbered, free or state-funded, usually with a referral and a queue. */
export const DEMO_STATE_KINDS: readonly DemoOrganizationKind[] = [
  {
    key: "pmpk",
    type: "state_institution",
    costStyle: "state",
    name: (n) =>
      t(
        `№${n} психологиялық-медициналық-педагогикалық консультация`,
        `Психолого-медико-педагогическая консультация №${n}`,
        `Psychological-medical-pedagogical consultation (PMPK) No. ${n}`,
      ),
    description: t(
      "Балаларды тексеріп, арнайы білім беру жағдайлары туралы қорытынды беретін мемлекеттік мекеме.",
      "Государственное учреждение, которое обследует детей и выдаёт заключения о специальных условиях обучения.",
      "A state institution that assesses children and issues conclusions on the special education conditions they need.",
    ),
    core: ["pmpk_assessment"],
    optional: ["parent_school", "rights_advice", "psychologist"],
    weight: 0.3,
  },
  {
    key: "correction_room",
    type: "state_institution",
    costStyle: "state",
    name: (n) =>
      t(
        `№${n} психологиялық-педагогикалық түзету кабинеті`,
        `Кабинет психолого-педагогической коррекции №${n}`,
        `Psychological-pedagogical correction room No. ${n}`,
      ),
    description: t(
      "Ерекше білім беруді қажет ететін 0–18 жастағы балаларға тегін түзету-дамыту көмегін көрсететін мемлекеттік мекеме.",
      "Государственное учреждение, оказывающее бесплатную коррекционно-развивающую помощь детям 0–18 лет с особыми образовательными потребностями.",
      "A state institution giving free correction and development support to children aged 0–18 with special educational needs.",
    ),
    core: ["speech_therapy"],
    optional: [
      "early_intervention",
      "special_educator",
      "psychologist",
      "parent_school",
      "deaf_educator",
      "vision_educator",
    ],
    weight: 2,
  },
  {
    key: "rehabilitation_centre",
    type: "state_institution",
    costStyle: "state",
    name: (n) =>
      t(
        `№${n} балаларды оңалту орталығы`,
        `Детский реабилитационный центр №${n}`,
        `Children's rehabilitation centre No. ${n}`,
      ),
    description: t(
      "Мүгедектігі бар балаларға медициналық және әлеуметтік оңалту көрсететін мемлекеттік орталық.",
      "Государственный центр медицинской и социальной реабилитации детей с инвалидностью.",
      "A state centre for the medical and social rehabilitation of disabled children.",
    ),
    core: ["medical_rehabilitation"],
    optional: [
      "physiotherapy",
      "adaptive_pe",
      "adaptive_swimming",
      "hippotherapy",
      "psychologist",
      "sensory_integration",
    ],
    weight: 1,
  },
  {
    key: "special_kindergarten",
    type: "state_institution",
    costStyle: "state",
    name: (n) =>
      t(`№${n} арнайы балабақша`, `Специальный детский сад №${n}`, `Special kindergarten No. ${n}`),
    description: t(
      "Ерекше білім беруді қажет ететін мектеп жасына дейінгі балаларға арналған арнайы балабақша.",
      "Специальный детский сад для дошкольников с особыми образовательными потребностями.",
      "A special kindergarten for pre-school children with special educational needs.",
    ),
    core: ["special_group"],
    optional: ["speech_therapy", "sensory_integration", "parent_school", "early_intervention"],
    weight: 1,
  },
  {
    key: "special_school",
    type: "state_institution",
    costStyle: "state",
    name: (n) =>
      t(
        `№${n} арнайы мектеп-интернат`,
        `Специальная школа-интернат №${n}`,
        `Special boarding school No. ${n}`,
      ),
    description: t(
      "Арнайы оқу бағдарламалары бойынша оқытатын және кәсіптік дайындық беретін мектеп-интернат.",
      "Школа-интернат, обучающая по специальным учебным программам и дающая профессиональную подготовку.",
      "A boarding school teaching special curricula and offering vocational training.",
    ),
    core: ["special_schooling"],
    optional: [
      "home_schooling",
      "vocational_workshop",
      "career_guidance",
      "adaptive_pe",
      "deaf_educator",
      "vision_educator",
    ],
    weight: 1,
  },
  {
    key: "kindergarten",
    type: "state_institution",
    costStyle: "state",
    name: (n, b) =>
      t(
        `№${n} «${b.kk}» бөбекжай-бақшасы`,
        `Ясли-сад №${n} «${b.ru}»`,
        `Nursery-kindergarten No. ${n} «${b.en}»`,
      ),
    description: t(
      "Инклюзивті топтары бар мемлекеттік балабақша.",
      "Государственный детский сад с инклюзивными группами.",
      "A state kindergarten with inclusive groups.",
    ),
    core: ["inclusive_group"],
    optional: ["speech_therapy", "psychologist"],
    weight: 1.4,
  },
  {
    key: "school",
    type: "state_institution",
    costStyle: "state",
    name: (n) =>
      t(`№${n} жалпы білім беретін мектеп`, `Общеобразовательная школа №${n}`, `Secondary school No. ${n}`),
    description: t(
      "Инклюзивті сыныптары және психологиялық-педагогикалық сүйемелдеу қызметі бар мектеп.",
      "Школа с инклюзивными классами и службой психолого-педагогического сопровождения.",
      "A school with inclusive classes and a psychological-pedagogical support team.",
    ),
    core: ["inclusive_class"],
    optional: ["home_schooling", "psychologist", "speech_therapy", "career_guidance"],
    weight: 1.4,
  },
  {
    key: "social_centre",
    type: "state_institution",
    costStyle: "state",
    name: (n) =>
      t(
        `№${n} арнаулы әлеуметтік қызметтер көрсету орталығы`,
        `Центр оказания специальных социальных услуг №${n}`,
        `Special social services centre No. ${n}`,
      ),
    description: t(
      "Мүгедектігі бар балалар мен олардың отбасыларына күндізгі күтім мен әлеуметтік көмек көрсететін мемлекеттік орталық.",
      "Государственный центр дневного ухода и социальной помощи детям с инвалидностью и их семьям.",
      "A state centre offering day care and social support to disabled children and their families.",
    ),
    core: ["day_care"],
    optional: ["rights_advice", "respite", "creative_clubs", "vocational_workshop", "parent_group"],
    weight: 0.8,
  },
];
