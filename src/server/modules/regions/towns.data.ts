import type { TLocalizedText } from "../../../shared/localized-text.ts";

/** A town or city of Kazakhstan: its names in kk, ru and en, and approximate coordinates. */
export interface Town {
  name: Required<Pick<TLocalizedText, "kk" | "ru" | "en">>;
  latitude: number;
  longitude: number;
  /** Addressed by microdistrict and building (Aktau, Zhanaozen) rather than by street. */
  microdistricts?: boolean;
  /** How far (degrees) sites scatter around the point: wide for the three big cities. */
  radius?: number;
}

const place = (kk: string, ru: string, en: string, latitude: number, longitude: number): Town => ({
  name: { kk, ru, en },
  latitude,
  longitude,
});
const microdistricts = (base: Town): Town => ({ ...base, microdistricts: true });
const wide = (base: Town): Town => ({ ...base, radius: 0.09 });

/**
 * Real region centres and towns per region (the first is the centre): the directory's gazetteer knows
 * them by every name, and the demo and benchmark data place organizations in them.
 */
// biome-ignore format: one block per region reads better than one value per line
export const TOWNS: Readonly<Record<string, readonly Town[]>> = {
  "KZ-10": [
    place("Семей", "Семей", "Semey", 50.411, 80.227), place("Аягөз", "Аягоз", "Ayagoz", 47.964, 80.439),
    place("Курчатов", "Курчатов", "Kurchatov", 50.756, 78.541), place("Үржар", "Урджар", "Urzhar", 47.093, 81.629),
  ],
  "KZ-11": [
    place("Көкшетау", "Кокшетау", "Kokshetau", 53.285, 69.377), place("Степногор", "Степногорск", "Stepnogorsk", 52.347, 71.883),
    place("Щучинск", "Щучинск", "Shchuchinsk", 52.935, 70.189), place("Атбасар", "Атбасар", "Atbasar", 51.81, 68.36),
  ],
  "KZ-15": [
    place("Ақтөбе", "Актобе", "Aktobe", 50.283, 57.167), place("Хромтау", "Хромтау", "Khromtau", 50.25, 58.45),
    place("Қандыағаш", "Кандыагаш", "Kandyagash", 49.47, 57.42), place("Шалқар", "Шалкар", "Shalkar", 47.83, 59.62),
  ],
  "KZ-19": [
    place("Қонаев", "Конаев", "Qonaev", 43.867, 77.067), place("Есік", "Есик", "Esik", 43.355, 77.452),
    place("Талғар", "Талгар", "Talgar", 43.303, 77.24), place("Қаскелең", "Каскелен", "Kaskelen", 43.2, 76.62),
  ],
  "KZ-23": [
    place("Атырау", "Атырау", "Atyrau", 47.117, 51.883), place("Құлсары", "Кульсары", "Kulsary", 46.953, 54.019),
    place("Махамбет", "Махамбет", "Makhambet", 47.667, 51.583),
  ],
  "KZ-27": [
    place("Орал", "Уральск", "Oral", 51.233, 51.367), place("Ақсай", "Аксай", "Aksai", 51.167, 53.0),
    place("Жәнібек", "Жанибек", "Zhanibek", 49.417, 46.85),
  ],
  "KZ-31": [
    place("Тараз", "Тараз", "Taraz", 42.9, 71.367), place("Шу", "Шу", "Shu", 43.6, 73.76),
    place("Қаратау", "Каратау", "Karatau", 43.17, 70.47), place("Жаңатас", "Жанатас", "Zhanatas", 43.57, 69.75),
  ],
  "KZ-33": [
    place("Талдықорған", "Талдыкорган", "Taldykorgan", 45.017, 78.373), place("Жаркент", "Жаркент", "Zharkent", 44.162, 80.0),
    place("Текелі", "Текели", "Tekeli", 44.863, 78.764), place("Үштөбе", "Уштобе", "Ushtobe", 45.25, 77.98),
  ],
  "KZ-35": [
    place("Қарағанды", "Караганда", "Karaganda", 49.806, 73.085), place("Теміртау", "Темиртау", "Temirtau", 50.054, 72.964),
    place("Балқаш", "Балхаш", "Balkhash", 46.848, 74.995), place("Шахтинск", "Шахтинск", "Shakhtinsk", 49.71, 72.59),
  ],
  "KZ-39": [
    place("Қостанай", "Костанай", "Kostanay", 53.214, 63.624), place("Рудный", "Рудный", "Rudny", 52.966, 63.133),
    place("Лисаков", "Лисаковск", "Lisakovsk", 52.54, 62.49), place("Арқалық", "Аркалык", "Arkalyk", 50.249, 66.911),
  ],
  "KZ-43": [
    place("Қызылорда", "Кызылорда", "Kyzylorda", 44.853, 65.509), place("Арал", "Аральск", "Aral", 46.797, 61.666),
    place("Қазалы", "Казалинск", "Kazaly", 45.763, 62.108), place("Шиелі", "Шиели", "Shieli", 44.167, 66.75),
  ],
  "KZ-47": [
    microdistricts(place("Ақтау", "Актау", "Aktau", 43.65, 51.16)),
    microdistricts(place("Жаңаөзен", "Жанаозен", "Zhanaozen", 43.34, 52.86)),
    place("Бейнеу", "Бейнеу", "Beineu", 45.32, 55.2),
  ],
  "KZ-55": [
    place("Павлодар", "Павлодар", "Pavlodar", 52.287, 76.967), place("Екібастұз", "Экибастуз", "Ekibastuz", 51.723, 75.323),
    place("Ақсу", "Аксу", "Aksu", 52.04, 76.92),
  ],
  "KZ-59": [
    place("Петропавл", "Петропавловск", "Petropavl", 54.865, 69.135), place("Булаев", "Булаево", "Bulaevo", 54.905, 70.444),
    place("Мамлют", "Мамлютка", "Mamlyutka", 54.937, 68.539), place("Сергеев", "Сергеевка", "Sergeevka", 53.88, 67.417),
  ],
  "KZ-61": [
    place("Түркістан", "Туркестан", "Turkistan", 43.297, 68.252), place("Кентау", "Кентау", "Kentau", 43.517, 68.505),
    place("Сарыағаш", "Сарыагаш", "Saryagash", 41.457, 69.173), place("Арыс", "Арыс", "Arys", 42.43, 68.805),
    place("Жетісай", "Жетысай", "Zhetysay", 40.775, 68.327),
  ],
  "KZ-62": [
    place("Жезқазған", "Жезказган", "Zhezkazgan", 47.783, 67.767), place("Сәтбаев", "Сатпаев", "Satbayev", 47.9, 67.533),
    place("Қаражал", "Каражал", "Karazhal", 48.003, 70.797),
  ],
  "KZ-63": [
    place("Өскемен", "Усть-Каменогорск", "Oskemen", 49.948, 82.628), place("Риддер", "Риддер", "Ridder", 50.344, 83.512),
    place("Алтай", "Алтай", "Altai", 49.736, 84.274), place("Шемонаиха", "Шемонаиха", "Shemonaikha", 50.628, 81.911),
  ],
  "KZ-71": [wide(place("Астана", "Астана", "Astana", 51.169, 71.449))
  ],
  "KZ-75": [wide(place("Алматы", "Алматы", "Almaty", 43.238, 76.946))
  ],
  "KZ-79": [wide(place("Шымкент", "Шымкент", "Shymkent", 42.341, 69.59))
  ],
};
