// Street names used to name demo yards, by district. The streets are real streets of each
// district; house numbers are invented, so every yard built from them is demo data (is_demo).

export type StreetKind = 'street' | 'avenue' | 'microdistrict'

export interface Street {
  kind: StreetKind
  ru: string
  kk: string
  en: string
}

const st = (ru: string, kk: string, en: string): Street => ({ kind: 'street', ru, kk, en })
const ave = (ru: string, kk: string, en: string): Street => ({ kind: 'avenue', ru, kk, en })
const mkr = (ru: string, kk: string, en: string): Street => ({ kind: 'microdistrict', ru, kk, en })

export const STREETS: Record<string, Street[]> = {
  'almaty-alatau': [
    mkr('Шанырак-2', 'Шаңырақ-2', 'Shanyrak-2'),
    mkr('Айгерим-1', 'Әйгерім-1', 'Aigerim-1'),
    mkr('Саялы', 'Саялы', 'Sayaly'),
    mkr('Улжан-1', 'Ұлжан-1', 'Ulzhan-1'),
    mkr('Алгабас', 'Алғабас', 'Algabas'),
    ave('Рыскулова', 'Рысқұлов', 'Ryskulov'),
  ],
  'almaty-almaly': [
    st('Толе би', 'Төле би', 'Tole Bi'),
    st('Айтеке би', 'Әйтеке би', 'Aiteke Bi'),
    st('Казыбек би', 'Қазыбек би', 'Kazybek Bi'),
    st('Жамбыла', 'Жамбыл', 'Zhambyl'),
    st('Гоголя', 'Гоголь', 'Gogol'),
    st('Шевченко', 'Шевченко', 'Shevchenko'),
    st('Муратбаева', 'Мұратбаев', 'Muratbayev'),
    st('Байтурсынулы', 'Байтұрсынұлы', 'Baitursynuly'),
  ],
  'almaty-auezov': [
    mkr('Аксай-4', 'Ақсай-4', 'Aksai-4'),
    mkr('Жетысу-2', 'Жетісу-2', 'Zhetysu-2'),
    mkr('Мамыр-4', 'Мамыр-4', 'Mamyr-4'),
    st('Момышулы', 'Момышұлы', 'Momyshuly'),
    st('Жубанова', 'Жұбанов', 'Zhubanov'),
    st('Утеген батыра', 'Өтеген батыр', 'Uteghen Batyr'),
    ave('Абая', 'Абай', 'Abai'),
  ],
  'almaty-bostandyk': [
    st('Тимирязева', 'Тимирязев', 'Timiryazev'),
    st('Розыбакиева', 'Розыбакиев', 'Rozybakiev'),
    st('Сатпаева', 'Сәтбаев', 'Satpayev'),
    st('Маркова', 'Марков', 'Markov'),
    st('Жандосова', 'Жандосов', 'Zhandosov'),
    ave('Аль-Фараби', 'Әл-Фараби', 'Al-Farabi'),
    mkr('Орбита-1', 'Орбита-1', 'Orbita-1'),
    mkr('Коктем-2', 'Көктем-2', 'Koktem-2'),
  ],
  'almaty-zhetysu': [
    st('Бокейханова', 'Бөкейхан', 'Bokeikhan'),
    ave('Райымбека', 'Райымбек', 'Raiymbek'),
    st('Кокорай', 'Көкорай', 'Kokorai'),
    mkr('Кулагер', 'Құлагер', 'Kulager'),
    mkr('Айнабулак-3', 'Айнабұлақ-3', 'Ainabulak-3'),
    mkr('Кокжиек', 'Көкжиек', 'Kokzhiek'),
  ],
  'almaty-medeu': [
    ave('Достык', 'Достық', 'Dostyk'),
    st('Кабанбай батыра', 'Қабанбай батыр', 'Kabanbai Batyr'),
    st('Пушкина', 'Пушкин', 'Pushkin'),
    st('Зенкова', 'Зенков', 'Zenkov'),
    st('Кунаева', 'Қонаев', 'Konayev'),
    st('Калдаякова', 'Қалдаяқов', 'Kaldayakov'),
    mkr('Самал-2', 'Самал-2', 'Samal-2'),
  ],
  'almaty-nauryzbay': [
    mkr('Шугыла', 'Шұғыла', 'Shugyla'),
    mkr('Калкаман-2', 'Қалқаман-2', 'Kalkaman-2'),
    mkr('Карагайлы', 'Қарағайлы', 'Karagaily'),
    mkr('Таусамалы', 'Таусамалы', 'Tausamaly'),
    mkr('Акжар', 'Ақжар', 'Akzhar'),
  ],
  'almaty-turksib': [
    st('Майлина', 'Майлин', 'Mailin'),
    ave('Суюнбая', 'Сүйінбай', 'Suyunbay'),
    st('Бекмаханова', 'Бекмаханов', 'Bekmakhanov'),
    st('Казыбаева', 'Қазыбаев', 'Kazybayev'),
    mkr('Жулдыз-1', 'Жұлдыз-1', 'Zhuldyz-1'),
    st('Палладина', 'Палладин', 'Palladin'),
  ],
  'astana-saryarka': [
    st('Кенесары', 'Кенесары', 'Kenesary'),
    st('Бейбитшилик', 'Бейбітшілік', 'Beibitshilik'),
    ave('Республики', 'Республика', 'Respublika'),
    st('Сейфуллина', 'Сейфуллин', 'Seifullin'),
    ave('Абая', 'Абай', 'Abai'),
    st('Иманова', 'Иманов', 'Imanov'),
    st('Ауэзова', 'Әуезов', 'Auezov'),
    ave('Богенбай батыра', 'Бөгенбай батыр', 'Bogenbai Batyr'),
    ave('Женис', 'Жеңіс', 'Zhenis'),
    st('Валиханова', 'Уәлиханов', 'Valikhanov'),
    st('Циолковского', 'Циолковский', 'Tsiolkovsky'),
    st('Петрова', 'Петров', 'Petrov'),
    mkr('Самал', 'Самал', 'Samal'),
  ],
  'astana-baikonur': [
    st('Потанина', 'Потанин', 'Potanin'),
    st('Габдуллина', 'Ғабдуллин', 'Gabdullin'),
    st('Ташенова', 'Ташенов', 'Tashenov'),
  ],
  'astana-nura': [
    ave('Улы Дала', 'Ұлы Дала', 'Uly Dala'),
    st('Хусейн бен Талал', 'Хусейн бен Талал', 'Hussein bin Talal'),
    ave('Кабанбай батыра', 'Қабанбай батыр', 'Kabanbai Batyr'),
  ],
  'astana-esil': [
    ave('Мангилик Ел', 'Мәңгілік Ел', 'Mangilik Yel'),
    ave('Туран', 'Тұран', 'Turan'),
    st('Достык', 'Достық', 'Dostyk'),
  ],
  'astana-sarayshyk': [
    st('Сарайшык', 'Сарайшық', 'Sarayshyk'),
    st('Акмешит', 'Ақмешіт', 'Akmeshit'),
    st('Кунаева', 'Қонаев', 'Konayev'),
  ],
  'astana-almaty': [
    ave('Абылай хана', 'Абылай хан', 'Abylai Khan'),
    ave('Тауелсиздик', 'Тәуелсіздік', 'Tauelsizdik'),
    ave('Рыскулова', 'Рысқұлов', 'Ryskulov'),
  ],
}

