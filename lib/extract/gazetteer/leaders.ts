/**
 * Heads of state and government since about 1975, with the country they led: real-world
 * reference data, like the country table. It answers one question only: which country does
 * "President Ronald Reagan" or "Prime Minister David Lange" lead when the text names no country
 * for them (news writes the bare title for the leaders its readers know). The title must still
 * be in the text; a name alone is never enough.
 * One line per country: canonical country name | leaders' full names, comma-separated.
 */
import { foldName } from "../similarity";

const TABLE = `
United States|John F. Kennedy,Lyndon Johnson,Richard Nixon,Gerald Ford,Jimmy Carter,Ronald Reagan,George H.W. Bush,Bill Clinton,George W. Bush,Barack Obama,Donald Trump,Joe Biden
Soviet Union|Leonid Brezhnev,Yuri Andropov,Konstantin Chernenko,Mikhail Gorbachev,Nikolai Ryzhkov
Russia|Boris Yeltsin,Vladimir Putin,Dmitry Medvedev,Mikhail Mishustin,Viktor Chernomyrdin,Yevgeny Primakov
Ukraine|Leonid Kravchuk,Leonid Kuchma,Viktor Yushchenko,Viktor Yanukovych,Petro Poroshenko,Volodymyr Zelensky,Volodymyr Zelenskiy,Volodymyr Zelenskyy,Yulia Tymoshenko,Denys Shmyhal,Yulia Svyrydenko
Belarus|Alexander Lukashenko,Aleksandr Lukashenko
United Kingdom|Margaret Thatcher,John Major,Tony Blair,Gordon Brown,David Cameron,Theresa May,Boris Johnson,Liz Truss,Rishi Sunak,Keir Starmer,Elizabeth II,Queen Elizabeth II,Charles III,King Charles III
France|Valery Giscard d'Estaing,Francois Mitterrand,Jacques Chirac,Nicolas Sarkozy,Francois Hollande,Emmanuel Macron
Germany|Gerhard Schroeder,Gerhard Schröder,Angela Merkel,Olaf Scholz,Friedrich Merz,Frank-Walter Steinmeier
Italy|Bettino Craxi,Giulio Andreotti,Silvio Berlusconi,Romano Prodi,Matteo Renzi,Giuseppe Conte,Mario Draghi,Giorgia Meloni,Sergio Mattarella
China|Deng Xiaoping,Zhao Ziyang,Li Peng,Jiang Zemin,Zhu Rongji,Hu Jintao,Wen Jiabao,Xi Jinping,Li Keqiang,Li Qiang
Japan|Yasuhiro Nakasone,Noboru Takeshita,Junichiro Koizumi,Shinzo Abe,Yoshihide Suga,Fumio Kishida,Shigeru Ishiba,Sanae Takaichi
Turkey|Turgut Ozal,Recep Tayyip Erdogan,Ahmet Davutoglu,Abdullah Gul
Iran|Ali Khamenei,Akbar Hashemi Rafsanjani,Mohammad Khatami,Mahmoud Ahmadinejad,Hassan Rouhani,Ebrahim Raisi,Masoud Pezeshkian
Egypt|Anwar Sadat,Hosni Mubarak,Mohamed Morsi,Abdel Fattah al-Sisi
Israel|Menachem Begin,Yitzhak Shamir,Shimon Peres,Yitzhak Rabin,Ehud Barak,Ariel Sharon,Ehud Olmert,Benjamin Netanyahu,Naftali Bennett,Yair Lapid,Isaac Herzog
Syria|Hafez al-Assad,Bashar al-Assad,Ahmed al-Sharaa
Saudi Arabia|King Fahd,King Abdullah,King Salman,Mohammed bin Salman
India|Indira Gandhi,Rajiv Gandhi,Atal Bihari Vajpayee,Manmohan Singh,Narendra Modi
Pakistan|Zia ul-Haq,Benazir Bhutto,Nawaz Sharif,Pervez Musharraf,Imran Khan,Shehbaz Sharif
North Korea|Kim Il Sung,Kim Jong Il,Kim Jong Un
South Korea|Chun Doo-hwan,Roh Tae-woo,Kim Young-sam,Kim Dae-jung,Roh Moo-hyun,Lee Myung-bak,Park Geun-hye,Moon Jae-in,Yoon Suk Yeol,Lee Jae-myung
Brazil|Jose Sarney,Fernando Henrique Cardoso,Luiz Inacio Lula da Silva,Dilma Rousseff,Jair Bolsonaro
Canada|Pierre Trudeau,Brian Mulroney,Jean Chretien,Stephen Harper,Justin Trudeau,Mark Carney
Finland|Mauno Koivisto,Tarja Halonen,Sauli Niinisto,Alexander Stubb,Petteri Orpo
Poland|Wojciech Jaruzelski,Lech Walesa,Aleksander Kwasniewski,Lech Kaczynski,Donald Tusk,Andrzej Duda,Mateusz Morawiecki,Karol Nawrocki
Hungary|Viktor Orban
Venezuela|Hugo Chavez,Nicolas Maduro
Philippines|Ferdinand Marcos,Corazon Aquino,Fidel Ramos,Gloria Macapagal Arroyo,Benigno Aquino,Rodrigo Duterte,Ferdinand Marcos Jr.
Indonesia|Suharto,Susilo Bambang Yudhoyono,Joko Widodo,Prabowo Subianto
Kazakhstan|Nursultan Nazarbayev,Kassym-Jomart Tokayev
Azerbaijan|Heydar Aliyev,Ilham Aliyev
Armenia|Nikol Pashinyan
Georgia|Eduard Shevardnadze,Mikheil Saakashvili
South Africa|P.W. Botha,F.W. de Klerk,Nelson Mandela,Thabo Mbeki,Jacob Zuma,Cyril Ramaphosa
New Zealand|David Lange,Geoffrey Palmer,Helen Clark,John Key,Jacinda Ardern,Christopher Luxon
Australia|Bob Hawke,Paul Keating,John Howard,Kevin Rudd,Julia Gillard,Scott Morrison,Anthony Albanese
Afghanistan|Hamid Karzai,Ashraf Ghani
Iraq|Saddam Hussein,Nouri al-Maliki
Libya|Muammar Gaddafi,Moammar Gadhafi
Cuba|Fidel Castro,Raul Castro,Miguel Diaz-Canel
Mexico|Miguel de la Madrid,Carlos Salinas,Vicente Fox,Felipe Calderon,Enrique Pena Nieto,Andres Manuel Lopez Obrador,Claudia Sheinbaum
Qatar|Tamim bin Hamad Al Thani
United Arab Emirates|Mohamed bin Zayed
Jordan|King Hussein,King Abdullah II
Serbia|Slobodan Milosevic,Aleksandar Vucic
Zimbabwe|Robert Mugabe,Emmerson Mnangagwa
Argentina|Raul Alfonsin,Carlos Menem,Nestor Kirchner,Cristina Fernandez de Kirchner,Mauricio Macri,Javier Milei
Spain|Felipe Gonzalez,Jose Maria Aznar,Jose Luis Rodriguez Zapatero,Mariano Rajoy,Pedro Sanchez
`;

