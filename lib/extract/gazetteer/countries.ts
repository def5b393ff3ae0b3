/**
 * Countries: canonical name | other names and abbreviations | demonyms | capital.
 * Real-world reference data, kept as one line per country so it is easy to extend.
 */
const TABLE = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Angola||Angolan|Luanda
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus|Byelorussia|Belarusian,Belarussian|Minsk
Belgium||Belgian|Brussels
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Brazil||Brazilian|Brasilia
Bulgaria||Bulgarian|Sofia
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Chile||Chilean|Santiago
China|People's Republic of China,PRC|Chinese|Beijing
Colombia||Colombian|Bogota
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Czechoslovakia||Czechoslovak|
Denmark||Danish|Copenhagen
Ecuador||Ecuadorian|Quito
Egypt|Arab Republic of Egypt|Egyptian|Cairo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish|Helsinki
France|French Republic|French|Paris
Georgia||Georgian|Tbilisi
Germany|Federal Republic of Germany|German|Berlin
East Germany|German Democratic Republic,GDR|East German|
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Hungary||Hungarian|Budapest
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Malaysia||Malaysian|Kuala Lumpur
Mali||Malian|Bamako
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Mongolia||Mongolian|Ulaanbaatar
Morocco||Moroccan|Rabat
Myanmar|Burma|Burmese|Naypyidaw
Nepal||Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|DPRK,Democratic People's Republic of Korea|North Korean|Pyongyang
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian territories|Palestinian|Ramallah
Panama||Panamanian|Panama City
Peru||Peruvian|Lima
Philippines||Philippine,Filipino|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Riyadh
Serbia||Serbian|Belgrade
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea,ROK|South Korean|Seoul
South Sudan||South Sudanese|Juba
Soviet Union|USSR,U.S.S.R.,Union of Soviet Socialist Republics|Soviet|
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria|Syrian Arab Republic|Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Tunisia||Tunisian|Tunis
Turkey|Turkiye,Türkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE,U.A.E.|Emirati|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British|London
United States|US,U.S.,USA,U.S.A.,United States of America,America|American|Washington
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Yugoslavia||Yugoslav|
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
Andorra||Andorran|Andorra la Vella
Antigua and Barbuda||Antiguan|
Bahamas|The Bahamas|Bahamian|Nassau
Barbados||Barbadian|Bridgetown
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Botswana||Botswanan,Motswana|Gaborone
Brunei||Bruneian|Bandar Seri Begawan
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic|CAR|Central African|Bangui
Chad||Chadian|N'Djamena
Comoros||Comorian|
Costa Rica||Costa Rican|San Jose
Côte d'Ivoire|Ivory Coast,Cote d'Ivoire|Ivorian|Yamoussoukro,Abidjan
Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville||Brazzaville
Djibouti||Djiboutian|
Dominica|||Roseau
Dominican Republic||Dominican|Santo Domingo
East Timor|Timor-Leste|Timorese|Dili
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eswatini|Swaziland|Swazi|Mbabane
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Grenada||Grenadian|
Guatemala||Guatemalan|Guatemala City
Guinea|||Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Iceland||Icelandic|Reykjavik
Jamaica||Jamaican|Kingston
Kiribati|||Tarawa
Kosovo||Kosovar|Pristina
Laos||Laotian,Lao|Vientiane
Lesotho||Basotho|Maseru
Liberia||Liberian|Monrovia
Liechtenstein||Liechtensteiner|Vaduz
Luxembourg||Luxembourgish|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Maldives||Maldivian|
Malta||Maltese|Valletta
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Monaco||Monegasque|
Montenegro||Montenegrin|Podgorica
Mozambique||Mozambican|Maputo
Namibia||Namibian|Windhoek
North Macedonia|Macedonia|Macedonian|Skopje
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asuncion
Samoa||Samoan|Apia
San Marino||Sammarinese|
Senegal||Senegalese|Dakar
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Solomon Islands||Solomon Islander|Honiara
Suriname||Surinamese|Paramaribo
Togo||Togolese|Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago||Trinidadian|Port of Spain
Uruguay||Uruguayan|Montevideo
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Holy See,Vatican||
`;

export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

const split = (s: string | undefined) =>
  s
    ? s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

export const COUNTRIES: CountryEntry[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name = "", aliases, demonyms, capitals] = line.split("|");
    return { name, aliases: split(aliases), demonyms: split(demonyms), capitals: split(capitals) };
  });

/** Canonical names for capitals whose bare name is ambiguous or has a usual longer form. */
export const CAPITAL_CANONICAL: Record<string, string> = {
  Washington: "Washington, D.C.",
  Kiev: "Kyiv",
};
