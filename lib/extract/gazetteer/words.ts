/** Capitalised words that start sentences or clauses and are never names on their own. */
export const CAPITALISED_STOPWORDS = new Set(
  `the a an in on at but and or he she it they we i you this that these those there his her their our its my your
  after before while when where what which who whom whose why how earlier later nevertheless however also as for
  from with by to of if upon taking continuing according although though because since until unless despite
  during among between under over about against into through yesterday today tonight tomorrow meanwhile then
  so yet still even only just both either neither each every all some many most several few no not nor once
  instead indeed moreover furthermore thus hence here now first second third last next other another such
  speaking asked asking told saying said says officials official sources source mr mrs ms dr`
    .split(/\s+/)
    .filter(Boolean),
);

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
export const MONTH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
];
export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** Month and weekday words: dates, never entity names. */
export const DATE_WORDS = new Set([
  ...MONTHS,
  ...MONTH_ABBREVIATIONS.filter((m) => m !== "may"),
  ...WEEKDAYS,
]);

/** Lower-case words allowed inside a capitalised name ("Bank of England", "Staffan de Mistura"). */
export const NAME_CONNECTORS = new Set(
  `of de del della da di du van von der den bin bint ibn al el le la for and`.split(/\s+/),
);

/** Common given names from many languages: a two-word capitalised run starting with one is a person. */
export const FIRST_NAMES = new Set(
  `aaron abdul abdullah abraham adam adrian ahmed ahmad ali alan albert alex alexander alexei alexey alexandra
  alice alicia amir amy ana andrea andrei andrey andrew angela ann anna anne anthony antonio ashraf barack ben
  benjamin bernard bill bob boris brian carl carlos catherine charles chris christian christopher claire daniel
  david dennis diana dmitry dmitri donald edward eduard elena elizabeth emily emmanuel eric erik fatima felipe
  francis francois frank fyodor gabriel george georgy gerhard gordon grace gregory hamid hans hassan helen henry
  hillary hugo ibrahim igor ilya ivan jack jacob james jan jane janet javier jean jennifer jiang jim joe johann
  john jonathan jorge jose joseph juan julia kamala karen karl kate kevin kim kirill klaus konstantin kurt laura
  lee leonid li lin linda lisa louis lucas luis maria marc marco margaret maria mark martin mary matthew maxim
  michael michel mikhail mohamed mohammed muhammad nadia natalia nick nicholas nicolas nikolai nikita olaf oleg
  olga omar pablo patrick paul pavel pedro peter philip pierre rachel rafael richard robert rod roger roman
  ronald rudolf sam samuel sarah sergei sergey stephen steve steven susan tanya thomas tim timothy tom tony
  valentina valery vasily victor viktor vladimir vladislav wang william xi yevgeny yuri yury zhang boris
  emmanuelle angela jens ursula josep antony antonio shinzo fumio narendra recep tayyip volodymyr yulia alexei
  mahmoud benjamin ehud yitzhak hamad tamim salman mohammad bashar hafez saddam nouri haider jalal masoud kofi
  ban boutros javier helmut gerhard jacques nicolas francois lionel silvio romano mario giuseppe matteo pedro
  mariano jose felipe lula dilma jair cristina mauricio nestor evo hugo fidel raul daniel enrique andres manuel
  lopez justin stephen jean-claude jean-yves dominique laurent segolene angelina theresa margaret tony gordon
  david nick boris liz rishi keir jeremy william harold neville winston clement edward geoffrey mikhail leonid
  nikita yuri konstantin eduard andrei anatoly gennady viktor yegor grigory marat ramzan aslan dzhokhar chen hu
  wen li zhou deng mao`
    .split(/\s+/)
    .filter(Boolean),
);
