/**
 * Well-known organisations: canonical name | aliases. Government bodies, international
 * organisations, parties, news agencies, universities and large companies.
 */
const TABLE = `
United Nations|UN,U.N.,UNITED NATIONS
UN Security Council|U.N. Security Council,United Nations Security Council,Security Council
UN General Assembly|U.N. General Assembly,General Assembly
European Union|EU,E.U.
European Commission|Brussels Commission
European Parliament|
Council of the European Union|
NATO|North Atlantic Treaty Organization
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO
World Health Organization|WHO
International Atomic Energy Agency|IAEA
Organization of Islamic Cooperation|OIC,Organization for Islamic Cooperation,Organisation of Islamic Cooperation
Organization for Security and Co-operation in Europe|OSCE
OPEC|Organization of the Petroleum Exporting Countries
African Union|AU
Arab League|League of Arab States
ASEAN|Association of Southeast Asian Nations
Commonwealth of Nations|Commonwealth
Paris Club|
International Criminal Court|ICC
International Court of Justice|ICJ
Red Cross|International Committee of the Red Cross,ICRC
Interpol|
UNESCO|
UNICEF|
UNHCR|
G7|Group of Seven
G20|Group of 20
Kremlin|
White House|
Pentagon|
U.S. Department of State|State Department,U.S. State Department,Department of State
U.S. Department of the Treasury|Treasury,Treasury Department,U.S. Treasury,Department of the Treasury
U.S. Department of Justice|Justice Department,Department of Justice
U.S. Department of Defense|Defense Department,Department of Defense
U.S. Department of Commerce|Commerce Department,Department of Commerce
United States National Security Council|National Security Council,White House National Security Council,NSC
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
Office of Foreign Assets Control|OFAC
United States Congress|Congress,U.S. Congress
United States Senate|Senate,U.S. Senate
Foreign Office|Foreign and Commonwealth Office
Parliament|
Liberal Democratic Party|LDP
Conservative Party|Conservatives,Tories
Labour Party|Labour
Liberal Democrats|Liberal Democrat,Lib Dems
Democratic Party|Democrats
Republican Party|Republicans,GOP
Communist Party|
United Russia|
Solidarity|
Hamas|
Hezbollah|
Taliban|
Reuters|
Associated Press|AP
Agence France-Presse|AFP
TASS|
Xinhua|
Kyodo News Service|Kyodo,Kyodo News
Interfax|
RIA Novosti|
BBC|
PAP|
Harvard University|Harvard
Stanford University|Stanford
Yale University|Yale
Princeton University|Princeton
Columbia University|
Massachusetts Institute of Technology|MIT
University of Oxford|Oxford University
University of Cambridge|Cambridge University
Sorbonne|
MGIMO|Moscow State Institute of International Relations
Moscow State University|
Goldman Sachs|
McKinsey & Company|McKinsey
JPMorgan Chase|JPMorgan
Morgan Stanley|
Gazprom|
Rosneft|
Russian Direct Investment Fund|RDIF
Lukoil|
Sberbank|
VTB Bank|VTB
Novatek|
Rosatom|
Transneft|
Aeroflot|
Sovcomflot|
Belavia|
Huawei|
Saudi Aramco|Aramco
`;

export interface OrgEntry {
  name: string;
  aliases: string[];
}

export const ORGANIZATIONS: OrgEntry[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name = "", aliases = ""] = line.split("|");
    return {
      name,
      aliases: aliases
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean),
    };
  });

/** Last words that make a capitalised name an organisation ("Polish National Bank"). */
export const ORG_HEADS = new Set(
  `ministry department council committee commission court party bank fund university college school
  institute agency company corporation corp inc ltd group service office administration union army navy
  force forces journal team center centre organization organisation association federation league front
  movement authority bureau assembly parliament senate congress cabinet government news club foundation
  society police guard embassy consulate mission tribunal board secretariat directorate times post forum
  academy alliance coalition brigade brigades militia network airlines exchange industries holdings llc sarl gmbh plc jsc pjsc fze fzco ojsc cjsc
  chamber council cooperation democrats trading logistics shipping holding partners systems
  technologies motors petroleum enterprises ventures solutions refinery lines`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case nouns that end an organisation phrase after a possessive ("Russia's sovereign wealth fund"). */
export const LOWER_ORG_HEADS = new Set([
  "fund",
  "bank",
  "ministry",
  "agency",
  "company",
  "parliament",
  "council",
  "committee",
  "service",
  "court",
]);

/** Places that are not capitals but often appear in diplomatic news. */
export const PLACES: string[] =
  `Middle East|Far East|Oval Office|Europe|Asia|Africa|Latin America|Arctic|Antarctica|Gulf|Persian Gulf|Black Sea|
Baltic Sea|Mediterranean|Red Sea|Caspian Sea|South China Sea|Pacific|Atlantic|Indian Ocean|Crimea|Donbas|Gaza|Gaza Strip|
West Bank|Golan Heights|Kashmir|Hong Kong|Macau|Tibet|Xinjiang|Hawaii|Alaska|California|Texas|New York|New York City|
Geneva|Davos|Istanbul|Sochi|St. Petersburg|Vladivostok|Munich|Frankfurt|Hamburg|Milan|Vancouver|Toronto|Montreal|
Sydney|Melbourne|Shanghai|Hong Kong|Osaka|Dubai|Jeddah|Mecca|Alexandria|Aleppo|Homs|Mosul|Basra|Erbil|Kandahar|
Karachi|Lahore|Mumbai|Kolkata|Chennai|Odesa|Odessa|Kharkiv|Lviv|Mariupol|Minsk|Camp David|Mar-a-Lago|Rose Garden|
Glasgow|Edinburgh|Manchester|Chicago|Los Angeles|San Francisco|Boston|Miami|Anchorage|Helsinki|Reykjavik|Oslo|
Stockholm|Copenhagen|Bali|Singapore|Chapel Hill|Brussels|Strasbourg|The Hague|Sharm el-Sheikh|Doha`
    .split("|")
    .map((p) => p.trim())
    .filter(Boolean);

/** Canonical names for places whose usual name is longer. */
export const PLACE_CANONICAL: Record<string, string> = { "New York": "New York City" };

/** The country whose government a body belongs to, by canonical name ("Kremlin aide" serves Russia). */
export const COUNTRY_OF_BODY = new Map<string, string>([
  ["Kremlin", "Russia"],
  ["White House", "United States"],
  ["Pentagon", "United States"],
  ["U.S. Department of State", "United States"],
  ["U.S. Department of the Treasury", "United States"],
  ["U.S. Department of Justice", "United States"],
  ["U.S. Department of Defense", "United States"],
  ["U.S. Department of Commerce", "United States"],
  ["United States National Security Council", "United States"],
  ["Central Intelligence Agency", "United States"],
  ["Federal Bureau of Investigation", "United States"],
  ["Office of Foreign Assets Control", "United States"],
  ["United States Congress", "United States"],
  ["United States Senate", "United States"],
  ["Foreign Office", "United Kingdom"],
  ["Russian Direct Investment Fund", "Russia"],
]);
