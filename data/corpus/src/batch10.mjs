// Articles 046-055: 1980s wire copy with datelines, UN and ministry press releases, OFAC and EU
// Council designation notices, hard negatives. Written for the Liaison sample corpus.
export default [
{
id: "046-bonn-soviet-credit-talks",
title: "Bonn and Soviet trade official narrow gap on credit (wire style)",
date: "2025-03-03",
body: `
BONN, March 3 - West German Economics Minister Heinrich Vollmer held talks here today with Soviet Deputy Foreign Trade Minister Yuri Kostrikov on a proposed 850 mln dlr credit for Soviet purchases of steel pipe and machinery, officials said.

Kostrikov, who arrived in Bonn on Sunday at the head of a 14-member delegation, told reporters the two sides had narrowed their differences on interest rates. He said his government wanted repayment spread over eight years.

A ministry spokesman said Vollmer would not travel to Moscow before the autumn. The minister also declined to say whether Deutsche Bank and Dresdner Bank, which lead the lending consortium, had accepted the terms.

Kostrikov is expected to call on Chancellor Helmut Kohl on Thursday, the spokesman added.

Trade between the two countries fell to 9.4 billion marks last year from 11.2 billion in 1985. West German exporters have complained that Soviet buyers were slow to pay for goods ordered under an earlier 500 mln dlr facility.

Bankers in Frankfurt said the consortium now included 11 banks. One banker, who asked not to be named, said Soviet hard currency earnings had been hurt by the slump in oil prices, which cut export revenue by about four billion dlrs.

REUTER
`,
ents: ["West Germany|C|West German", "Heinrich Vollmer|P|Vollmer", "Soviet Union|C|Soviet", "Yuri Kostrikov|P|Kostrikov", "Bonn|L|BONN", "Moscow|L", "Deutsche Bank|O", "Dresdner Bank|O", "Helmut Kohl|P", "Frankfurt|L"],
rels: [
"leads|Heinrich Vollmer|West Germany|West German Economics Minister Heinrich Vollmer held talks",
"met_with|Heinrich Vollmer|Yuri Kostrikov|West German Economics Minister Heinrich Vollmer held talks",
"visited|Yuri Kostrikov|Bonn|who arrived in Bonn on Sunday",
"x:leads|Helmut Kohl|West Germany|call on Chancellor Helmut Kohl",
],
neg: [
"visited|Heinrich Vollmer|Moscow|'would not travel to Moscow'",
"met_with|Yuri Kostrikov|Helmut Kohl|expected meeting, not yet held",
"leads|Yuri Kostrikov|Soviet Union|a deputy minister does not lead the country",
],
},
{
id: "047-tokyo-machine-tool-sanctions",
title: "Japan punishes machine tool maker over Soviet sale (wire style)",
date: "2025-04-08",
body: `
TOKYO, April 8 - Japan's Ministry of International Trade and Industry imposed sanctions today on Hokuriku Machine Tool Co, barring it from exports to Soviet bloc countries for one year after it sold milling equipment worth 17 mln dlrs to a Leningrad shipyard.

MITI Minister Tadashi Ogura told a news conference the company had falsified export documents. He said two Hokuriku executives, sales director Shinji Koda and export manager Ryo Hamada, had been questioned by police.

The U.S. Senate last week voted for a bill that would ban imports from the company's parent, Toyama Heavy Industries, for up to five years. Toyama shares fell 40 yen to 612 on the Tokyo Stock Exchange.

U.S. Deputy Trade Representative Michael Strand, who has been in Tokyo since Monday, met Ogura for two hours on Tuesday. A U.S. embassy spokesman said Strand pressed for tighter controls and the two sides agreed to resume talks in Washington next month.

Ogura said he had also spoken by telephone with U.S. Commerce Secretary Malcolm Reeve and assured him that Japan would tighten its rules.

REUTER
`,
ents: ["Japan|C", "Ministry of International Trade and Industry|O|MITI", "Hokuriku Machine Tool Co|O|Hokuriku", "Leningrad|L", "Tadashi Ogura|P|Ogura", "Shinji Koda|P", "Ryo Hamada|P", "U.S. Senate|O", "Toyama Heavy Industries|O|Toyama", "Tokyo Stock Exchange|O", "United States|C|U.S.", "Michael Strand|P|Strand", "Tokyo|L|TOKYO", "Washington|L", "Malcolm Reeve|P"],
rels: [
"sanctioned_by|Hokuriku Machine Tool Co|Ministry of International Trade and Industry|imposed sanctions today on Hokuriku|Japan",
"leads|Tadashi Ogura|Ministry of International Trade and Industry|MITI Minister Tadashi Ogura told|Japan",
"works_for|Shinji Koda|Hokuriku Machine Tool Co|sales director Shinji Koda",
"works_for|Ryo Hamada|Hokuriku Machine Tool Co|sales director Shinji Koda",
"visited|Michael Strand|Tokyo|who has been in Tokyo since Monday",
"met_with|Michael Strand|Tadashi Ogura|who has been in Tokyo since Monday",
"leads|Malcolm Reeve|United States|U.S. Commerce Secretary Malcolm Reeve",
],
neg: [
"sanctioned_by|Toyama Heavy Industries|U.S. Senate|a bill that would ban imports: proposed, not imposed",
"met_with|Tadashi Ogura|Malcolm Reeve|a telephone call",
"visited|Michael Strand|Washington|planned talks next month",
],
},
{
id: "048-envoy-damascus-amman",
title: "U.S. envoy in Damascus after Amman stop (wire style)",
date: "2025-10-12",
body: `
NICOSIA, Oct 12 - U.S. special Middle East envoy Robert Kasselman arrived in Damascus today from Amman for talks with Syrian Foreign Minister Nabil Haddad, the official Syrian news agency SANA said.

SANA said Kasselman was received by Haddad shortly after landing but gave no details. On Sunday the envoy met Jordanian Prime Minister Zaid Kamal, Jordanian officials said.

Kasselman, a former ambassador to Egypt, is touring the region to gauge support for an international peace conference. He told reporters before leaving Jordan that he would not go to Beirut for security reasons. Diplomats said he had hoped to see Lebanese President Elias Harb.

Israeli Foreign Ministry spokesman Avi Peled said Israel had not been told of the itinerary. Foreign Minister Dov Amitai had spoken to Kasselman by telephone on Friday, Peled said.

The envoy, a 30-year veteran of the State Department, is due to report to Secretary of State Lawrence Whitby in Washington next week.

REUTER
`,
ents: ["United States|C|U.S.", "Robert Kasselman|P|Kasselman", "Damascus|L", "Amman|L", "Syria|C|Syrian", "Nabil Haddad|P|Haddad", "SANA|O", "Jordan|C|Jordanian", "Zaid Kamal|P", "Egypt|C", "Beirut|L", "Lebanon|C|Lebanese", "Elias Harb|P", "Israeli Foreign Ministry|O|Foreign Ministry", "Israel|C|Israeli", "Avi Peled|P|Peled", "Dov Amitai|P", "U.S. Department of State|O|State Department", "Lawrence Whitby|P", "Washington|L", "Nicosia|L|NICOSIA"],
rels: [
"envoy_of|Robert Kasselman|United States|U.S. special Middle East envoy Robert Kasselman arrived",
"visited|Robert Kasselman|Damascus|U.S. special Middle East envoy Robert Kasselman arrived",
"leads|Nabil Haddad|Syria|U.S. special Middle East envoy Robert Kasselman arrived",
"met_with|Robert Kasselman|Nabil Haddad|was received by Haddad shortly after landing",
"x:met_with|Robert Kasselman|Zaid Kamal|On Sunday the envoy met Jordanian Prime Minister Zaid Kamal",
"leads|Zaid Kamal|Jordan|On Sunday the envoy met Jordanian Prime Minister Zaid Kamal",
"x:visited|Robert Kasselman|Jordan|He told reporters before leaving Jordan",
"leads|Elias Harb|Lebanon|Diplomats said he had hoped to see Lebanese President Elias Harb",
"works_for|Avi Peled|Israeli Foreign Ministry|Israeli Foreign Ministry spokesman Avi Peled",
"leads|Dov Amitai|Israeli Foreign Ministry|Foreign Minister Dov Amitai had spoken|Israel",
"x:works_for|Robert Kasselman|U.S. Department of State|a 30-year veteran of the State Department",
"leads|Lawrence Whitby|U.S. Department of State|Secretary of State Lawrence Whitby|United States",
],
neg: [
"envoy_of|Robert Kasselman|Egypt|Egypt was the receiving country",
"visited|Robert Kasselman|Beirut|'would not go to Beirut'",
"met_with|Robert Kasselman|Elias Harb|hoped-for meeting",
"met_with|Robert Kasselman|Dov Amitai|a telephone call",
"visited|Robert Kasselman|Washington|future trip",
"visited|Robert Kasselman|Nicosia|the dateline is the bureau, not a trip",
],
},
{
id: "049-ec-south-africa-measures",
title: "EC ministers adopt South Africa sanctions package (wire style)",
date: "2025-09-16",
body: `
BRUSSELS, Sept 16 - European Community foreign ministers today imposed sanctions on South Africa, banning new investment and imports of iron, steel and gold coins in a package worth about 450 mln dlrs a year in lost trade.

Belgian Foreign Minister Jacques Verhaegen, who chaired the meeting, said the Twelve had acted "with regret but with determination." He said a ban on coal imports, sought by Denmark and Ireland, had been blocked by West Germany and Portugal.

British Foreign Secretary Alan Marbury told reporters the measures would be reviewed in six months. Marbury, who visited Lusaka and Harare last month as the Community's emissary to the front-line states, said he had failed to persuade Pretoria to free political prisoners.

South Africa's ambassador to the Community, Pieter van Rensburg, called the decision futile. He met Verhaegen for half an hour before the session began, diplomats said.

Japan has threatened similar steps but has taken no decision, officials in Tokyo said. Denmark said it would go further and ban all trade with South Africa from January.

REUTER
`,
ents: ["Brussels|L|BRUSSELS", "European Community|O|Community|Twelve", "South Africa|C|Pretoria", "Jacques Verhaegen|P|Verhaegen", "Belgium|C|Belgian", "Denmark|C", "Ireland|C", "West Germany|C", "Portugal|C", "Alan Marbury|P|Marbury", "United Kingdom|C|British", "Lusaka|L", "Harare|L", "Pieter van Rensburg|P", "Japan|C", "Tokyo|L"],
rels: [
"sanctioned_by|South Africa|European Community|today imposed sanctions on South Africa",
"leads|Jacques Verhaegen|Belgium|Belgian Foreign Minister Jacques Verhaegen",
"leads|Alan Marbury|United Kingdom|British Foreign Secretary Alan Marbury told",
"envoy_of|Alan Marbury|European Community|as the Community's emissary to the front-line states",
"visited|Alan Marbury|Lusaka|who visited Lusaka and Harare last month",
"visited|Alan Marbury|Harare|who visited Lusaka and Harare last month",
"envoy_of|Pieter van Rensburg|South Africa|South Africa's ambassador to the Community, Pieter van Rensburg",
"x:met_with|Pieter van Rensburg|Jacques Verhaegen|He met Verhaegen for half an hour",
],
neg: [
"sanctioned_by|South Africa|Japan|threatened only",
"sanctioned_by|South Africa|Denmark|a future ban",
"envoy_of|Pieter van Rensburg|European Community|the Community is the receiving body",
],
},
{
id: "050-un-great-lakes-envoy",
title: "Special Envoy for the Great Lakes concludes visit to Kinshasa and Kigali",
date: "2025-03-14",
body: `
The Special Envoy of United Nations Secretary-General António Guterres for the Great Lakes Region, Mariam Kessy, today concluded a four-day visit to Kinshasa and Kigali.

In the Democratic Republic of the Congo, the Special Envoy met with the Minister of Foreign Affairs, Thérèse Mbuyi-Kalala, and with the Minister of Defence, Gaston Ilunga. She also held consultations with the Head of the United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO), Ibrahim Touré, and with members of the diplomatic corps.

In Rwanda, Ms. Kessy was received by the Minister of Foreign Affairs and International Cooperation, Jean-Paul Ndayisaba. The two sides discussed the implementation of the Peace, Security and Cooperation Framework and the voluntary return of refugees.

The Special Envoy welcomed the commitment of both Governments to dialogue and urged them to make full use of the Expanded Joint Verification Mechanism.

During her visit, the Special Envoy also held a video conference with the Special Representative of the African Union for the Great Lakes Region, Abdou Sarr, on joint regional initiatives.

Ms. Kessy, who previously served with the World Food Programme in Goma, will travel to Kampala and Bujumbura next week.
`,
ents: ["Mariam Kessy|P|Kessy", "António Guterres|P", "United Nations|O", "Kinshasa|L", "Kigali|L", "Democratic Republic of the Congo|C", "Thérèse Mbuyi-Kalala|P", "Gaston Ilunga|P", "MONUSCO|O|United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "Ibrahim Touré|P", "Rwanda|C", "Jean-Paul Ndayisaba|P", "African Union|O", "Abdou Sarr|P", "World Food Programme|O", "Goma|L", "Kampala|L", "Bujumbura|L"],
rels: [
"envoy_of|Mariam Kessy|António Guterres|The Special Envoy of United Nations Secretary-General|United Nations",
"visited|Mariam Kessy|Kinshasa|concluded a four-day visit to Kinshasa and Kigali",
"visited|Mariam Kessy|Kigali|concluded a four-day visit to Kinshasa and Kigali",
"x:met_with|Mariam Kessy|Thérèse Mbuyi-Kalala|the Special Envoy met with the Minister of Foreign Affairs",
"x:met_with|Mariam Kessy|Gaston Ilunga|the Special Envoy met with the Minister of Foreign Affairs",
"leads|Thérèse Mbuyi-Kalala|Democratic Republic of the Congo|the Special Envoy met with the Minister of Foreign Affairs",
"leads|Gaston Ilunga|Democratic Republic of the Congo|the Special Envoy met with the Minister of Foreign Affairs",
"x:met_with|Mariam Kessy|Ibrahim Touré|She also held consultations with the Head",
"leads|Ibrahim Touré|MONUSCO|She also held consultations with the Head",
"met_with|Mariam Kessy|Jean-Paul Ndayisaba|Ms. Kessy was received by the Minister",
"leads|Jean-Paul Ndayisaba|Rwanda|Ms. Kessy was received by the Minister",
"envoy_of|Abdou Sarr|African Union|the Special Representative of the African Union for the Great Lakes Region, Abdou Sarr",
"works_for|Mariam Kessy|World Food Programme|who previously served with the World Food Programme",
"leads|António Guterres|United Nations|The Special Envoy of United Nations Secretary-General",
],
neg: [
"met_with|Mariam Kessy|Abdou Sarr|a video conference",
"visited|Mariam Kessy|Kampala|future trip",
"visited|Mariam Kessy|Bujumbura|future trip",
"visited|Mariam Kessy|Goma|a past posting is not stated as a trip",
],
},
{
id: "051-kazakh-mfa-eu-representative",
title: "Kazakh Foreign Minister receives EU Special Representative for Central Asia",
date: "2025-04-22",
body: `
Ministry of Foreign Affairs of the Republic of Kazakhstan, press service.

On 22 April, Minister of Foreign Affairs Aidar Seitkali received the European Union Special Representative for Central Asia, Lena Hartmann, who is on a working visit to Astana.

The interlocutors discussed the implementation of the Enhanced Partnership and Cooperation Agreement, the Trans-Caspian International Transport Route and cooperation on critical raw materials. The Minister noted that the European Union remains the leading trade and investment partner of Kazakhstan. Ms. Hartmann briefed the Kazakh side on preparations for the next EU-Central Asia summit.

On the same day, Deputy Minister of Foreign Affairs Dana Ospanova held consultations with the Ambassador of the Kingdom of Belgium to Kazakhstan, Marc Vandenbroeck, on the agenda of a planned business forum.

Later, Minister Seitkali held a telephone conversation with the Minister of Foreign Affairs and Trade of Hungary, Gábor Szentes. The sides agreed to convene the intergovernmental commission in Budapest in the autumn.

Ms. Hartmann, a graduate of the College of Europe in Bruges, previously served as Germany's ambassador to Uzbekistan.
`,
ents: ["Ministry of Foreign Affairs of the Republic of Kazakhstan|O|Ministry of Foreign Affairs", "Kazakhstan|C|Kazakh", "Aidar Seitkali|P|Seitkali", "European Union|O|EU", "Lena Hartmann|P|Hartmann", "Astana|L", "Dana Ospanova|P", "Belgium|C|Kingdom of Belgium", "Marc Vandenbroeck|P", "Hungary|C", "Gábor Szentes|P", "Budapest|L", "College of Europe|O", "Bruges|L", "Germany|C", "Uzbekistan|C"],
rels: [
"leads|Aidar Seitkali|Ministry of Foreign Affairs of the Republic of Kazakhstan|Minister of Foreign Affairs Aidar Seitkali received|Kazakhstan",
"met_with|Aidar Seitkali|Lena Hartmann|Minister of Foreign Affairs Aidar Seitkali received",
"envoy_of|Lena Hartmann|European Union|Minister of Foreign Affairs Aidar Seitkali received",
"visited|Lena Hartmann|Astana|who is on a working visit to Astana",
"works_for|Dana Ospanova|Ministry of Foreign Affairs of the Republic of Kazakhstan|Deputy Minister of Foreign Affairs Dana Ospanova",
"met_with|Dana Ospanova|Marc Vandenbroeck|Deputy Minister of Foreign Affairs Dana Ospanova",
"envoy_of|Marc Vandenbroeck|Belgium|Deputy Minister of Foreign Affairs Dana Ospanova",
"leads|Gábor Szentes|Hungary|held a telephone conversation with the Minister",
"educated_at|Lena Hartmann|College of Europe|a graduate of the College of Europe",
"envoy_of|Lena Hartmann|Germany|previously served as Germany's ambassador",
],
neg: [
"met_with|Aidar Seitkali|Gábor Szentes|a telephone conversation",
"envoy_of|Marc Vandenbroeck|Kazakhstan|Kazakhstan is the receiving country",
"envoy_of|Lena Hartmann|Uzbekistan|Uzbekistan was the receiving country",
"envoy_of|Lena Hartmann|Kazakhstan|Central Asia is the brief, not the sender",
"visited|Aidar Seitkali|Budapest|a future meeting",
],
},
{
id: "052-ofac-rsf-procurement",
title: "Treasury designates procurement network supplying Sudan's Rapid Support Forces",
date: "2025-05-29",
body: `
WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated six individuals and four entities that have procured weapons, drones and vehicles for the Rapid Support Forces (RSF) in Sudan.

"The RSF's suppliers are prolonging a war that has displaced millions," said Under Secretary of the Treasury for Terrorism and Financial Intelligence Helena Marsh.

OFAC designated Al-Nakheel Horizon General Trading LLC, a Dubai-based company; Sahel Cargo Logistics SARL, based in N'Djamena, Chad; Blue Nile Aviation Services, registered in Nairobi; and Kordofan Gold Refining Company.

OFAC also designated Osman Idris Haroun, Tarig Abdelrahim Salih, Mubarak Fadul Adam, Hassan El-Tayeb Musa, Salma Yousif Karrar and Ahmed Jibril Nourein pursuant to Executive Order 14098 for being responsible for or complicit in actions that threaten the peace, security or stability of Sudan.

Haroun is the general manager of Al-Nakheel Horizon. Karrar, a former official of the Central Bank of Sudan, arranged payments for the network.

RSF commander Mohamed Hamdan Dagalo was designated by OFAC in January.

As a result of today's action, all property and interests in property of the designated persons in the United States are blocked. Separately, OFAC removed Darfur Livestock Export Company from the Specially Designated Nationals List after a change in its ownership.
`,
ents: ["U.S. Department of the Treasury|O|Treasury", "Office of Foreign Assets Control|O|OFAC", "United States|C|U.S.", "Rapid Support Forces|O|RSF", "Sudan|C", "Helena Marsh|P", "Al-Nakheel Horizon General Trading LLC|O|Al-Nakheel Horizon", "Dubai|L", "Sahel Cargo Logistics SARL|O", "N'Djamena|L", "Chad|C", "Blue Nile Aviation Services|O", "Nairobi|L", "Kordofan Gold Refining Company|O", "Osman Idris Haroun|P|Haroun", "Tarig Abdelrahim Salih|P", "Mubarak Fadul Adam|P", "Hassan El-Tayeb Musa|P", "Salma Yousif Karrar|P|Karrar", "Ahmed Jibril Nourein|P", "Central Bank of Sudan|O", "Mohamed Hamdan Dagalo|P", "Darfur Livestock Export Company|O"],
rels: [
"works_for|Helena Marsh|U.S. Department of the Treasury|said Under Secretary of the Treasury",
"sanctioned_by|Al-Nakheel Horizon General Trading LLC|Office of Foreign Assets Control|OFAC designated Al-Nakheel Horizon|U.S. Department of the Treasury",
"sanctioned_by|Sahel Cargo Logistics SARL|Office of Foreign Assets Control|OFAC designated Al-Nakheel Horizon|U.S. Department of the Treasury",
"sanctioned_by|Blue Nile Aviation Services|Office of Foreign Assets Control|OFAC designated Al-Nakheel Horizon|U.S. Department of the Treasury",
"sanctioned_by|Kordofan Gold Refining Company|Office of Foreign Assets Control|OFAC designated Al-Nakheel Horizon|U.S. Department of the Treasury",
"sanctioned_by|Osman Idris Haroun|Office of Foreign Assets Control|OFAC also designated Osman Idris Haroun|U.S. Department of the Treasury",
"sanctioned_by|Tarig Abdelrahim Salih|Office of Foreign Assets Control|OFAC also designated Osman Idris Haroun|U.S. Department of the Treasury",
"sanctioned_by|Mubarak Fadul Adam|Office of Foreign Assets Control|OFAC also designated Osman Idris Haroun|U.S. Department of the Treasury",
"sanctioned_by|Hassan El-Tayeb Musa|Office of Foreign Assets Control|OFAC also designated Osman Idris Haroun|U.S. Department of the Treasury",
"sanctioned_by|Salma Yousif Karrar|Office of Foreign Assets Control|OFAC also designated Osman Idris Haroun|U.S. Department of the Treasury",
"sanctioned_by|Ahmed Jibril Nourein|Office of Foreign Assets Control|OFAC also designated Osman Idris Haroun|U.S. Department of the Treasury",
"leads|Osman Idris Haroun|Al-Nakheel Horizon General Trading LLC|Haroun is the general manager",
"works_for|Salma Yousif Karrar|Central Bank of Sudan|a former official of the Central Bank of Sudan",
"leads|Mohamed Hamdan Dagalo|Rapid Support Forces|RSF commander Mohamed Hamdan Dagalo",
"sanctioned_by|Mohamed Hamdan Dagalo|Office of Foreign Assets Control|RSF commander Mohamed Hamdan Dagalo|U.S. Department of the Treasury",
],
neg: [
"sanctioned_by|Darfur Livestock Export Company|Office of Foreign Assets Control|removed from the SDN List: delisted",
"sanctioned_by|Rapid Support Forces|Office of Foreign Assets Control|the notice designates its suppliers, not the RSF itself",
],
},
{
id: "053-eu-council-moldova-listings",
title: "Council adds nine persons and three entities to Moldova destabilisation list",
date: "2025-07-15",
body: `
Council of the European Union, press release.

The Council today decided to impose restrictive measures on an additional nine individuals and three entities responsible for actions aimed at destabilising, undermining or threatening the sovereignty and independence of the Republic of Moldova.

Among those added to the list of persons subject to restrictive measures are Vasile Croitoru, a former member of the Parliament of Moldova; Elena Budeanu, Stanislav Rotaru, Igor Ciobanu, Nadejda Vrabie, Oleg Lupașcu, Maxim Grosu, Tatiana Răileanu and Artur Zgardan, who organised vote-buying schemes ahead of the 2024 referendum; and the entities Prut Media Holding, Nistru Capital SRL and the Evrazia Civic Movement.

Croitoru and Budeanu were sanctioned by the United Kingdom in 2024. Rotaru heads Nistru Capital, which channelled funds to paid protesters, while Vrabie worked for Prut Media Holding as its editor.

The listed persons are subject to an asset freeze and a travel ban, and EU citizens and companies are forbidden from making funds available to them.

The Council also decided to remove Mihail Gîrlea from the list, following a review. Restrictive measures in respect of Moldova now apply to a total of 32 individuals and 8 entities.
`,
ents: ["Council of the European Union|O|Council", "European Union|O|EU", "Moldova|C|Republic of Moldova", "Vasile Croitoru|P|Croitoru", "Parliament of Moldova|O", "Elena Budeanu|P|Budeanu", "Stanislav Rotaru|P|Rotaru", "Igor Ciobanu|P", "Nadejda Vrabie|P|Vrabie", "Oleg Lupașcu|P", "Maxim Grosu|P", "Tatiana Răileanu|P", "Artur Zgardan|P", "Prut Media Holding|O", "Nistru Capital SRL|O|Nistru Capital", "Evrazia Civic Movement|O", "United Kingdom|C", "Mihail Gîrlea|P"],
rels: [
"x:sanctioned_by|Vasile Croitoru|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Elena Budeanu|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Stanislav Rotaru|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Igor Ciobanu|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Nadejda Vrabie|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Oleg Lupașcu|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Maxim Grosu|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Tatiana Răileanu|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Artur Zgardan|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Prut Media Holding|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Nistru Capital SRL|Council of the European Union|Among those added to the list|European Union",
"x:sanctioned_by|Evrazia Civic Movement|Council of the European Union|Among those added to the list|European Union",
"works_for|Vasile Croitoru|Parliament of Moldova|a former member of the Parliament of Moldova",
"sanctioned_by|Vasile Croitoru|United Kingdom|were sanctioned by the United Kingdom in 2024",
"sanctioned_by|Elena Budeanu|United Kingdom|were sanctioned by the United Kingdom in 2024",
"leads|Stanislav Rotaru|Nistru Capital SRL|Rotaru heads Nistru Capital",
"works_for|Nadejda Vrabie|Prut Media Holding|Rotaru heads Nistru Capital",
],
neg: [
"sanctioned_by|Mihail Gîrlea|Council of the European Union|removed from the list: delisted",
"sanctioned_by|Moldova|Council of the European Union|the measures protect Moldova, they do not target it",
],
},
{
id: "054-brazil-envoy-caracas-postponed",
title: "Brazilian envoy's Caracas trip called off; talks held by video link",
date: "2025-10-06",
body: `
Brazil's special envoy for the Venezuelan crisis, Otávio Lins Braga, did not travel to Caracas on Monday as planned, the Foreign Ministry in Brasília said, citing "logistical reasons".

Instead, the envoy held a video conference with Venezuelan Foreign Minister Rafael Quintero that lasted about an hour. Lins Braga, a career diplomat at the Foreign Ministry who was ambassador to Argentina until 2023, said he still hoped to meet President Nicolás Maduro in the coming weeks. He has never met Maduro in person.

Colombia's foreign minister, Lucía Arbeláez, spoke by phone with Lins Braga on Sunday. She visited Caracas in June and held talks with Quintero there.

In Washington, the State Department said it was "reviewing options", including new sanctions on Venezuelan officials. In March the United States lifted sanctions on Oro del Caroní, a state gold trader, after it cut ties with a blacklisted bank.

Uruguayan Foreign Minister Martín Pereyra, whose country holds Mercosur's rotating presidency, said the bloc would send a mission to Venezuela in November. He did not meet Quintero during the UN General Assembly, his office said.
`,
ents: ["Brazil|C", "Otávio Lins Braga|P|Lins Braga", "Venezuela|C|Venezuelan", "Caracas|L", "Brazilian Foreign Ministry|O|Foreign Ministry", "Brasília|L", "Rafael Quintero|P|Quintero", "Argentina|C", "Nicolás Maduro|P|Maduro", "Colombia|C", "Lucía Arbeláez|P", "Washington|L", "U.S. Department of State|O|State Department", "United States|C", "Oro del Caroní|O", "Uruguay|C|Uruguayan", "Martín Pereyra|P", "Mercosur|O", "United Nations|O|UN"],
rels: [
"envoy_of|Otávio Lins Braga|Brazil|Brazil's special envoy for the Venezuelan crisis",
"leads|Rafael Quintero|Venezuela|held a video conference with Venezuelan Foreign Minister",
"works_for|Otávio Lins Braga|Brazilian Foreign Ministry|a career diplomat at the Foreign Ministry",
"x:leads|Nicolás Maduro|Venezuela|hoped to meet President Nicolás Maduro",
"leads|Lucía Arbeláez|Colombia|Colombia's foreign minister, Lucía Arbeláez",
"x:visited|Lucía Arbeláez|Caracas|She visited Caracas in June",
"x:met_with|Lucía Arbeláez|Rafael Quintero|She visited Caracas in June",
"leads|Martín Pereyra|Uruguay|Uruguayan Foreign Minister Martín Pereyra",
],
neg: [
"visited|Otávio Lins Braga|Caracas|'did not travel to Caracas'",
"met_with|Otávio Lins Braga|Rafael Quintero|a video conference",
"met_with|Otávio Lins Braga|Nicolás Maduro|hoped-for meeting; 'never met'",
"met_with|Lucía Arbeláez|Otávio Lins Braga|a phone call",
"sanctioned_by|Oro del Caroní|United States|lifted-only",
"visited|Mercosur|Venezuela|a future mission",
"met_with|Martín Pereyra|Rafael Quintero|'did not meet'",
"envoy_of|Otávio Lins Braga|Argentina|Argentina was the receiving country",
"envoy_of|Otávio Lins Braga|Venezuela|Venezuela is the brief, not the sender",
],
},
{
id: "055-buenos-aires-imf-mission",
title: "Argentina, IMF mission open talks on debt (wire style)",
date: "2025-01-21",
body: `
BUENOS AIRES, Jan 21 - Argentine Economy Minister Raúl Etcheverry met the head of an International Monetary Fund mission, Dutch economist Willem Roosendaal, today to open talks on a 1.4 billion dlr standby loan, an Economy Ministry spokesman said.

Roosendaal, who flew in from Washington on Monday with a team of nine, will stay two weeks, the spokesman said. He was also received by Central Bank President Alberto Ferrán.

Etcheverry told reporters the two sides would first discuss the budget deficit, which he put at 4.1 pct of gross domestic product. He said Argentina could not meet interest payments of about 4.5 billion dlrs this year on its 50 billion dlr foreign debt without new money.

The minister, who studied economics at the University of Chicago, returned last week from New York, where he held talks with Citibank vice chairman Harold Lisle, who chairs the committee of creditor banks. He said he would not go to Paris for the Club of creditor governments before March.

Bankers said a 500 mln dlr bridge loan was possible once the Fund approved the programme.

REUTER
`,
ents: ["Buenos Aires|L|BUENOS AIRES", "Argentina|C|Argentine", "Raúl Etcheverry|P|Etcheverry", "International Monetary Fund|O|Fund", "Willem Roosendaal|P|Roosendaal", "Argentine Economy Ministry|O|Economy Ministry", "Washington|L", "Alberto Ferrán|P", "Central Bank of Argentina|O|Central Bank", "University of Chicago|O", "New York|L", "Citibank|O", "Harold Lisle|P", "Paris|L"],
rels: [
"leads|Raúl Etcheverry|Argentine Economy Ministry|Argentine Economy Minister Raúl Etcheverry met|Argentina",
"met_with|Raúl Etcheverry|Willem Roosendaal|Argentine Economy Minister Raúl Etcheverry met",
"works_for|Willem Roosendaal|International Monetary Fund|Argentine Economy Minister Raúl Etcheverry met",
"x:visited|Willem Roosendaal|Buenos Aires|who flew in from Washington on Monday",
"x:met_with|Willem Roosendaal|Alberto Ferrán|He was also received by Central Bank President Alberto Ferrán",
"leads|Alberto Ferrán|Central Bank of Argentina|He was also received by Central Bank President Alberto Ferrán",
"x:educated_at|Raúl Etcheverry|University of Chicago|who studied economics at the University of Chicago",
"x:visited|Raúl Etcheverry|New York|returned last week from New York",
"x:met_with|Raúl Etcheverry|Harold Lisle|returned last week from New York",
"works_for|Harold Lisle|Citibank|Citibank vice chairman Harold Lisle",
],
neg: [
"visited|Raúl Etcheverry|Paris|'would not go to Paris'",
"visited|Willem Roosendaal|Washington|he flew in from Washington; not a visit there",
],
},
];
