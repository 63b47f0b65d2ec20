import { REGION_SEEDS } from "../modules/regions/regions.data.ts";
import { demoPlace } from "./demo-geography.ts";
import { addOrganization } from "./demo-organization-builder.ts";
import type { DemoRandom } from "./demo-random.ts";
import { type DemoRecords, demoInstant } from "./demo-rows.ts";
import { t } from "./demo-text.ts";

export interface PressReleaseIds {
  central: string;
  shymkentBranch: string;
  mangystauBranch: string;
  halyqKenesi: string;
  almatyRegionBranch: string;
  correctionCentre: string;
  amazingKids: string;
  orda: string;
  anaMahabbaty: string;
  boccia: string;
  qamqorJurek: string;
  parentsUnion: string;
}

function addBranches(records: DemoRecords, random: DemoRandom) {
  const ids = {
    central: random.uuid(),
    shymkentBranch: random.uuid(),
    mangystauBranch: random.uuid(),
    halyqKenesi: random.uuid(),
    almatyRegionBranch: random.uuid(),
  };
  records.branches.push(
    {
      id: ids.central,
      kind: "central",
      regionCode: "KZ-71",
      name: t("Орталық аппарат", "Центральный аппарат", "Central office"),
      address: t(
        "Астана қ., Тәуелсіздік көшесі, 3",
        "г. Астана, ул. Тауелсиздик, 3",
        "3 Tauelsizdik Street, Astana",
      ),
      email: "central@example.kz",
      phone: "+7 700 000 00 10",
    },
    {
      id: ids.shymkentBranch,
      kind: "city",
      regionCode: "KZ-79",
      parentId: ids.central,
      name: t("Шымкент қалалық филиалы", "Шымкентский городской филиал", "Shymkent city branch"),
      address: t(
        "Шымкент қ., Тәуке хан даңғылы, 20",
        "г. Шымкент, просп. Тауке хана, 20",
        "20 Tauke Khan Avenue, Shymkent",
      ),
      email: "shymkent@example.kz",
      phone: "+7 700 000 00 11",
    },
    {
      id: ids.mangystauBranch,
      kind: "regional",
      regionCode: "KZ-47",
      parentId: ids.central,
      name: t("Маңғыстау облыстық филиалы", "Мангистауский областной филиал", "Mangystau regional branch"),
      address: t(
        "Ақтау қ., 9 шағын аудан, 12 үй",
        "г. Актау, 9 мкр., дом 12",
        "Microdistrict 9, building 12, Aktau",
      ),
      email: "mangystau@example.kz",
      phone: "+7 700 000 00 12",
    },
    {
      id: ids.halyqKenesi,
      kind: "attached_body",
      regionCode: "KZ-47",
      parentId: ids.mangystauBranch,
      name: t(
        "Маңғыстау облыстық филиалы жанындағы «Халық кеңесі»",
        "Народный совет «Халық кеңесі» при Мангистауском областном филиале",
        "People's Council «Halyq Kenesi» of the Mangystau regional branch",
      ),
      email: "halyq-kenesi.mangystau@example.kz",
      phone: "+7 700 000 00 13",
    },
    {
      id: ids.almatyRegionBranch,
      kind: "regional",
      regionCode: "KZ-19",
      parentId: ids.central,
      name: t("Алматы облыстық филиалы", "Алматинский областной филиал", "Almaty regional branch"),
      address: t("Қонаев қ., Абай даңғылы, 12", "г. Конаев, просп. Абая, 12", "12 Abai Avenue, Qonaev"),
      email: "almaty-region@example.kz",
      phone: "+7 700 000 00 14",
    },
  );
  return ids;
}

