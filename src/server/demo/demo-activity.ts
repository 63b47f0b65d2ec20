import type { MemorandumIds } from "./demo-memoranda.ts";
import type { PressReleaseIds } from "./demo-press-release.ts";
import type { DemoRandom } from "./demo-random.ts";
import type { DemoRecords } from "./demo-rows.ts";
import { t } from "./demo-text.ts";

export interface ActivityIds {
  consultationDay: string;
  bocciaTournament: string;
  roundTable: string;
}

/** Joint initiatives carried out under the signed memoranda, with their reach. */
export function addInitiatives(
  records: DemoRecords,
  random: DemoRandom,
  ids: PressReleaseIds,
  memoranda: MemorandumIds,
): ActivityIds {
  const consultationDay = random.uuid();
  const bocciaTournament = random.uuid();
  const roundTable = random.uuid();
  records.initiatives.push(
    {
      id: consultationDay,
      type: "consultation_day",
      title: t(
        "Ерекше балалары бар отбасыларға арналған кеңес күні",
        "День консультаций для семей с особыми детьми",
        "Consultation day for families of special children",
      ),
      description: t(
        "Түзету орталығы мен «Amazing kids» орталығының мамандары «ОРДА» бірлестігінің ата-аналарымен бірге отбасыларға тегін кеңес берді.",
        "Специалисты центра коррекции и центра «Amazing kids» вместе с родителями из «ОРДА» бесплатно консультировали семьи.",
        "Specialists of the correction centre and of «Amazing kids», together with parents from «ORDA», gave families free advice.",
      ),
      startDate: "2025-04-26",
      regionCode: "KZ-79",
      reachChildren: 64,
      reachParents: 85,
      reachSpecialists: 12,
      outcome: t(
        "23 отбасы ПМПК-ға жазылды, 40 бала түзету сабақтарына жолданды.",
        "23 семьи записаны на ПМПК, 40 детей направлены на коррекционные занятия.",
        "23 families were booked for a PMPK assessment and 40 children referred to correction sessions.",
      ),
    },
    {
      id: bocciaTournament,
      type: "sport_event",
      title: t(
        "Балаларды қорғау күніне арналған инклюзивті бочча турнирі",
        "Инклюзивный турнир по бочча ко Дню защиты детей",
        "Inclusive boccia tournament for Children's Day",
      ),
      description: t(
        "«Бочча» федерациясы мен «Ана махаббаты» қоры Ақтауда ерекше балалар мен олардың құрдастары үшін турнир өткізді.",
        "Федерация «Бочча» и фонд «Ана махаббаты» провели в Актау турнир для особых детей и их сверстников.",
        "The «Boccia» federation and the «Ana Mahabbaty» foundation held a tournament in Aktau for special children and their peers.",
      ),
      startDate: "2025-06-01",
      regionCode: "KZ-47",
      reachChildren: 38,
      reachParents: 45,
      reachSpecialists: 9,
      outcome: t(
        "12 бала бочча секциясына жаңадан жазылды.",
        "12 детей записались в секцию бочча.",
        "Twelve children joined the boccia club.",
      ),
    },
    {
      id: roundTable,
      type: "round_table",
      title: t(
        "Инклюзивті саясат бойынша дөңгелек үстел",
        "Круглый стол по инклюзивной политике",
        "Round table on inclusive policy",
      ),
      description: t(
        "Қонаевта ата-аналар, мамандар және жергілікті атқарушы органдардың өкілдері ерекше балаларға арналған қызметтердің қолжетімділігін талқылады.",
        "В Конаеве родители, специалисты и представители местных исполнительных органов обсудили доступность услуг для особых детей.",
        "In Qonaev parents, specialists and local authority representatives discussed access to services for special children.",
      ),
      startDate: "2025-05-20",
      regionCode: "KZ-19",
      reachChildren: 0,
      reachParents: 40,
      reachSpecialists: 26,
      outcome: t(
        "Облыстық білім басқармасына 8 ұсыныс жолданды.",
        "В областное управление образования направлено 8 предложений.",
        "Eight proposals were sent to the regional education department.",
      ),
    },
  );
  records.initiativeMemoranda.push(
    { initiativeId: consultationDay, memorandumId: memoranda.shymkent },
    { initiativeId: bocciaTournament, memorandumId: memoranda.mangystau },
    { initiativeId: roundTable, memorandumId: memoranda.almatyRegion },
  );
  const partners: [string, string[]][] = [
    [consultationDay, [ids.correctionCentre, ids.amazingKids, ids.orda]],
    [bocciaTournament, [ids.boccia, ids.anaMahabbaty]],
    [roundTable, [ids.qamqorJurek, ids.parentsUnion]],
  ];
  for (const [initiativeId, organizationIds] of partners) {
    records.initiativeOrganizations.push(
      ...organizationIds.map((organizationId) => ({ initiativeId, organizationId })),
    );
  }
  return { consultationDay, bocciaTournament, roundTable };
}