/** A name's comparison key: accents, punctuation, middle initials and a leading title dropped. */
export function leaderKey(name: string): string {
  const words = name
    .replace(/^(?:king|queen)\s+/i, "")
    .split(/[\s-]+/)
    .filter((w) => !/^[A-Za-z]\.?$/.test(w) && !/^(?:[A-Za-z]\.){2,}$/.test(w))
    .map(foldName)
    .filter(Boolean);
  return words.join(" ");
}

const BY_NAME = new Map<string, string>();
/** Surname → the one listed leader of that surname (null when two share it), as written in the table. */
const FULL_BY_SURNAME = new Map<string, string | null>();
/** Surnames that are also common words or company names ("Major powers", "Ford said"). */
const NOT_BARE = new Set([
  "major",
  "ford",
  "brown",
  "truss",
  "bush",
  "carter",
  "may",
  "king",
  "sharif",
  "gandhi",
  "kim",
]);
/** Surname → country, only for surnames of 4+ letters that every listed holder shares with one country. */
const BY_SURNAME = new Map<string, string | null>();

for (const line of TABLE.trim().split("\n")) {
  const [country, names] = line.split("|") as [string, string];
  for (const name of names.split(",")) {
    const key = leaderKey(name);
    BY_NAME.set(key, country);
    const surname = key.split(" ").at(-1)!;
    if (surname.length < 4) continue;
    const full = FULL_BY_SURNAME.get(surname);
    FULL_BY_SURNAME.set(surname, full === undefined ? name : full === name ? full : null);
    const seen = BY_SURNAME.get(surname);
    BY_SURNAME.set(surname, seen === undefined || seen === country ? country : null);
  }
}

/** Every country the table names (a test checks each is a canonical name of the country table). */
export const LEADER_COUNTRIES = [...new Set(BY_NAME.values())];

/**
 * The country a head of state or government of this name led: by full name, or by a one-word
 * name when that surname is unambiguous in the table ("President Reagan").
 */
export function leaderCountry(name: string): string | undefined {
  const key = leaderKey(name);
  const full = BY_NAME.get(key);
  if (full !== undefined) return full;
  if (key.includes(" ")) return undefined;
  return BY_SURNAME.get(key) ?? undefined;
}

/**
 * The full name of the one listed leader a lone surname names ("Putin" → "Vladimir Putin"), when
 * the table has exactly one leader of that surname and it is no common word or company name.
 */
export function leaderBySurname(word: string): string | undefined {
  const key = leaderKey(word);
  if (key.includes(" ") || NOT_BARE.has(key)) return undefined;
  return FULL_BY_SURNAME.get(key) ?? undefined;
}