/** The seven partners the press release names, with the services they are known for. */
function addPartners(records: DemoRecords, random: DemoRandom) {
  const shymkent = { regionCode: "KZ-79", place: demoPlace("KZ-79") };
  const aktau = { regionCode: "KZ-47", place: demoPlace("KZ-47") };
  const qonaev = { regionCode: "KZ-19", place: demoPlace("KZ-19") };
  const verifiedAt = demoInstant("2026-10-01");
  return {
    correctionCentre: addOrganization(records, random, {
      name: t(
        "Шымкент қалалық Білім басқармасына қарасты психологиялық-педагогикалық түзету орталығы",
        "Центр психолого-педагогической коррекции при управлении образования города Шымкент",
        "Psychological-pedagogical correction centre of the Shymkent city Education Department",
      ),
      description: t(
        "Ерекше білім беруді қажет ететін, оның ішінде АСБ бар балаларға тегін түзету-дамыту көмегін көрсететін қалалық мемлекеттік орталық.",
        "Городской государственный центр, оказывающий бесплатную коррекционно-развивающую помощь детям с особыми образовательными потребностями, в том числе с РАС.",
        "A city state centre giving free correction and development support to children with special educational needs, including children with ASD.",
      ),
      type: "state_institution",
      level: "city",
      sites: [shymkent],
      serviceKeys: ["early_intervention", "speech_therapy", "special_educator", "parent_school"],
      costStyle: "state",
      languages: "kk",
      email: "correction-centre@example.kz",
      phone: "+7 700 000 00 01",
      targetGroups: ["asd", "down_syndrome", "cerebral_palsy", "intellectual"],
      verifiedAt,
    }),
    amazingKids: addOrganization(records, random, {
      name: t(
        "«Amazing kids» балаларды түзету орталығы",
        "Детский коррекционный центр «Amazing kids»",
        "«Amazing kids» children's correction centre",
      ),
      description: t(
        "АСБ бар балаларға ABA-терапия, сенсорлық интеграция және логопедтік сабақтар өткізетін жеке орталық.",
        "Частный центр: АВА-терапия, сенсорная интеграция и логопедические занятия для детей с РАС.",
        "A private centre offering ABA therapy, sensory integration and speech therapy for children with ASD.",
      ),
      type: "private_centre",
      level: "city",
      sites: [shymkent],
      serviceKeys: ["aba_therapy", "sensory_integration", "speech_therapy"],
      costStyle: "private",
      languages: "kk",
      email: "amazing-kids@example.kz",
      phone: "+7 700 000 00 02",
      website: "https://amazing-kids.example.kz",
      targetGroups: ["asd", "intellectual", "other"],
      verifiedAt,
    }),
    orda: addOrganization(records, random, {
      name: t(
        "Ерекше балалардың ата-аналары бірлестігі – «ОРДА»",
        "Объединение родителей особых детей «ОРДА»",
        "«ORDA» association of parents of special children",
      ),
      description: t(
        "Ерекше балаларды тәрбиелеп отырған шымкенттік ата-аналардың бірлестігі: өзара қолдау, кеңес және балалардың құқықтарын қорғау.",
        "Объединение шымкентских родителей особых детей: взаимная поддержка, консультации и защита прав детей.",
        "An association of Shymkent parents raising special children: mutual support, advice and defence of children's rights.",
      ),
      type: "parents_association",
      level: "city",
      sites: [shymkent],
      serviceKeys: ["parent_group", "parent_school", "rights_advice"],
      costStyle: "community",
      languages: "kk",
      email: "orda@example.kz",
      phone: "+7 700 000 00 03",
      targetGroups: ["asd", "down_syndrome", "cerebral_palsy", "intellectual"],
      verifiedAt,
    }),
    anaMahabbaty: addOrganization(records, random, {
      name: t(
        "«Ана махаббаты» қоғамдық қоры",
        "Общественный фонд «Ана махаббаты»",
        "«Ana Mahabbaty» public foundation",
      ),
      description: t(
        "Маңғыстау облысындағы ерекше балалардың аналары мен отбасыларын қолдайтын қор.",
        "Фонд, поддерживающий матерей и семьи особых детей в Мангистауской области.",
        "A foundation supporting mothers and families of special children in Mangystau Region.",
      ),
      type: "public_foundation",
      level: "region",
      sites: [aktau],
      serviceKeys: ["parent_group", "respite", "summer_camp"],
      costStyle: "community",
      languages: "kk",
      email: "ana-mahabbaty@example.kz",
      phone: "+7 700 000 00 04",
      targetGroups: ["asd", "down_syndrome", "cerebral_palsy", "intellectual"],
      verifiedAt,
    }),
    boccia: addOrganization(records, random, {
      name: t(
        "Маңғыстау паралимпиадалық спорт федерациясы – «Бочча»",
        "Мангистауская паралимпийская спортивная федерация «Бочча»",
        "Mangystau paralympic sport federation «Boccia»",
      ),
      description: t(
        "Маңғыстау облысында бочча мен бейімделген спортты дамытатын федерация; балаларға жаттығулар тегін.",
        "Федерация, развивающая бочча и адаптивный спорт в Мангистауской области; тренировки для детей бесплатны.",
        "A federation developing boccia and adaptive sport in Mangystau Region; training for children is free.",
      ),
      type: "sport_federation",
      level: "region",
      sites: [aktau],
      serviceKeys: ["boccia", "adaptive_pe"],
      costStyle: "community",
      languages: "kk",
      email: "boccia-mangystau@example.kz",
      phone: "+7 700 000 00 05",
      targetGroups: ["cerebral_palsy", "intellectual", "other"],
      verifiedAt,
    }),
    qamqorJurek: addOrganization(records, random, {
      name: t(
        "Мүгедектердің «Қамқор Жүрек» қоғамдық бірлестігі",
        "Общественное объединение лиц с инвалидностью «Қамқор Жүрек»",
        "«Qamqor Jürek» public association of persons with disabilities",
      ),
      description: t(
        "Алматы облысындағы мүгедектігі бар адамдар мен олардың отбасыларының құқықтарын қорғайтын бірлестік.",
        "Объединение, защищающее права людей с инвалидностью и их семей в Алматинской области.",
        "An association defending the rights of persons with disabilities and their families in Almaty Region.",
      ),
      type: "public_association",
      level: "region",
      sites: [qonaev],
      serviceKeys: ["rights_advice", "creative_clubs", "vocational_workshop"],
      costStyle: "community",
      languages: "mixed",
      email: "qamqor-jurek@example.kz",
      phone: "+7 700 000 00 06",
      targetGroups: ["asd", "down_syndrome", "cerebral_palsy", "hearing", "vision", "intellectual"],
      verifiedAt,
    }),
    parentsUnion: addOrganization(records, random, {
      name: t(
        "«Ерекше балалардың ата-аналар одағы» республикалық қоғамдық бірлестігі",
        "Республиканское общественное объединение «Союз родителей особых детей»",
        "«Union of parents of special children» republican public association",
      ),
      description: t(
        "Ерекше балалардың ата-аналарын бүкіл ел бойынша біріктіретін республикалық бірлестік: құқықтық кеңес және ата-аналарды оқыту.",
        "Республиканское объединение родителей особых детей по всей стране: правовые консультации и обучение родителей.",
        "A nationwide association of parents of special children: legal advice and training for parents.",
      ),
      type: "republican_association",
      level: "republic",
      sites: [{ regionCode: "KZ-71", place: demoPlace("KZ-71") }, qonaev],
      servedRegions: REGION_SEEDS.map((region) => region.code),
      serviceKeys: ["rights_advice", "parent_school"],
      costStyle: "community",
      languages: "mixed",
      email: "parents-union@example.kz",
      phone: "+7 700 000 00 07",
      targetGroups: ["asd", "down_syndrome", "cerebral_palsy", "hearing", "vision", "intellectual", "other"],
      verifiedAt,
    }),
  };
}

export function addPressRelease(records: DemoRecords, random: DemoRandom): PressReleaseIds {
  return { ...addBranches(records, random), ...addPartners(records, random) };
}
