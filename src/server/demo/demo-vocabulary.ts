import type { DemoRandom } from "./demo-random.ts";
import { type Text3, t } from "./demo-text.ts";

/** Names private centres and NGOs choose for themselves: hope, light, kindness, growth… */
// biome-ignore format: a compact table reads better than one word per line
const KAZAKH_BRANDS: readonly Text3[] = [
  t("Үміт", "Умит", "Umit"), t("Мейірім", "Мейирим", "Meyirim"), t("Шуақ", "Шуак", "Shuaq"), t("Нұр", "Нур", "Nur"),
  t("Қуаныш", "Куаныш", "Quanysh"), t("Балапан", "Балапан", "Balapan"), t("Ақниет", "Акниет", "Aqniet"),
  t("Жұлдыз", "Жулдыз", "Juldyz"), t("Самал", "Самал", "Samal"), t("Бәйтерек", "Байтерек", "Baiterek"),
  t("Көктем", "Коктем", "Koktem"), t("Арман", "Арман", "Arman"), t("Ақбота", "Акбота", "Aqbota"),
  t("Шапағат", "Шапагат", "Shapagat"), t("Жарқын", "Жаркын", "Jarqyn"), t("Бақыт", "Бакыт", "Baqyt"),
  t("Асыл", "Асыл", "Asyl"), t("Ғажайып", "Гажайып", "Gajaiyp"), t("Күн сәулесі", "Кун саулеси", "Kun Saulesi"),
  t("Таңшолпан", "Таншолпан", "Tansholpan"), t("Ақ жол", "Ак жол", "Aq Jol"), t("Нәзік", "Назик", "Nazik"),
  t("Қамқорлық", "Камкорлык", "Qamqorlyq"), t("Болашақ", "Болашак", "Bolashaq"), t("Сенім", "Сеним", "Senim"),
];

// biome-ignore format: a compact table reads better than one word per line
const LATIN_BRANDS: readonly Text3[] = [
  t("Smart Kids", "Smart Kids", "Smart Kids"), t("Happy Steps", "Happy Steps", "Happy Steps"),
  t("Step by Step", "Step by Step", "Step by Step"), t("Logos", "Logos", "Logos"), t("Sun Child", "Sun Child", "Sun Child"),
  t("Kids Academy", "Kids Academy", "Kids Academy"), t("Harmony", "Harmony", "Harmony"), t("Rainbow", "Rainbow", "Rainbow"),
];

export const DEMO_BRANDS: readonly Text3[] = [...KAZAKH_BRANDS, ...LATIN_BRANDS];
/** State kindergartens carry Kazakh-word names only. */
export const DEMO_KAZAKH_BRANDS = KAZAKH_BRANDS;

interface Street {
  kk: string;
  ru: string;
  en: string;
}

// biome-ignore format: a compact table reads better than one street per line
const STREETS: readonly Street[] = [
  { kk: "Абай даңғылы", ru: "просп. Абая", en: "Abai Avenue" },
  { kk: "Бауыржан Момышұлы көшесі", ru: "ул. Бауыржана Момышулы", en: "Baurzhan Momyshuly Street" },
  { kk: "Әл-Фараби көшесі", ru: "ул. аль-Фараби", en: "al-Farabi Street" },
  { kk: "Тәуелсіздік көшесі", ru: "ул. Тауелсиздик", en: "Tauelsizdik Street" },
  { kk: "Құрманғазы көшесі", ru: "ул. Курмангазы", en: "Kurmangazy Street" },
  { kk: "Жамбыл көшесі", ru: "ул. Жамбыла", en: "Zhambyl Street" },
  { kk: "Шоқан Уәлиханов көшесі", ru: "ул. Шокана Валиханова", en: "Shokan Valikhanov Street" },
  { kk: "Қабанбай батыр көшесі", ru: "ул. Кабанбай батыра", en: "Kabanbay Batyr Street" },
  { kk: "Төле би көшесі", ru: "ул. Толе би", en: "Tole Bi Street" },
  { kk: "Сәтбаев көшесі", ru: "ул. Сатпаева", en: "Satpayev Street" },
  { kk: "Достық көшесі", ru: "ул. Достык", en: "Dostyk Street" },
  { kk: "Мағжан Жұмабаев көшесі", ru: "ул. Магжана Жумабаева", en: "Magzhan Zhumabayev Street" },
  { kk: "Желтоқсан көшесі", ru: "ул. Желтоксан", en: "Zheltoksan Street" },
  { kk: "Наурыз көшесі", ru: "ул. Наурыз", en: "Nauryz Street" },
];