export interface Address {
  ru: string
  kk: string
  en: string
}

/** "ул. Кенесары, 40" / "Кенесары к-сі, 40" / "40 Kenesary St". */
export function formatAddress(street: Street, house: string): Address {
  switch (street.kind) {
    case 'street':
      return {
        ru: `ул. ${street.ru}, ${house}`,
        kk: `${street.kk} к-сі, ${house}`,
        en: `${house} ${street.en} St`,
      }
    case 'avenue':
      return {
        ru: `пр. ${street.ru}, ${house}`,
        kk: `${street.kk} даңғ., ${house}`,
        en: `${house} ${street.en} Ave`,
      }
    case 'microdistrict':
      return {
        ru: `мкр. ${street.ru}, ${house}`,
        kk: `${street.kk} ш/а, ${house}`,
        en: `${street.en} microdistrict, ${house}`,
      }
  }
}

/** The street alone, for proposals that are not in a yard ("ул. Кенесары"). */
export function formatStreet(street: Street): Address {
  switch (street.kind) {
    case 'street':
      return { ru: `ул. ${street.ru}`, kk: `${street.kk} көшесі`, en: `${street.en} Street` }
    case 'avenue':
      return { ru: `пр. ${street.ru}`, kk: `${street.kk} даңғылы`, en: `${street.en} Avenue` }
    case 'microdistrict':
      return {
        ru: `мкр. ${street.ru}`,
        kk: `${street.kk} шағын ауданы`,
        en: `${street.en} microdistrict`,
      }
  }
}

/** Yard names as the brief shows them: "Двор: ул. Кенесары, 40", "Аула: …", "Yard: …". */
export function yardNames(address: Address): Address {
  return { ru: `Двор: ${address.ru}`, kk: `Аула: ${address.kk}`, en: `Yard: ${address.en}` }
}

/**
 * Built-up parts of the cities (and of districts that reach into mountains, fields or the airport),
 * so demo yards and proposals are not drawn in empty land. [west, south, east, north].
 */
const BUILT_UP_CITY: Record<string, [number, number, number, number]> = {
  almaty: [76.8, 43.2, 77.06, 43.38],
  astana: [71.36, 51.07, 71.56, 51.22],
}
const BUILT_UP_DISTRICT: Record<string, [number, number, number, number]> = {
  'almaty-medeu': [76.91, 43.205, 77.0, 43.3],
  'almaty-turksib': [76.93, 43.29, 77.0, 43.38],
}

export function builtUp(districtId: string): [number, number, number, number] {
  const box = BUILT_UP_DISTRICT[districtId] ?? BUILT_UP_CITY[districtId.split('-')[0]!]
  if (!box) throw new Error(`no built-up box for ${districtId}`)
  return box
}