/** Two described practices; the parents' school has since been taken up in two other regions. */
export function addPractices(records: DemoRecords, random: DemoRandom, ids: PressReleaseIds): string[] {
  const parentsSchool = random.uuid();
  const inclusiveBoccia = random.uuid();
  records.practices.push(
    {
      id: parentsSchool,
      title: t(
        "Ерекше балалардың ата-аналарына арналған «Ата-аналар мектебі»",
        "«Школа для родителей» особых детей",
        "«School for parents» of special children",
      ),
      summary: t(
        "Тәжірибелі ата-аналар мен мамандар диагнозды жақында білген отбасыларға ай сайын сабақ өткізеді.",
        "Опытные родители и специалисты ежемесячно проводят занятия для семей, недавно узнавших диагноз.",
        "Experienced parents and specialists run monthly sessions for families who have recently received a diagnosis.",
      ),
      body: t(
        "Сабақтарды «ОРДА» бірлестігінің ата-аналары түзету орталығының психологы және логопедімен бірге жүргізеді. Әр кездесуде бір тақырып қаралады: ПМПК-дан өту, үйдегі сабақтар, мүгедектікті ресімдеу, мектепке дайындық. Жаңа отбасыларға тәжірибелі ата-ана «тәлімгер» ретінде бекітіледі.",
        "Занятия ведут родители из «ОРДА» вместе с психологом и логопедом центра коррекции. Каждая встреча посвящена одной теме: прохождение ПМПК, занятия дома, оформление инвалидности, подготовка к школе. За новой семьёй закрепляется опытный родитель-наставник.",
        "Sessions are led by parents from «ORDA» together with the correction centre's psychologist and speech therapist. Each meeting covers one topic: the PMPK assessment, activities at home, disability registration, getting ready for school. Each new family is paired with an experienced parent as a mentor.",
      ),
      tags: ["parent_support", "asd", "peer_mentoring"],
      organizationId: ids.orda,
      regionCode: "KZ-79",
      published: true,
    },
    {
      id: inclusiveBoccia,
      title: t(
        "Бочча арқылы инклюзивті спорт",
        "Инклюзивный спорт через бочча",
        "Inclusive sport through boccia",
      ),
      summary: t(
        "Церебральды сал ауруы бар балалар мен олардың құрдастары бір командада ойнайды.",
        "Дети с ДЦП и их сверстники играют в одной команде.",
        "Children with cerebral palsy and their peers play in the same team.",
      ),
      body: t(
        "Федерация жалпы білім беретін мектептердің оқушыларын ерекше балалармен бірге аралас командаларға жинайды. Жаттығулар аптасына екі рет өтеді, ал тоқсан сайын ата-аналар мен еріктілер қатысатын турнир ұйымдастырылады.",
        "Федерация собирает смешанные команды из учеников общеобразовательных школ и особых детей. Тренировки проходят дважды в неделю, а раз в квартал проводится турнир с участием родителей и волонтёров.",
        "The federation forms mixed teams of mainstream school pupils and special children. Training takes place twice a week, and every quarter there is a tournament with parents and volunteers.",
      ),
      tags: ["adaptive_sport", "cerebral_palsy", "inclusion"],
      organizationId: ids.boccia,
      regionCode: "KZ-47",
      published: true,
    },
  );
  records.practiceReplications.push(
    { practiceId: parentsSchool, regionCode: "KZ-47", year: 2025, note: "«Ана махаббаты» қоры, Ақтау" },
    { practiceId: parentsSchool, regionCode: "KZ-19", year: 2026, note: "«Қамқор Жүрек» бірлестігі, Қонаев" },
  );
  return [parentsSchool, inclusiveBoccia];
}
