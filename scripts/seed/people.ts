// Demo people: the one-click demo accounts (one per role worth trying) and the names given to
// the generated residents who authored and voted on the demo proposals.

export type Language = 'kk' | 'ru' | 'en'
export type MemberRole = 'official' | 'expert' | 'council' | 'commission' | 'admin'

export interface DemoAccount {
  /** Stable key; the user's UUID is derived from it. */
  key: string
  email: string
  displayName: string
  language: Language
  homeDistrictId: string | null
  membership: { role: MemberRole; cityId: string; districtId: string | null } | null
  description: { en: string; ru: string; kk: string }
}

interface DistrictName {
  id: string
  first: string
  login: string
  language: Language
  /** Locative-ish labels for the descriptions. */
  en: string
  ru: string
  kk: string
}

const CITIZENS: DistrictName[] = [
  {
    id: 'almaty-alatau',
    first: 'Айдана',
    login: 'aidana',
    language: 'kk',
    en: 'Alatau district, Almaty',
    ru: 'Алатауского района Алматы',
    kk: 'Алматы қаласы Алатау ауданының',
  },
  {
    id: 'almaty-almaly',
    first: 'Нурлан',
    login: 'nurlan',
    language: 'ru',
    en: 'Almaly district, Almaty',
    ru: 'Алмалинского района Алматы',
    kk: 'Алматы қаласы Алмалы ауданының',
  },
  {
    id: 'almaty-auezov',
    first: 'Динара',
    login: 'dinara',
    language: 'kk',
    en: 'Auezov district, Almaty',
    ru: 'Ауэзовского района Алматы',
    kk: 'Алматы қаласы Әуезов ауданының',
  },
  {
    id: 'almaty-bostandyk',
    first: 'Арман',
    login: 'arman',
    language: 'ru',
    en: 'Bostandyk district, Almaty',
    ru: 'Бостандыкского района Алматы',
    kk: 'Алматы қаласы Бостандық ауданының',
  },
  {
    id: 'almaty-zhetysu',
    first: 'Гульнара',
    login: 'gulnara',
    language: 'ru',
    en: 'Zhetysu district, Almaty',
    ru: 'Жетысуского района Алматы',
    kk: 'Алматы қаласы Жетісу ауданының',
  },
  {
    id: 'almaty-medeu',
    first: 'Айгерим',
    login: 'aigerim',
    language: 'kk',
    en: 'Medeu district, Almaty',
    ru: 'Медеуского района Алматы',
    kk: 'Алматы қаласы Медеу ауданының',
  },
  {
    id: 'almaty-nauryzbay',
    first: 'Бауыржан',
    login: 'bauyrzhan',
    language: 'kk',
    en: 'Nauryzbay district, Almaty',
    ru: 'Наурызбайского района Алматы',
    kk: 'Алматы қаласы Наурызбай ауданының',
  },
  {
    id: 'almaty-turksib',
    first: 'Сауле',
    login: 'saule',
    language: 'ru',
    en: 'Turksib district, Almaty',
    ru: 'Турксибского района Алматы',
    kk: 'Алматы қаласы Түрксіб ауданының',
  },
  {
    id: 'astana-saryarka',
    first: 'Ержан',
    login: 'yerzhan',
    language: 'kk',
    en: 'Saryarka district, Astana',
    ru: 'района Сарыарка Астаны',
    kk: 'Астана қаласы Сарыарқа ауданының',
  },
  {
    id: 'astana-baikonur',
    first: 'Мадина',
    login: 'madina',
    language: 'ru',
    en: 'Baikonur district, Astana',
    ru: 'района Байконур Астаны',
    kk: 'Астана қаласы Байқоңыр ауданының',
  },
  {
    id: 'astana-nura',
    first: 'Данияр',
    login: 'daniyar',
    language: 'en',
    en: 'Nura district, Astana',
    ru: 'района Нура Астаны',
    kk: 'Астана қаласы Нұра ауданының',
  },
  {
    id: 'astana-esil',
    first: 'Асель',
    login: 'assel',
    language: 'kk',
    en: 'Yesil district, Astana',
    ru: 'района Есиль Астаны',
    kk: 'Астана қаласы Есіл ауданының',
  },
  {
    id: 'astana-sarayshyk',
    first: 'Томирис',
    login: 'tomiris',
    language: 'ru',
    en: 'Sarayshyk district, Astana',
    ru: 'района Сарайшык Астаны',
    kk: 'Астана қаласы Сарайшық ауданының',
  },
  {
    id: 'astana-almaty',
    first: 'Алихан',
    login: 'alikhan',
    language: 'kk',
    en: 'Almaty district, Astana',
    ru: 'района Алматы Астаны',
    kk: 'Астана қаласы Алматы ауданының',
  },
]