export function demoStreetAddress(random: DemoRandom): Text3 {
  const street = random.pick(STREETS);
  const number = random.int(1, 180);
  return t(`${street.kk}, ${number}`, `${street.ru}, ${number}`, `${number} ${street.en}`);
}

export function demoMicrodistrictAddress(random: DemoRandom): Text3 {
  const district = random.int(1, 34);
  const building = random.int(1, 60);
  return t(
    `${district} шағын аудан, ${building} үй`,
    `${district} мкр., дом ${building}`,
    `Microdistrict ${district}, building ${building}`,
  );
}

export type ScheduleKind = "office" | "extended" | "evenings" | "weekend";

const SCHEDULES: Record<ScheduleKind, readonly Text3[]> = {
  office: [
    t("Дүйсенбі–жұма, 09:00–18:00", "Понедельник–пятница, 09:00–18:00", "Monday–Friday, 09:00–18:00"),
    t("Дүйсенбі–жұма, 08:30–17:30", "Понедельник–пятница, 08:30–17:30", "Monday–Friday, 08:30–17:30"),
  ],
  extended: [
    t("Дүйсенбі–сенбі, 09:00–19:00", "Понедельник–суббота, 09:00–19:00", "Monday–Saturday, 09:00–19:00"),
    t("Дүйсенбі–сенбі, 10:00–20:00", "Понедельник–суббота, 10:00–20:00", "Monday–Saturday, 10:00–20:00"),
  ],
  evenings: [
    t(
      "Сейсенбі мен бейсенбі, 15:00–18:00",
      "Вторник и четверг, 15:00–18:00",
      "Tuesday and Thursday, 15:00–18:00",
    ),
    t(
      "Дүйсенбі, сәрсенбі, жұма, 16:00–19:00",
      "Понедельник, среда, пятница, 16:00–19:00",
      "Monday, Wednesday, Friday, 16:00–19:00",
    ),
  ],
  weekend: [t("Сенбі, 10:00–14:00", "Суббота, 10:00–14:00", "Saturday, 10:00–14:00")],
};

export const demoSchedule = (random: DemoRandom, kind: ScheduleKind): Text3 => random.pick(SCHEDULES[kind]);

export const DEMO_APPLICATION = {
  pmpk_conclusion: t(
    "ПМПК қорытындысымен және ата-ананың өтінішімен жазылу",
    "Запись по заключению ПМПК и заявлению родителя",
    "Enrol with a PMPK conclusion and a parent's application",
  ),
  medical_referral: t(
    "Емханадағы учаскелік дәрігердің жолдамасымен жазылу",
    "Запись по направлению участкового врача поликлиники",
    "Enrol with a referral from the family doctor at the polyclinic",
  ),
  other: t(
    "Аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөліміне өтініш беру",
    "Заявление в районный отдел занятости и социальных программ",
    "Apply to the district employment and social programmes office",
  ),
  none: t(
    "Телефон арқылы немесе орталыққа келіп алдын ала жазылу",
    "Предварительная запись по телефону или лично",
    "Book in advance by phone or in person",
  ),
} as const;

export const DEMO_REFERRAL_NOTE = {
  pmpk_conclusion: t(
    "ПМПК қорытындысының көшірмесі қажет",
    "Нужна копия заключения ПМПК",
    "A copy of the PMPK conclusion is required",
  ),
  medical_referral: t(
    "Дәрігердің жолдамасы және медициналық карточкадан үзінді қажет",
    "Нужны направление врача и выписка из медицинской карты",
    "A doctor's referral and an extract from the medical record are required",
  ),
  other: t(
    "Мүгедектік туралы анықтама және бөлімнің жолдамасы қажет",
    "Нужны справка об инвалидности и направление отдела",
    "A disability certificate and the office's referral are required",
  ),
} as const;

export const demoWaitlistNote = (months: number): Text3 =>
  t(`Кезек шамамен ${months} ай`, `Очередь около ${months} мес.`, `Waiting time about ${months} months`);

export function demoFees(random: DemoRandom): Text3 {
  const price = random.pick([5000, 6000, 7000, 8000, 10000, 12000]);
  const thousands = price / 1000;
  return t(
    `Бір сабақ – ${thousands} 000 теңгеден`,
    `Одно занятие — от ${thousands} 000 тенге`,
    `From ${thousands},000 tenge per session`,
  );
}
