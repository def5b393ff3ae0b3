// Articles 066-075: pronoun-heavy reports ("he", "she", "the envoy", "the two sides"), hard
// negatives, UN and ministry releases, 1980s wire copy. Written for the Liaison sample corpus.
export default [
{
id: "066-yemen-envoy-shuttle",
title: "UN Yemen envoy ends Gulf shuttle with Houthi talks in Muscat",
date: "2025-02-26",
body: `
The United Nations special envoy for Yemen, Lars-Erik Nyberg, wrapped up a week of shuttle diplomacy on Tuesday with talks in Muscat with the chief Houthi negotiator, Mohammed Abdulsalam.

He had flown to the Omani capital from Riyadh, where he spent two days. There the envoy was received by Saudi Defence Minister Prince Khalid bin Salman and also saw the head of Yemen's Presidential Leadership Council, Rashad al-Alimi, who lives in the Saudi capital.

Nyberg, a Swede who served as his country's ambassador to Egypt before joining the UN, said both meetings had been "constructive". He said he had not been able to go to Sanaa, where the Houthis detain dozens of UN staff.

In Muscat he also met Omani Foreign Minister Badr Albusaidi. The minister has hosted several rounds between the parties. The two men discussed a prisoner exchange, Omani state media said.

The envoy is expected to brief the Security Council in New York next week. His deputy, Fatima Al-Mansoori, will stay in the region. She held a video call with Houthi officials on Monday.
`,
ents: ["United Nations|O|UN", "Yemen|C", "Lars-Erik Nyberg|P|Nyberg", "Muscat|L", "Houthis|O|Houthi", "Mohammed Abdulsalam|P", "Oman|C|Omani", "Riyadh|L", "Saudi Arabia|C|Saudi", "Khalid bin Salman|P", "Presidential Leadership Council|O", "Rashad al-Alimi|P", "Sweden|C|Swede", "Egypt|C", "Sanaa|L", "Badr Albusaidi|P", "UN Security Council|O|Security Council", "New York|L", "Fatima Al-Mansoori|P"],
rels: [
"envoy_of|Lars-Erik Nyberg|United Nations|The United Nations special envoy for Yemen",
"met_with|Lars-Erik Nyberg|Mohammed Abdulsalam|The United Nations special envoy for Yemen",
"works_for|Mohammed Abdulsalam|Houthis|the chief Houthi negotiator",
"x:visited|Lars-Erik Nyberg|Muscat|He had flown to the Omani capital from Riyadh",
"x:visited|Lars-Erik Nyberg|Riyadh|He had flown to the Omani capital from Riyadh",
"x:met_with|Lars-Erik Nyberg|Khalid bin Salman|There the envoy was received by Saudi Defence Minister",
"leads|Khalid bin Salman|Saudi Arabia|There the envoy was received by Saudi Defence Minister",
"x:met_with|Lars-Erik Nyberg|Rashad al-Alimi|There the envoy was received by Saudi Defence Minister",
"leads|Rashad al-Alimi|Presidential Leadership Council|There the envoy was received by Saudi Defence Minister",
"envoy_of|Lars-Erik Nyberg|Sweden|served as his country's ambassador to Egypt",
"x:met_with|Lars-Erik Nyberg|Badr Albusaidi|In Muscat he also met Omani Foreign Minister",
"leads|Badr Albusaidi|Oman|In Muscat he also met Omani Foreign Minister",
"x:works_for|Fatima Al-Mansoori|United Nations|His deputy, Fatima Al-Mansoori",
],
neg: [
"envoy_of|Lars-Erik Nyberg|Yemen|Yemen is the brief",
"envoy_of|Lars-Erik Nyberg|Egypt|Egypt was the receiving country",
"visited|Lars-Erik Nyberg|Sanaa|'had not been able to go'",
"visited|Lars-Erik Nyberg|New York|future briefing",
"met_with|Fatima Al-Mansoori|Houthis|a video call",
"visited|Rashad al-Alimi|Riyadh|he lives there",
],
},
{
id: "067-nile-dam-talks-kinshasa",
title: "Egypt, Ethiopia resume Nile dam talks under AU auspices",
date: "2025-05-14",
body: `
Egyptian and Ethiopian negotiators met in Kinshasa on Tuesday for the first time in a year, with the African Union chairperson's envoy, Zambian diplomat Chanda Mwape, in the chair.

Egypt's Water Resources Minister Hani Sweilem led his country's team. Ethiopia was represented by Seleshi Bekele, a former water minister who now serves as his government's chief negotiator on the dam.

The two sides spent most of the day on rules for filling the reservoir during droughts, a participant said. They did not agree on a legally binding text.

Mwape told reporters she had met both delegations separately before the joint session. She had visited Cairo and Addis Ababa earlier this month and she plans to travel to Khartoum next.

Sweilem said afterwards he had found "no new flexibility". He had spoken by phone with his Sudanese counterpart, Abbas Hamid, on Monday; Sudan boycotted the round.

The minister, an engineer trained at Colorado State University, has led Egypt's delegation since 2022.
`,
ents: ["Egypt|C|Egyptian", "Ethiopia|C|Ethiopian", "Kinshasa|L", "African Union|O", "Chanda Mwape|P|Mwape", "Zambia|C|Zambian", "Hani Sweilem|P|Sweilem", "Seleshi Bekele|P", "Cairo|L", "Addis Ababa|L", "Khartoum|L", "Abbas Hamid|P", "Sudan|C|Sudanese", "Colorado State University|O"],
rels: [
"envoy_of|Chanda Mwape|African Union|the African Union chairperson's envoy",
"x:met_with|Hani Sweilem|Seleshi Bekele|Ethiopia was represented by Seleshi Bekele",
"leads|Hani Sweilem|Egypt|Egypt's Water Resources Minister Hani Sweilem",
"x:met_with|Chanda Mwape|Hani Sweilem|Mwape told reporters she had met both delegations",
"x:met_with|Chanda Mwape|Seleshi Bekele|Mwape told reporters she had met both delegations",
"x:visited|Chanda Mwape|Cairo|She had visited Cairo and Addis Ababa",
"x:visited|Chanda Mwape|Addis Ababa|She had visited Cairo and Addis Ababa",
"x:educated_at|Hani Sweilem|Colorado State University|an engineer trained at Colorado State University",
"leads|Seleshi Bekele|Ethiopia|a former water minister who now serves",
"leads|Abbas Hamid|Sudan|his Sudanese counterpart, Abbas Hamid",
],
neg: [
"visited|Chanda Mwape|Khartoum|a planned trip",
"met_with|Hani Sweilem|Abbas Hamid|a phone call",
"envoy_of|Chanda Mwape|Zambia|nationality, not the sender",
"visited|Hani Sweilem|Kinshasa|the meeting place only",
],
},
{
id: "068-new-finance-minister-profile",
title: "Profile: Kenya's new Treasury chief, a former IMF economist",
date: "2025-01-30",
body: `
Amina Wekesa, sworn in on Thursday as Kenya's Cabinet Secretary for the National Treasury, is the first woman to hold the post.

She spent eleven years at the International Monetary Fund in Washington, rising to deputy director of its African Department, before returning to Nairobi in 2021 as an economic adviser to President William Ruto. She studied economics at the University of Nairobi and holds a doctorate from the London School of Economics.

Her first task will be a new programme with the Fund. She met an IMF staff team led by mission chief Haimanot Teferra at the Treasury building on Wednesday evening, hours before her swearing-in, officials said.

Wekesa replaces John Mbadi, who moved to the Ministry of Energy. He has praised her as "a safe pair of hands".

The minister is expected to travel to Washington in April for the Fund's spring meetings. Her chief of staff, Peter Otieno, previously worked at Equity Bank.
`,
ents: ["Amina Wekesa|P|Wekesa", "Kenya|C", "National Treasury|O|Treasury", "International Monetary Fund|O|Fund|IMF", "Washington|L", "Nairobi|L", "William Ruto|P", "University of Nairobi|O", "London School of Economics|O", "Haimanot Teferra|P", "John Mbadi|P", "Kenyan Ministry of Energy|O|Ministry of Energy", "Peter Otieno|P", "Equity Bank|O"],
rels: [
"leads|Amina Wekesa|National Treasury|as Kenya's Cabinet Secretary for the National Treasury|Kenya",
"x:works_for|Amina Wekesa|International Monetary Fund|She spent eleven years at the International Monetary Fund",
"x:aide_to|Amina Wekesa|William Ruto|as an economic adviser to President William Ruto",
"x:leads|William Ruto|Kenya|as an economic adviser to President William Ruto",
"x:educated_at|Amina Wekesa|University of Nairobi|She studied economics at the University of Nairobi",
"x:educated_at|Amina Wekesa|London School of Economics|She studied economics at the University of Nairobi",
"x:met_with|Amina Wekesa|Haimanot Teferra|She met an IMF staff team",
"works_for|Haimanot Teferra|International Monetary Fund|She met an IMF staff team",
"x:leads|John Mbadi|National Treasury|Wekesa replaces John Mbadi|Kenya",
"works_for|John Mbadi|Kenyan Ministry of Energy|Wekesa replaces John Mbadi",
"x:aide_to|Peter Otieno|Amina Wekesa|Her chief of staff, Peter Otieno",
"works_for|Peter Otieno|Equity Bank|Her chief of staff, Peter Otieno",
],
neg: [
"visited|Amina Wekesa|Washington|a future trip; she worked there",
"leads|Amina Wekesa|International Monetary Fund|deputy director of a department, not head",
],
},
{
id: "069-sanctions-threat-lifted",
title: "Washington threatens Georgian officials with sanctions, lifts curbs on bank",
date: "2025-09-02",
body: `
The United States warned on Tuesday that it could sanction Georgian officials responsible for a crackdown on protesters in Tbilisi, and at the same time lifted restrictions on a Georgian bank it had penalised last year.

State Department spokeswoman Tammy Bruce said Washington was "prepared to act" against those who ordered the violence, naming no one. Interior Minister Vakhtang Gomelauri and Tbilisi mayor Kakha Kaladze were among those who could be targeted, two officials said.

The Treasury removed Kartli Commercial Bank from its sanctions list after the lender sold its Russian-owned unit. It had been designated in March 2024.

Gomelauri was sanctioned by the United Kingdom in April, a step the European Union discussed but has not taken because Hungary and Slovakia objected.

Prime Minister Irakli Kobakhidze, whose Georgian Dream party founder Bidzina Ivanishvili was designated by the Treasury in December, said the threats would not change policy. He had planned to visit Washington in October but the trip was cancelled.

Kobakhidze met the U.S. chargé d'affaires in Tbilisi, Alan Purcell, on Monday, his office said.
`,
ents: ["United States|C|Washington|U.S.", "Georgia|C|Georgian", "Tbilisi|L", "U.S. Department of State|O|State Department", "Tammy Bruce|P", "Vakhtang Gomelauri|P|Gomelauri", "Kakha Kaladze|P", "U.S. Department of the Treasury|O|Treasury", "Kartli Commercial Bank|O", "United Kingdom|C", "European Union|O", "Hungary|C", "Slovakia|C", "Irakli Kobakhidze|P|Kobakhidze", "Georgian Dream|O", "Bidzina Ivanishvili|P", "Alan Purcell|P"],
rels: [
"works_for|Tammy Bruce|U.S. Department of State|State Department spokeswoman Tammy Bruce",
"x:leads|Vakhtang Gomelauri|Georgia|Interior Minister Vakhtang Gomelauri and Tbilisi mayor",
"sanctioned_by|Vakhtang Gomelauri|United Kingdom|Gomelauri was sanctioned by the United Kingdom",
"leads|Irakli Kobakhidze|Georgia|Prime Minister Irakli Kobakhidze, whose Georgian Dream",
"works_for|Irakli Kobakhidze|Georgian Dream|Prime Minister Irakli Kobakhidze, whose Georgian Dream",
"sanctioned_by|Bidzina Ivanishvili|U.S. Department of the Treasury|was designated by the Treasury in December|United States",
"met_with|Irakli Kobakhidze|Alan Purcell|Kobakhidze met the U.S. chargé",
"envoy_of|Alan Purcell|United States|Kobakhidze met the U.S. chargé",
],
neg: [
"sanctioned_by|Vakhtang Gomelauri|United States|threatened only",
"sanctioned_by|Kakha Kaladze|United States|threatened only",
"sanctioned_by|Kartli Commercial Bank|U.S. Department of the Treasury|removed from the list: lifted",
"sanctioned_by|Vakhtang Gomelauri|European Union|discussed, not taken",
"visited|Irakli Kobakhidze|United States|planned trip, cancelled",
"envoy_of|Alan Purcell|Georgia|Georgia is the receiving country",
],
},
{
id: "070-calls-not-meetings-gulf",
title: "Qatari mediator works the phones as Gaza talks stall",
date: "2025-10-21",
body: `
Qatar's minister of state for foreign affairs, Mohammed Al-Khulaifi, spent Monday on the telephone with Egyptian, Israeli and American officials but held no face-to-face talks, diplomats in Doha said.

He spoke first to Egyptian intelligence chief Hassan Rashad and later to Israeli strategic affairs minister Ron Dermer, a Qatari official said. A video conference with U.S. envoy Steve Witkoff followed in the evening.

Al-Khulaifi had been due to fly to Cairo on Sunday, but the trip was postponed. He has not met Dermer since the summer, the official said.

Hamas said its delegation, led by Khalil al-Hayya, was in Doha and ready to meet the mediators. Al-Hayya did meet Turkish intelligence chief Ibrahim Kalin in the Qatari capital last week, Turkish media said.

Witkoff is expected in the region at the end of the month. Washington has threatened to sanction Hamas officials in Turkey if the talks collapse; Hamas as a group has been designated by the State Department since 1997.

Egypt's foreign minister, Badr Abdelatty, is expected to receive both delegations in Cairo next week.
`,
ents: ["Qatar|C|Qatari", "Mohammed Al-Khulaifi|P|Al-Khulaifi", "Egypt|C|Egyptian", "Israel|C|Israeli", "United States|C|U.S.|Washington", "Doha|L", "Hassan Rashad|P", "Ron Dermer|P|Dermer", "Steve Witkoff|P|Witkoff", "Cairo|L", "Hamas|O", "Khalil al-Hayya|P|Al-Hayya", "Turkey|C|Turkish", "Ibrahim Kalin|P", "U.S. Department of State|O|State Department", "Badr Abdelatty|P"],
rels: [
"works_for|Khalil al-Hayya|Hamas|Hamas said its delegation, led by Khalil al-Hayya",
"leads|Ron Dermer|Israel|to Israeli strategic affairs minister Ron Dermer",
"envoy_of|Steve Witkoff|United States|A video conference with U.S. envoy Steve Witkoff",
"met_with|Khalil al-Hayya|Ibrahim Kalin|Al-Hayya did meet Turkish intelligence chief Ibrahim Kalin",
"sanctioned_by|Hamas|U.S. Department of State|has been designated by the State Department since 1997|United States",
"leads|Badr Abdelatty|Egypt|Egypt's foreign minister, Badr Abdelatty",
],
neg: [
"met_with|Mohammed Al-Khulaifi|Hassan Rashad|a telephone call",
"met_with|Mohammed Al-Khulaifi|Ron Dermer|a telephone call; 'has not met Dermer since the summer'",
"met_with|Mohammed Al-Khulaifi|Steve Witkoff|a video conference",
"visited|Mohammed Al-Khulaifi|Cairo|trip postponed",
"met_with|Khalil al-Hayya|Mohammed Al-Khulaifi|'ready to meet': not a meeting",
"visited|Steve Witkoff|Doha|expected in the region",
"met_with|Badr Abdelatty|Hamas|a future meeting",
"sanctioned_by|Khalil al-Hayya|United States|threatened only",
],
},
{
id: "071-envoy-nominee-not-confirmed",
title: "Senate delays vote on Sahel envoy nominee; acting envoy tours region",
date: "2025-11-04",
body: `
The U.S. Senate Foreign Relations Committee on Monday postponed a vote on Daniel Okafor-Reed, President Donald Trump's nominee for special envoy for the Sahel, after two senators raised questions about his business ties in Niger.

Okafor-Reed, a former executive at the mining firm Saharan Resources, has not been confirmed and holds no government post. He has never visited the region in an official capacity, his spokesman said.

In the meantime, acting special envoy Laura Kincaid is touring West Africa. She arrived in Dakar on Friday and met Senegalese Prime Minister Ousmane Sonko, then went on to Nouakchott, where she held talks with Mauritanian Defence Minister Hanena Sidi.

Kincaid, a career Foreign Service officer who studied at Georgetown University, had planned to go to Bamako as well. That leg was dropped after the Malian junta declined to receive her. She did not meet any Malian officials, the State Department said.

Committee chairman Jim Risch said the panel would take up the nomination again "when the record is complete."
`,
ents: ["U.S. Senate Foreign Relations Committee|O|Senate Foreign Relations Committee", "Daniel Okafor-Reed|P|Okafor-Reed", "Donald Trump|P", "United States|C|U.S.", "Niger|C", "Saharan Resources|O", "Laura Kincaid|P|Kincaid", "Dakar|L", "Senegal|C|Senegalese", "Ousmane Sonko|P", "Nouakchott|L", "Mauritania|C|Mauritanian", "Hanena Sidi|P", "Georgetown University|O", "Bamako|L", "Mali|C|Malian", "U.S. Department of State|O|State Department", "Jim Risch|P"],
rels: [
"works_for|Daniel Okafor-Reed|Saharan Resources|a former executive at the mining firm Saharan Resources",
"x:visited|Laura Kincaid|Dakar|She arrived in Dakar on Friday",
"x:met_with|Laura Kincaid|Ousmane Sonko|She arrived in Dakar on Friday",
"leads|Ousmane Sonko|Senegal|She arrived in Dakar on Friday",
"x:visited|Laura Kincaid|Nouakchott|She arrived in Dakar on Friday",
"x:met_with|Laura Kincaid|Hanena Sidi|She arrived in Dakar on Friday",
"leads|Hanena Sidi|Mauritania|She arrived in Dakar on Friday",
"educated_at|Laura Kincaid|Georgetown University|who studied at Georgetown University",
"x:envoy_of|Laura Kincaid|United States|acting special envoy Laura Kincaid is touring West Africa",
"x:works_for|Laura Kincaid|U.S. Department of State|a career Foreign Service officer",
"leads|Jim Risch|U.S. Senate Foreign Relations Committee|Committee chairman Jim Risch said",
"leads|Donald Trump|United States|President Donald Trump's nominee",
],
neg: [
"envoy_of|Daniel Okafor-Reed|Donald Trump|a nominee, not confirmed",
"envoy_of|Daniel Okafor-Reed|United States|a nominee, not confirmed",
"visited|Laura Kincaid|Bamako|planned leg dropped",
"visited|Daniel Okafor-Reed|Niger|'never visited the region'",
],
},
{
id: "072-unsmil-special-representative",
title: "Special Representative for Libya meets Presidential Council head, HoR Speaker",
date: "2025-06-05",
body: `
TRIPOLI - The Special Representative of the Secretary-General for Libya and Head of the United Nations Support Mission in Libya (UNSMIL), Hanna Serwaa Tetteh, met on Wednesday in Tripoli with the Chairman of the Presidential Council, Mohamed al-Menfi.

The Special Representative briefed him on the work of the advisory committee on electoral laws. The two sides agreed on the need for a unified government able to organise elections.

On Thursday, the Special Representative travelled to Benghazi, where she met the Speaker of the House of Representatives, Aguila Saleh, and the commander of the Libyan National Army, Khalifa Haftar. She was accompanied by the Deputy Special Representative for Political Affairs, Stephanie Koury.

Ms. Tetteh also held a virtual meeting with members of the High Council of State, including its chairman, Mohamed Takala.

UNSMIL reiterated its call on all parties to refrain from unilateral actions. The Special Representative will brief the Security Council on 24 June.
`,
ents: ["Tripoli|L|TRIPOLI", "United Nations Support Mission in Libya|O|UNSMIL", "United Nations|O", "Libya|C", "Hanna Serwaa Tetteh|P|Tetteh", "Presidential Council|O", "Mohamed al-Menfi|P", "Benghazi|L", "House of Representatives|O", "Aguila Saleh|P", "Libyan National Army|O", "Khalifa Haftar|P", "Stephanie Koury|P", "High Council of State|O", "Mohamed Takala|P", "UN Security Council|O|Security Council"],
rels: [
"envoy_of|Hanna Serwaa Tetteh|United Nations|The Special Representative of the Secretary-General for Libya",
"leads|Hanna Serwaa Tetteh|United Nations Support Mission in Libya|The Special Representative of the Secretary-General for Libya",
"met_with|Hanna Serwaa Tetteh|Mohamed al-Menfi|The Special Representative of the Secretary-General for Libya",
"leads|Mohamed al-Menfi|Presidential Council|The Special Representative of the Secretary-General for Libya",
"x:visited|Hanna Serwaa Tetteh|Benghazi|the Special Representative travelled to Benghazi",
"x:met_with|Hanna Serwaa Tetteh|Aguila Saleh|the Special Representative travelled to Benghazi",
"x:met_with|Hanna Serwaa Tetteh|Khalifa Haftar|the Special Representative travelled to Benghazi",
"leads|Aguila Saleh|House of Representatives|the Special Representative travelled to Benghazi",
"leads|Khalifa Haftar|Libyan National Army|the Special Representative travelled to Benghazi",
"x:met_with|Stephanie Koury|Aguila Saleh|She was accompanied by the Deputy Special Representative",
"x:met_with|Stephanie Koury|Khalifa Haftar|She was accompanied by the Deputy Special Representative",
"x:visited|Stephanie Koury|Benghazi|She was accompanied by the Deputy Special Representative",
"x:envoy_of|Stephanie Koury|United Nations|She was accompanied by the Deputy Special Representative",
"leads|Mohamed Takala|High Council of State|including its chairman, Mohamed Takala",
],
neg: [
"met_with|Hanna Serwaa Tetteh|Mohamed Takala|a virtual meeting",
"met_with|Hanna Serwaa Tetteh|High Council of State|a virtual meeting",
"envoy_of|Hanna Serwaa Tetteh|Libya|Libya is the brief",
"visited|Hanna Serwaa Tetteh|Tripoli|the mission's seat and meeting place, not a stated trip",
],
},
{
id: "073-indonesia-mfa-bilateral",
title: "Indonesian Foreign Minister receives Timor-Leste, Papua New Guinea counterparts",
date: "2025-08-14",
body: `
Ministry of Foreign Affairs of the Republic of Indonesia - Press Release.

Minister for Foreign Affairs Sugiono on 13 August received the Minister of Foreign Affairs and Cooperation of Timor-Leste, Bendito dos Santos Freitas, at the Pancasila Building in Jakarta. The two ministers discussed Timor-Leste's accession to ASEAN, border demarcation and a joint energy project.

Minister Freitas, who is on a three-day visit to Indonesia, also called on Coordinating Minister for Political and Security Affairs Budi Gunawan and visited the province of East Nusa Tenggara.

On the same day, Deputy Minister for Foreign Affairs Arrmanatha Nasir met the Foreign Minister of Papua New Guinea, Justin Tkatchenko, to prepare a visit by Prime Minister James Marape later this year. He also received the newly appointed Ambassador of Australia, Rod Brazier, who presented copies of his credentials.

Minister Sugiono is scheduled to attend the Pacific Islands Forum in Honiara in September. He spoke by telephone with Japanese Foreign Minister Takeshi Iwaya on 12 August.
`,
ents: ["Ministry of Foreign Affairs of the Republic of Indonesia|O|Ministry of Foreign Affairs", "Indonesia|C|Republic of Indonesia", "Sugiono|P", "Timor-Leste|C", "Bendito dos Santos Freitas|P|Freitas", "Pancasila Building|L", "Jakarta|L", "Association of Southeast Asian Nations|O|ASEAN", "Budi Gunawan|P", "East Nusa Tenggara|L", "Arrmanatha Nasir|P", "Papua New Guinea|C", "Justin Tkatchenko|P", "James Marape|P", "Australia|C", "Rod Brazier|P", "Pacific Islands Forum|O", "Honiara|L", "Japan|C|Japanese", "Takeshi Iwaya|P"],
rels: [
"leads|Sugiono|Ministry of Foreign Affairs of the Republic of Indonesia|Minister for Foreign Affairs Sugiono on 13 August|Indonesia",
"met_with|Sugiono|Bendito dos Santos Freitas|Minister for Foreign Affairs Sugiono on 13 August",
"leads|Bendito dos Santos Freitas|Timor-Leste|Minister for Foreign Affairs Sugiono on 13 August",
"visited|Bendito dos Santos Freitas|Indonesia|who is on a three-day visit to Indonesia",
"met_with|Bendito dos Santos Freitas|Budi Gunawan|who is on a three-day visit to Indonesia",
"leads|Budi Gunawan|Indonesia|also called on Coordinating Minister",
"visited|Bendito dos Santos Freitas|East Nusa Tenggara|visited the province of East Nusa Tenggara",
"works_for|Arrmanatha Nasir|Ministry of Foreign Affairs of the Republic of Indonesia|Deputy Minister for Foreign Affairs Arrmanatha Nasir met",
"met_with|Arrmanatha Nasir|Justin Tkatchenko|Deputy Minister for Foreign Affairs Arrmanatha Nasir met",
"leads|Justin Tkatchenko|Papua New Guinea|Deputy Minister for Foreign Affairs Arrmanatha Nasir met",
"leads|James Marape|Papua New Guinea|Deputy Minister for Foreign Affairs Arrmanatha Nasir met",
"x:met_with|Arrmanatha Nasir|Rod Brazier|He also received the newly appointed Ambassador of Australia",
"envoy_of|Rod Brazier|Australia|He also received the newly appointed Ambassador of Australia",
"leads|Takeshi Iwaya|Japan|Japanese Foreign Minister Takeshi Iwaya",
],
neg: [
"visited|James Marape|Indonesia|a future visit",
"visited|Sugiono|Honiara|scheduled, not yet held",
"met_with|Sugiono|Takeshi Iwaya|a telephone call",
"envoy_of|Rod Brazier|Indonesia|Indonesia is the receiving country",
"visited|Bendito dos Santos Freitas|Pancasila Building|the meeting venue",
],
},
{
id: "074-geneva-arms-negotiators",
title: "U.S., Soviet arms negotiators open new round (wire style)",
date: "2025-01-15",
body: `
GENEVA, Jan 15 - Chief U.S. arms negotiator Max Kampelman and his Soviet counterpart Yuli Vorontsov opened a new round of talks on nuclear and space weapons here today, meeting for two hours at the Soviet mission.

Kampelman, who returned to Geneva on Monday after consultations in Washington, told reporters afterwards the meeting had been "businesslike". He said he had brought new instructions from President Reagan but declined to give details.

Vorontsov, a first deputy foreign minister, said Moscow wanted an agreement on medium-range missiles by the summer. The envoy also said Soviet leader Mikhail Gorbachev was ready to meet Reagan again, though no date had been set.

The two sides will meet twice a week, a U.S. spokesman said. Defence groups in the two delegations, led by Ronald Lehman and Viktor Karpov, met separately in the afternoon.

Western diplomats said the talks would be reviewed when Secretary of State George Shultz travels to Moscow next month. Budget officials in Washington put the cost of the Strategic Defense Initiative at 4.8 billion dlrs for the coming year.

REUTER
`,
ents: ["Geneva|L|GENEVA", "United States|C|U.S.", "Max Kampelman|P|Kampelman", "Soviet Union|C|Soviet", "Yuli Vorontsov|P|Vorontsov", "Soviet mission in Geneva|L|Soviet mission", "Washington|L", "Ronald Reagan|P|Reagan", "Mikhail Gorbachev|P", "Ronald Lehman|P", "Viktor Karpov|P", "George Shultz|P", "Moscow|L"],
rels: [
"envoy_of|Max Kampelman|United States|Chief U.S. arms negotiator Max Kampelman",
"met_with|Max Kampelman|Yuli Vorontsov|Chief U.S. arms negotiator Max Kampelman",
"visited|Max Kampelman|Geneva|who returned to Geneva on Monday",
"visited|Max Kampelman|Washington|after consultations in Washington",
"x:leads|Ronald Reagan|United States|new instructions from President Reagan",
"x:envoy_of|Yuli Vorontsov|Soviet Union|The envoy also said Soviet leader",
"leads|Mikhail Gorbachev|Soviet Union|The envoy also said Soviet leader",
"met_with|Ronald Lehman|Viktor Karpov|led by Ronald Lehman and Viktor Karpov",
"x:leads|George Shultz|United States|Secretary of State George Shultz travels to Moscow",
],
neg: [
"met_with|Mikhail Gorbachev|Ronald Reagan|a possible future meeting",
"visited|George Shultz|Moscow|a future trip",
"visited|Yuli Vorontsov|Soviet mission in Geneva|the meeting venue",
],
},
{
id: "075-vienna-opec-ministers",
title: "OPEC ministers gather in Vienna to defend price (wire style)",
date: "2025-12-09",
body: `
VIENNA, Dec 9 - Oil ministers of the Organization of Petroleum Exporting Countries met here today to seek agreement on output quotas to defend a reference price of 18 dlrs a barrel.

Saudi Oil Minister Hisham Nazer, Iranian Oil Minister Gholamreza Aqazadeh, Kuwaiti Oil Minister Ali Khalifa al-Sabah, Nigerian Petroleum Minister Rilwanu Lukman, Venezuelan Energy Minister Arturo Hernandez Grisanti and Indonesian Mines and Energy Minister Subroto attended the opening session, which was chaired by Lukman as OPEC president.

Iraq, which has refused its quota of 1.54 mln barrels a day, sent its oil minister Qasim Ahmad Taqi. He held talks with Nazer for an hour before the session, delegates said.

Subroto told reporters that ministers had telephoned Mexico and Norway to seek cuts by non-OPEC producers. Norwegian Oil Minister Arne Oeien said in Oslo that his country would not attend.

OPEC Secretary-General Fadhil al-Chalabi, who arrived from Baghdad on Sunday, said output last month was about 18.5 mln barrels a day.

REUTER
`,
ents: ["Vienna|L|VIENNA", "Organization of Petroleum Exporting Countries|O|OPEC", "Saudi Arabia|C|Saudi", "Hisham Nazer|P|Nazer", "Iran|C|Iranian", "Gholamreza Aqazadeh|P", "Kuwait|C|Kuwaiti", "Ali Khalifa al-Sabah|P", "Nigeria|C|Nigerian", "Rilwanu Lukman|P|Lukman", "Venezuela|C|Venezuelan", "Arturo Hernandez Grisanti|P", "Indonesia|C|Indonesian", "Subroto|P", "Iraq|C", "Qasim Ahmad Taqi|P", "Mexico|C", "Norway|C|Norwegian", "Arne Oeien|P", "Oslo|L", "Fadhil al-Chalabi|P", "Baghdad|L"],
rels: [
"leads|Hisham Nazer|Saudi Arabia|Saudi Oil Minister Hisham Nazer",
"leads|Gholamreza Aqazadeh|Iran|Saudi Oil Minister Hisham Nazer",
"leads|Ali Khalifa al-Sabah|Kuwait|Saudi Oil Minister Hisham Nazer",
"leads|Rilwanu Lukman|Nigeria|Saudi Oil Minister Hisham Nazer",
"leads|Arturo Hernandez Grisanti|Venezuela|Saudi Oil Minister Hisham Nazer",
"leads|Subroto|Indonesia|Saudi Oil Minister Hisham Nazer",
"leads|Rilwanu Lukman|Organization of Petroleum Exporting Countries|Saudi Oil Minister Hisham Nazer",
"met_with|Rilwanu Lukman|Hisham Nazer|Saudi Oil Minister Hisham Nazer",
"met_with|Rilwanu Lukman|Gholamreza Aqazadeh|Saudi Oil Minister Hisham Nazer",
"met_with|Rilwanu Lukman|Ali Khalifa al-Sabah|Saudi Oil Minister Hisham Nazer",
"met_with|Rilwanu Lukman|Arturo Hernandez Grisanti|Saudi Oil Minister Hisham Nazer",
"met_with|Rilwanu Lukman|Subroto|Saudi Oil Minister Hisham Nazer",
"leads|Qasim Ahmad Taqi|Iraq|sent its oil minister Qasim Ahmad Taqi",
"x:met_with|Qasim Ahmad Taqi|Hisham Nazer|He held talks with Nazer for an hour",
"leads|Arne Oeien|Norway|Norwegian Oil Minister Arne Oeien",
"leads|Fadhil al-Chalabi|Organization of Petroleum Exporting Countries|OPEC Secretary-General Fadhil al-Chalabi",
"x:visited|Fadhil al-Chalabi|Vienna|who arrived from Baghdad on Sunday",
],
neg: [
"met_with|Subroto|Arne Oeien|ministers telephoned Norway; Norway will not attend",
"visited|Arne Oeien|Vienna|'would not attend'",
"visited|Fadhil al-Chalabi|Baghdad|he came from there",
],
},
];