const shortName = (id: string) => id.replace(/^(almaty|astana)-/, '')

const citizen = (d: DistrictName): DemoAccount => ({
  key: `demo:citizen:${d.id}`,
  email: `${d.login}.${d.id.startsWith('astana-') ? d.id : shortName(d.id)}@qatysu.example`,
  displayName: `${d.first} (демо)`,
  language: d.language,
  homeDistrictId: d.id,
  membership: null,
  description: {
    en: `Resident of ${d.en}: can propose and vote in this district; has not voted yet.`,
    ru: `Житель ${d.ru}: может подавать предложения и голосовать в своём районе; голосов пока не отдано.`,
    kk: `${d.kk} тұрғыны: өз ауданында ұсыныс беріп, дауыс бере алады; әлі дауыс бермеген.`,
  },
})

export const DEMO_ACCOUNTS: DemoAccount[] = [
  ...CITIZENS.map(citizen),
  {
    key: 'demo:official:almaty-medeu',
    email: 'yerlan.akimat-medeu@qatysu.example',
    displayName: 'Ерлан, акимат Медеуского района (демо)',
    language: 'ru',
    homeDistrictId: null,
    membership: { role: 'official', cityId: 'almaty', districtId: 'almaty-medeu' },
    description: {
      en: 'Official of the Medeu district akimat (Almaty): reviews proposals, decides the ballot, records project progress and payments in Medeu.',
      ru: 'Сотрудник акимата Медеуского района (Алматы): рассматривает предложения, формирует бюллетень, вносит ход работ и платежи по проектам района.',
      kk: 'Медеу ауданы әкімдігінің қызметкері (Алматы): ұсыныстарды қарайды, бюллетеньді қалыптастырады, жобалардың барысы мен төлемдерін енгізеді.',
    },
  },
  {
    key: 'demo:official:astana-saryarka',
    email: 'zhanar.akimat-saryarka@qatysu.example',
    displayName: 'Жанар, акимат района Сарыарка (демо)',
    language: 'kk',
    homeDistrictId: null,
    membership: { role: 'official', cityId: 'astana', districtId: 'astana-saryarka' },
    description: {
      en: 'Official of the Saryarka district akimat (Astana): reviews proposals and records project progress in Saryarka.',
      ru: 'Сотрудник акимата района Сарыарка (Астана): рассматривает предложения и вносит ход работ по проектам района.',
      kk: 'Сарыарқа ауданы әкімдігінің қызметкері (Астана): ұсыныстарды қарайды және жобалардың барысын енгізеді.',
    },
  },
  {
    key: 'demo:expert:almaty',
    email: 'askhat.expert@qatysu.example',
    displayName: 'Асхат, эксперт (демо)',
    language: 'ru',
    homeDistrictId: null,
    membership: { role: 'expert', cityId: 'almaty', districtId: null },
    description: {
      en: 'Independent expert for all of Almaty: writes expert reviews of proposals (feasibility, cost).',
      ru: 'Независимый эксперт по всему Алматы: пишет экспертные заключения по предложениям (реализуемость, стоимость).',
      kk: 'Бүкіл Алматы бойынша тәуелсіз сарапшы: ұсыныстарға сараптамалық қорытынды жазады (жүзеге асырылуы, құны).',
    },
  },
  {
    key: 'demo:council:almaty',
    email: 'gaukhar.council@qatysu.example',
    displayName: 'Гаухар, Общественный совет Алматы (демо)',
    language: 'kk',
    homeDistrictId: null,
    membership: { role: 'council', cityId: 'almaty', districtId: null },
    description: {
      en: 'Member of the Almaty Public Council: gives the council’s opinion on proposals city-wide.',
      ru: 'Член Общественного совета Алматы: даёт заключение совета по предложениям во всех районах.',
      kk: 'Алматы қоғамдық кеңесінің мүшесі: барлық аудандардағы ұсыныстарға кеңестің пікірін береді.',
    },
  },
  {
    key: 'demo:admin:almaty',
    email: 'timur.admin-almaty@qatysu.example',
    displayName: 'Тимур, администратор Алматы (демо)',
    language: 'ru',
    homeDistrictId: null,
    membership: { role: 'admin', cityId: 'almaty', districtId: null },
    description: {
      en: 'Administrator of Almaty: runs the city’s budget cycles (phases, rules, allocations) and manages roles.',
      ru: 'Администратор Алматы: ведёт циклы бюджета участия города (этапы, правила, суммы) и назначает роли.',
      kk: 'Алматы әкімшісі: қаланың қатысу бюджеті циклдерін (кезеңдер, ережелер, сомалар) жүргізеді және рөлдерді тағайындайды.',
    },
  },
  {
    key: 'demo:admin:astana',
    email: 'kamila.admin-astana@qatysu.example',
    displayName: 'Камила, администратор Астаны (демо)',
    language: 'en',
    homeDistrictId: null,
    membership: { role: 'admin', cityId: 'astana', districtId: null },
    description: {
      en: 'Administrator of Astana: runs the city’s budget cycles (phases, rules, allocations) and manages roles.',
      ru: 'Администратор Астаны: ведёт циклы бюджета участия города (этапы, правила, суммы) и назначает роли.',
      kk: 'Астана әкімшісі: қаланың қатысу бюджеті циклдерін (кезеңдер, ережелер, сомалар) жүргізеді және рөлдерді тағайындайды.',
    },
  },
  {
    key: 'demo:commission:almaty',
    email: 'bekzat.commission@qatysu.example',
    displayName: 'Бекзат, бюджетная комиссия маслихата Алматы (демо)',
    language: 'kk',
    homeDistrictId: null,
    membership: { role: 'commission', cityId: 'almaty', districtId: null },
    description: {
      en: 'Member of the budget commission of the Almaty maslikhat: gives the commission’s review of proposals city-wide, with a cost re-estimate where needed.',
      ru: 'Член бюджетной комиссии маслихата Алматы: даёт заключение комиссии по предложениям во всех районах, при необходимости с пересчётом стоимости.',
      kk: 'Алматы мәслихатының бюджет комиссиясының мүшесі: барлық аудандардағы ұсыныстарға комиссияның қорытындысын береді, қажет болса құнын қайта есептейді.',
    },
  },
]

