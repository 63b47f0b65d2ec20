import type { MemorandumIds } from "./demo-memoranda.ts";
import type { PressReleaseIds } from "./demo-press-release.ts";
import type { DemoRandom } from "./demo-random.ts";
import { type DemoRecords, demoInstant } from "./demo-rows.ts";
import { t } from "./demo-text.ts";

type LinkKind = "memorandum" | "branch" | "organization";

/** One published post per signing, linked to the memorandum, its branch and its partners. */
export function addNews(
  records: DemoRecords,
  random: DemoRandom,
  ids: PressReleaseIds,
  memoranda: MemorandumIds,
): void {
  const post = (
    spec: Omit<(typeof records.newsPosts)[number], "id" | "published">,
    links: [LinkKind, string][],
  ) => {
    const id = random.uuid();
    records.newsPosts.push({ id, published: true, ...spec });
    records.newsLinks.push(...links.map(([kind, entityId]) => ({ newsId: id, kind, entityId })));
  };

  post(
    {
      slug: "shymkent-city-branch-memorandum-2025",
      regionCode: "KZ-79",
      publishedAt: demoInstant("2025-03-14", 12),
      title: t(
        "Шымкент қалалық филиалы ерекше балаларды қолдау туралы меморандумға қол қойды",
        "Шымкентский городской филиал подписал меморандум о поддержке особых детей",
        "Shymkent city branch signs a memorandum on support for special children",
      ),
      summary: t(
        "Меморандумға түзету орталығы, «Amazing kids» орталығы және «ОРДА» ата-аналар бірлестігі қосылды.",
        "К меморандуму присоединились центр коррекции, центр «Amazing kids» и объединение родителей «ОРДА».",
        "The city correction centre, the «Amazing kids» centre and the «ORDA» parents' association joined the memorandum.",
      ),
      body: t(
        "«Халық Аманаты» жобасы аясында Шымкент қалалық филиалы ерекше білім беруді қажет ететін, оның ішінде АСБ бар балаларды қолдайтын ұйымдармен меморандум жасасты.\n\nКездесуде қалалық Білім басқармасына қарасты психологиялық-педагогикалық түзету орталығы, «Amazing kids» балаларды түзету орталығы және «ОРДА» бірлестігінің өкілдері ерекше балалардың білімге, медициналық және әлеуметтік қызметтерге тең қолжетімділігін талқылады.",
        "В рамках проекта «Халық Аманаты» Шымкентский городской филиал подписал меморандум с организациями, поддерживающими детей с особыми образовательными потребностями, в том числе детей с РАС.\n\nПредставители центра психолого-педагогической коррекции при городском управлении образования, детского коррекционного центра «Amazing kids» и объединения родителей «ОРДА» обсудили равный доступ особых детей к образованию, медицинским и социальным услугам.",
        "Within the «Halyq Amanaty» project the Shymkent city branch signed a memorandum with organizations supporting children with special educational needs, including children with ASD.\n\nRepresentatives of the correction centre of the city Education Department, the «Amazing kids» children's correction centre and the «ORDA» parents' association discussed equal access of special children to education, medical and social services.",
      ),
    },
    [
      ["memorandum", memoranda.shymkent],
      ["branch", ids.shymkentBranch],
      ["organization", ids.correctionCentre],
      ["organization", ids.amazingKids],
      ["organization", ids.orda],
    ],
  );

  post(
    {
      slug: "mangystau-halyq-kenesi-agreement-2025",
      regionCode: "KZ-47",
      publishedAt: demoInstant("2025-03-21", 12),
      title: t(
        "Маңғыстауда «Халық кеңесі» қоғамдық ұйымдармен ынтымақтастық туралы келісімге келді",
        "В Мангистау «Халық кеңесі» договорился о сотрудничестве с общественными организациями",
        "In Mangystau, «Halyq Kenesi» agrees to cooperate with public organizations",
      ),
      summary: t(
        "Келісімге «Ана махаббаты» қоғамдық қоры мен «Бочча» паралимпиадалық спорт федерациясы қосылды.",
        "К соглашению присоединились общественный фонд «Ана махаббаты» и паралимпийская спортивная федерация «Бочча».",
        "The «Ana Mahabbaty» public foundation and the «Boccia» paralympic sport federation joined the agreement.",
      ),
      body: t(
        "Маңғыстау облысында партия жанындағы «Халық кеңесі» ата-аналар және ерекше балалар мәселесімен айналысатын қоғамдық ұйымдармен ынтымақтастық жөнінде келісімге келді.\n\nТараптар өңірде ерекше қажеттіліктері бар балаларға, оның ішінде АСБ бар балаларға арналған инклюзивті орта қалыптастыруға, озық тәжірибемен алмасуға және бірлескен бастамаларды іске асыруға уағдаласты.",
        "В Мангистауской области «Халық кеңесі» при партии договорился о сотрудничестве с общественными организациями, которые занимаются проблемами родителей и особых детей.\n\nСтороны договорились содействовать формированию инклюзивной среды для детей с особыми потребностями, в том числе с РАС, обмениваться лучшими практиками и реализовывать совместные инициативы.",
        "In Mangystau Region the People's Council «Halyq Kenesi» agreed to cooperate with public organizations working with parents and special children.\n\nThe parties agreed to help build an inclusive environment for children with special needs, including children with ASD, to exchange best practice and to carry out joint initiatives.",
      ),
    },
    [
      ["memorandum", memoranda.mangystau],
      ["branch", ids.halyqKenesi],
      ["organization", ids.anaMahabbaty],
      ["organization", ids.boccia],
    ],
  );

  post(
    {
      slug: "almaty-region-branch-memorandum-qonaev-2025",
      regionCode: "KZ-19",
      publishedAt: demoInstant("2025-04-02", 12),
      title: t(
        "Алматы облыстық филиалы Қонаевта меморандумға қол қойды",
        "Алматинский областной филиал подписал меморандум в Конаеве",
        "Almaty regional branch signs a memorandum in Qonaev",
      ),
      summary: t(
        "Серіктестер – «Қамқор Жүрек» қоғамдық бірлестігі және «Ерекше балалардың ата-аналар одағы» республикалық қоғамдық бірлестігі.",
        "Партнёры — общественное объединение «Қамқор Жүрек» и республиканское общественное объединение «Союз родителей особых детей».",
        "The partners are the «Qamqor Jürek» public association and the «Union of parents of special children» republican public association.",
      ),
      body: t(
        "Алматы облыстық филиалы Қонаев қаласында мүгедектердің «Қамқор Жүрек» қоғамдық бірлестігі және «Ерекше балалардың ата-аналар одағы» республикалық қоғамдық бірлестігімен меморандумға қол қойды.\n\nҚатысушылардың айтуынша, құжат инклюзивті саясатты дамытуға және қоғамда теңдік пен ынтымақтастық идеяларын ілгерілетуге деген ортақ мүдденің нәтижесі болды.",
        "Алматинский областной филиал в городе Конаев подписал меморандум с общественным объединением лиц с инвалидностью «Қамқор Жүрек» и республиканским общественным объединением «Союз родителей особых детей».\n\nПо словам участников, документ стал результатом общего стремления развивать инклюзивную политику и продвигать идеи равенства и сотрудничества в обществе.",
        "In the city of Qonaev the Almaty regional branch signed a memorandum with the «Qamqor Jürek» public association of persons with disabilities and the «Union of parents of special children» republican public association.\n\nThe participants said the document reflects a shared interest in developing inclusive policy and promoting equality and cooperation in society.",
      ),
    },
    [
      ["memorandum", memoranda.almatyRegion],
      ["branch", ids.almatyRegionBranch],
      ["organization", ids.qamqorJurek],
      ["organization", ids.parentsUnion],
    ],
  );
}
