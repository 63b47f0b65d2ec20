import { SCOPE_AREAS } from "../../shared/vocabulary.ts";
import type { PressReleaseIds } from "./demo-press-release.ts";
import type { DemoRandom } from "./demo-random.ts";
import type { DemoRecords } from "./demo-rows.ts";
import { type Text3, t } from "./demo-text.ts";

export interface MemorandumIds {
  shymkent: string;
  mangystau: string;
  almatyRegion: string;
}

type Party = readonly [
  kind: "branch" | "organization",
  id: string,
  signatoryName: string,
  signatoryPosition: string,
];

interface MemorandumSpec {
  number: string;
  title: Text3;
  description: Text3;
  scopeAreas: (typeof SCOPE_AREAS)[number][];
  signedDate: string;
  signedPlace: Text3;
  endDate: string | null;
  parties: readonly Party[];
}

/** Adds a signed memorandum with its parties; returns its id and the party ids in the given order. */
function addMemorandum(records: DemoRecords, random: DemoRandom, spec: MemorandumSpec) {
  const id = random.uuid();
  records.memoranda.push({
    id,
    number: spec.number,
    title: spec.title,
    description: spec.description,
    scopeAreas: [...spec.scopeAreas].sort((a, b) => SCOPE_AREAS.indexOf(a) - SCOPE_AREAS.indexOf(b)),
    reviewState: "signed",
    lifecycleStatus: "active",
    signedDate: spec.signedDate,
    signedPlace: spec.signedPlace,
    startDate: spec.signedDate,
    endDate: spec.endDate,
  });
  const partyIds = spec.parties.map(([kind, partyId, signatoryName, signatoryPosition], sortOrder) => {
    const rowId = random.uuid();
    records.memorandumParties.push({
      id: rowId,
      memorandumId: id,
      kind,
      branchId: kind === "branch" ? partyId : null,
      organizationId: kind === "organization" ? partyId : null,
      signatoryName,
      signatoryPosition,
      sortOrder,
    });
    return rowId;
  });
  return { id, partyIds };
}

/** The three agreements of the press release. Signatories are invented; positions are generic. */
export function addMemoranda(records: DemoRecords, random: DemoRandom, ids: PressReleaseIds): MemorandumIds {
  const shymkent = addMemorandum(records, random, {
    number: "KZ79-2025-001",
    title: t(
      "Ерекше қажеттіліктері бар балаларды қолдау саласындағы ынтымақтастық туралы меморандум",
      "Меморандум о сотрудничестве в сфере поддержки детей с особыми потребностями",
      "Memorandum of cooperation on support for children with special needs",
    ),
    description: t(
      "Тараптар ерекше білім беруді қажет ететін, оның ішінде АСБ бар балалардың білімге, медициналық және әлеуметтік қызметтерге тең қолжетімділігін қамтамасыз етуге және оларды қоғамға интеграциялауға күш біріктіреді.",
      "Стороны объединяют усилия, чтобы обеспечить детям с особыми образовательными потребностями, в том числе с РАС, равный доступ к образованию, медицинским и социальным услугам и интегрировать их в общество.",
      "The parties join forces to give children with special educational needs, including children with ASD, equal access to education, medical and social services, and to integrate them into society.",
    ),
    scopeAreas: ["education_access", "medical_access", "social_services", "inclusion"],
    signedDate: "2025-03-14",
    signedPlace: t("Шымкент", "Шымкент", "Shymkent"),
    endDate: "2028-03-14",
    parties: [
      ["branch", ids.shymkentBranch, "Айгерім Сапарова", "Филиал төрағасы"],
      ["organization", ids.correctionCentre, "Гүлнар Әбдіқадырова", "Директор"],
      ["organization", ids.amazingKids, "Динара Тұрсынова", "Директор"],
      ["organization", ids.orda, "Ержан Қасымов", "Бірлестік төрағасы"],
    ],
  });
  const mangystau = addMemorandum(records, random, {
    number: "KZ47-2025-001",
    title: t(
      "«Халық кеңесі» мен Маңғыстау облысының қоғамдық ұйымдары арасындағы ынтымақтастық туралы келісім",
      "Соглашение о сотрудничестве между «Халық кеңесі» и общественными организациями Мангистауской области",
      "Cooperation agreement between «Halyq Kenesi» and public organizations of Mangystau Region",
    ),
    description: t(
      "Өңірлік деңгейде ерекше қажеттіліктері бар балаларға, оның ішінде АСБ бар балаларға арналған инклюзивті, қолайлы орта қалыптастыру; озық тәжірибемен алмасу, бірлескен бастамалар және бейімделген спорт.",
      "Формирование на региональном уровне инклюзивной, благоприятной среды для детей с особыми потребностями, в том числе с РАС; обмен лучшими практиками, совместные инициативы и адаптивный спорт.",
      "Building an inclusive, supportive environment at the regional level for children with special needs, including children with ASD; exchange of best practice, joint initiatives and adaptive sport.",
    ),
    scopeAreas: ["inclusion", "best_practice_exchange", "joint_initiatives", "adaptive_sport"],
    signedDate: "2025-03-21",
    signedPlace: t("Ақтау", "Актау", "Aktau"),
    endDate: null,
    parties: [
      ["branch", ids.halyqKenesi, "Бауыржан Өтепов", "«Халық кеңесінің» төрағасы"],
      ["organization", ids.anaMahabbaty, "Жанар Есенова", "Қор президенті"],
      ["organization", ids.boccia, "Нұрлан Жақыпов", "Федерация президенті"],
    ],
  });
  const almatyRegion = addMemorandum(records, random, {
    number: "KZ19-2025-001",
    title: t(
      "Инклюзивті саясатты дамыту жөніндегі ынтымақтастық туралы меморандум",
      "Меморандум о сотрудничестве в развитии инклюзивной политики",
      "Memorandum of cooperation on developing inclusive policy",
    ),
    description: t(
      "Инклюзивті саясатты дамыту, қоғамда теңдік пен ынтымақтастық идеяларын ілгерілету және бірлескен бастамаларды іске асыру.",
      "Развитие инклюзивной политики, продвижение идей равенства и сотрудничества в обществе и реализация совместных инициатив.",
      "Developing inclusive policy, promoting equality and cooperation in society and carrying out joint initiatives.",
    ),
    scopeAreas: ["inclusive_policy", "inclusion", "joint_initiatives"],
    signedDate: "2025-04-02",
    signedPlace: t("Қонаев", "Конаев", "Qonaev"),
    endDate: "2028-04-02",
    parties: [
      ["branch", ids.almatyRegionBranch, "Асқар Беркімбаев", "Филиал төрағасы"],
      ["organization", ids.qamqorJurek, "Сәуле Мұратова", "Бірлестік төрағасы"],
      ["organization", ids.parentsUnion, "Мәдина Омарова", "Басқарма төрағасы"],
    ],
  });
  addShymkentCommitments(records, random, shymkent.id, shymkent.partyIds);
  return { shymkent: shymkent.id, mangystau: mangystau.id, almatyRegion: almatyRegion.id };
}