/** First names of the generated residents (mostly Kazakh, some Russian, as in both cities). */
export const FIRST_NAMES = [
  'Айжан',
  'Аружан',
  'Ахмет',
  'Бекзат',
  'Галия',
  'Дамир',
  'Дана',
  'Дильназ',
  'Ельдар',
  'Жандос',
  'Жулдыз',
  'Ильяс',
  'Куаныш',
  'Лаура',
  'Мейрам',
  'Меруерт',
  'Нуржан',
  'Нургуль',
  'Олжас',
  'Райхан',
  'Рустем',
  'Самал',
  'Санжар',
  'Серик',
  'Талгат',
  'Улан',
  'Фариза',
  'Шынар',
  'Азамат',
  'Айбек',
  'Алия',
  'Анара',
  'Асем',
  'Багдат',
  'Болат',
  'Данагуль',
  'Ерболат',
  'Жанибек',
  'Зарина',
  'Индира',
  'Кайрат',
  'Куралай',
  'Марат',
  'Назгуль',
  'Раушан',
  'Сабина',
  'Толганай',
  'Умит',
  'Шолпан',
  'Акбота',
  'Айша',
  'Ерасыл',
  'Нурай',
  'Абылай',
  'Томирис',
  'Мирас',
  'Арайлым',
  'Еркебулан',
  'Камила',
  'Алтынай',
  'Елена',
  'Ольга',
  'Сергей',
  'Андрей',
  'Наталья',
  'Виктор',
  'Ирина',
  'Дмитрий',
  'Татьяна',
  'Ринат',
]
export const SURNAME_INITIALS = 'АБГДЕЖИКМНОРСТУШЫ'.split('')