/** One or two commitments per party; the correction centre's monthly day is overdue on purpose. */
function addShymkentCommitments(
  records: DemoRecords,
  random: DemoRandom,
  memorandumId: string,
  partyIds: string[],
) {
  const [branch, centre, amazingKids, orda] = partyIds;
  if (!branch || !centre || !amazingKids || !orda) throw new Error("Shymkent memorandum parties missing");
  const rows: [string, Text3, string, "planned" | "in_progress" | "done" | "cancelled", string | null][] = [
    [
      branch,
      t(
        "Серіктестердің қызметтерін бағдарлама анықтамалығына енгізу",
        "Внести услуги партнёров в справочник программы",
        "Add the partners' services to the programme directory",
      ),
      "2025-06-30",
      "done",
      "Анықтамалықта 10 қызмет жарияланды",
    ],
    [
      branch,
      t(
        "Ата-аналармен тоқсан сайын кездесу өткізу",
        "Проводить ежеквартальные встречи с родителями",
        "Hold quarterly meetings with parents",
      ),
      "2026-12-31",
      "in_progress",
      null,
    ],
    [
      centre,
      t(
        "Айына бір рет отбасыларға тегін кеңес күнін өткізу",
        "Раз в месяц проводить день бесплатных консультаций для семей",
        "Hold a free consultation day for families once a month",
      ),
      "2026-06-30",
      "in_progress",
      null,
    ],
    [
      amazingKids,
      t(
        "Мемлекеттік мекемелердің мамандарына ABA әдісі бойынша семинар өткізу",
        "Провести семинар по АВА для специалистов государственных учреждений",
        "Run an ABA seminar for specialists of state institutions",
      ),
      "2027-03-31",
      "planned",
      null,
    ],
    [
      orda,
      t(
        "«Ата-аналар мектебінің» сабақтарын ұйымдастыру",
        "Организовать занятия «Школы для родителей»",
        "Organise «School for parents» sessions",
      ),
      "2025-12-31",
      "done",
      "2025 жылы 9 сабақ өтті, 120 ата-ана қатысты",
    ],
    [
      orda,
      t(
        "Инклюзивті жазғы лагерь ұйымдастыру",
        "Организовать инклюзивный летний лагерь",
        "Organise an inclusive summer camp",
      ),
      "2026-07-31",
      "cancelled",
      null,
    ],
  ];
  for (const [partyId, text, dueDate, status, evidence] of rows) {
    records.commitments.push({ id: random.uuid(), memorandumId, partyId, text, dueDate, status, evidence });
  }
}
