// Articles 056-065: agency reports from Africa, Asia and Latin America, designation notices,
// long lists of names. Written for the Liaison sample corpus.
export default [
{
id: "056-ecowas-mediators-niamey",
title: "ECOWAS mediators hold talks in Niamey on transition timetable",
date: "2025-02-18",
body: `
ABUJA (Agency) - A mediation team of the Economic Community of West African States (ECOWAS) arrived in Niamey on Monday for talks with Niger's military authorities on a timetable for a return to civilian rule.

The delegation, led by former Nigerian head of state Abdulkadir Bello, the ECOWAS mediator for Niger, was received by General Moussa Tiani, who heads the ruling National Council for the Safeguard of the Homeland. It also included Togolese Foreign Minister Komlan Adjovi and the President of the ECOWAS Commission, Alhaji Sekou Jallow.

Bello said the two sides had held "frank and cordial" discussions. He told reporters that the bloc had not lifted the sanctions it imposed on Niger in 2023 but was ready to review them.

Burkina Faso's foreign minister, Aminata Ouédraogo, who was in Niamey for a separate visit, did not meet the mediators, her ministry said. Malian officials said Bamako had not been invited.

The team is due to report to a summit of ECOWAS heads of state in Abuja next month.
`,
ents: ["Abuja|L|ABUJA", "Economic Community of West African States|O|ECOWAS", "Niamey|L", "Niger|C", "Abdulkadir Bello|P|Bello", "Nigeria|C|Nigerian", "Moussa Tiani|P", "National Council for the Safeguard of the Homeland|O", "Togo|C|Togolese", "Komlan Adjovi|P", "ECOWAS Commission|O", "Alhaji Sekou Jallow|P", "Burkina Faso|C", "Aminata Ouédraogo|P", "Mali|C|Malian", "Bamako|L"],
rels: [
"visited|Economic Community of West African States|Niamey|arrived in Niamey on Monday",
"envoy_of|Abdulkadir Bello|Economic Community of West African States|the ECOWAS mediator for Niger",
"met_with|Abdulkadir Bello|Moussa Tiani|was received by General Moussa Tiani",
"leads|Abdulkadir Bello|Nigeria|former Nigerian head of state Abdulkadir Bello",
"leads|Moussa Tiani|National Council for the Safeguard of the Homeland|who heads the ruling National Council",
"x:met_with|Komlan Adjovi|Moussa Tiani|It also included Togolese Foreign Minister",
"x:met_with|Alhaji Sekou Jallow|Moussa Tiani|It also included Togolese Foreign Minister",
"leads|Komlan Adjovi|Togo|It also included Togolese Foreign Minister",
"leads|Alhaji Sekou Jallow|ECOWAS Commission|It also included Togolese Foreign Minister",
"x:visited|Abdulkadir Bello|Niamey|arrived in Niamey on Monday",
"leads|Aminata Ouédraogo|Burkina Faso|Burkina Faso's foreign minister, Aminata Ouédraogo",
"visited|Aminata Ouédraogo|Niamey|Burkina Faso's foreign minister, Aminata Ouédraogo",
"x:sanctioned_by|Niger|Economic Community of West African States|had not lifted the sanctions it imposed on Niger in 2023",
],
neg: [
"met_with|Aminata Ouédraogo|Abdulkadir Bello|'did not meet the mediators'",
"met_with|Komlan Adjovi|Abdulkadir Bello|same delegation, not cross-side",
"envoy_of|Abdulkadir Bello|Niger|Niger is the brief, not the sender",
"visited|Abdulkadir Bello|Abuja|a future summit",
],
},
{
id: "057-au-peace-council-juba",
title: "AU commissioner, IGAD envoy see Kiir in Juba as South Sudan tensions rise",
date: "2025-04-03",
body: `
JUBA (Agency) - The African Union Commissioner for Political Affairs, Peace and Security, Bankole Adeyemi, met President Salva Kiir in Juba on Wednesday, a day after arriving from Addis Ababa, the presidency said.

Adeyemi was accompanied by the special envoy of the Intergovernmental Authority on Development (IGAD) for South Sudan, Kenyan diplomat Grace Wanjiru, and by the AU's representative in Juba, Joseph Mutasa. They urged the release of First Vice President Riek Machar, who has been under house arrest since March.

The commissioner said he had asked to see Machar but had not been allowed to. "We did not meet him, and we regret that," he said.

Wanjiru, a former Kenyan ambassador to Ethiopia, later held separate talks with Defence Minister Chol Thon Balok. She told Radio Tamazuj that the two sides had agreed to keep channels open.

Uganda's President Yoweri Museveni, who sent troops to Juba in March, spoke with Kiir by telephone on Tuesday, Ugandan state media reported.
`,
ents: ["Juba|L|JUBA", "African Union|O|AU", "Bankole Adeyemi|P|Adeyemi", "Salva Kiir|P|Kiir", "Addis Ababa|L", "Intergovernmental Authority on Development|O|IGAD", "South Sudan|C", "Kenya|C|Kenyan", "Grace Wanjiru|P|Wanjiru", "Joseph Mutasa|P", "Riek Machar|P|Machar", "Ethiopia|C", "Chol Thon Balok|P", "Radio Tamazuj|O", "Uganda|C|Ugandan", "Yoweri Museveni|P"],
rels: [
"works_for|Bankole Adeyemi|African Union|The African Union Commissioner for Political Affairs",
"met_with|Bankole Adeyemi|Salva Kiir|The African Union Commissioner for Political Affairs",
"visited|Bankole Adeyemi|Juba|a day after arriving from Addis Ababa",
"x:leads|Salva Kiir|South Sudan|met President Salva Kiir in Juba",
"envoy_of|Grace Wanjiru|Intergovernmental Authority on Development|the special envoy of the Intergovernmental Authority",
"envoy_of|Joseph Mutasa|African Union|the AU's representative in Juba, Joseph Mutasa",
"x:met_with|Grace Wanjiru|Salva Kiir|the special envoy of the Intergovernmental Authority",
"x:met_with|Joseph Mutasa|Salva Kiir|the special envoy of the Intergovernmental Authority",
"envoy_of|Grace Wanjiru|Kenya|a former Kenyan ambassador to Ethiopia",
"met_with|Grace Wanjiru|Chol Thon Balok|later held separate talks with Defence Minister",
"x:leads|Chol Thon Balok|South Sudan|later held separate talks with Defence Minister",
"leads|Yoweri Museveni|Uganda|Uganda's President Yoweri Museveni",
],
neg: [
"met_with|Bankole Adeyemi|Riek Machar|'We did not meet him'",
"met_with|Yoweri Museveni|Salva Kiir|a telephone call",
"envoy_of|Grace Wanjiru|South Sudan|South Sudan is the brief",
"envoy_of|Grace Wanjiru|Ethiopia|Ethiopia was the receiving country",
"visited|Yoweri Museveni|Juba|he sent troops; no trip stated",
],
},
{
id: "058-sadc-ministers-harare-list",
title: "SADC ministers meet in Harare on eastern Congo force",
date: "2025-06-12",
body: `
HARARE (Agency) - Foreign and defence ministers of the Southern African Development Community (SADC) met in Harare on Thursday to review the bloc's withdrawal from eastern Congo, the SADC Secretariat said.

The meeting, chaired by Zimbabwean Foreign Minister Tendai Murerwa, brought together South Africa's Defence Minister Nomvula Dlamini, Malawi's Foreign Minister Chikondi Phiri, Tanzania's Foreign Minister Rashid Mwinyi, Zambian Defence Minister Mulenga Banda, Mozambique's Foreign Minister Isabel Cossa and Angolan Foreign Minister Manuel dos Santos Neto.

SADC Executive Secretary Elias Magosi, who flew in from Gaborone, said the ministers had agreed on a phased timetable. He said the Congolese delegation, led by Deputy Foreign Minister Patrick Kalonji, took part in the closed session.

Rwanda was not represented. Rwandan officials said Kigali had received no invitation.

Murerwa later received the Chinese ambassador, Zhou Hanqing, on the margins of the meeting, the ministry said.
`,
ents: ["Harare|L|HARARE", "Southern African Development Community|O|SADC", "SADC Secretariat|O", "Democratic Republic of the Congo|C|Congolese|Congo", "Zimbabwe|C|Zimbabwean", "Tendai Murerwa|P|Murerwa", "South Africa|C", "Nomvula Dlamini|P", "Malawi|C", "Chikondi Phiri|P", "Tanzania|C", "Rashid Mwinyi|P", "Zambia|C|Zambian", "Mulenga Banda|P", "Mozambique|C", "Isabel Cossa|P", "Angola|C|Angolan", "Manuel dos Santos Neto|P", "Elias Magosi|P", "Gaborone|L", "Patrick Kalonji|P", "Rwanda|C|Rwandan", "Kigali|L", "China|C|Chinese", "Zhou Hanqing|P"],
rels: [
"leads|Tendai Murerwa|Zimbabwe|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"leads|Nomvula Dlamini|South Africa|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"leads|Chikondi Phiri|Malawi|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"leads|Rashid Mwinyi|Tanzania|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"leads|Mulenga Banda|Zambia|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"leads|Isabel Cossa|Mozambique|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"leads|Manuel dos Santos Neto|Angola|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"met_with|Tendai Murerwa|Nomvula Dlamini|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"met_with|Tendai Murerwa|Chikondi Phiri|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"met_with|Tendai Murerwa|Rashid Mwinyi|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"met_with|Tendai Murerwa|Mulenga Banda|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"met_with|Tendai Murerwa|Isabel Cossa|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"met_with|Tendai Murerwa|Manuel dos Santos Neto|chaired by Zimbabwean Foreign Minister Tendai Murerwa",
"works_for|Elias Magosi|Southern African Development Community|SADC Executive Secretary Elias Magosi",
"x:visited|Elias Magosi|Harare|who flew in from Gaborone",
"met_with|Tendai Murerwa|Zhou Hanqing|Murerwa later received the Chinese ambassador",
"envoy_of|Zhou Hanqing|China|Murerwa later received the Chinese ambassador",
],
neg: [
"visited|Elias Magosi|Gaborone|he flew in from Gaborone",
"envoy_of|Zhou Hanqing|Zimbabwe|Zimbabwe is the receiving country",
],
},
{
id: "059-asean-envoy-naypyitaw",
title: "ASEAN special envoy meets Myanmar junta chief, denied access to Suu Kyi",
date: "2025-08-21",
body: `
KUALA LUMPUR (Agency) - The ASEAN chair's special envoy on Myanmar, former Malaysian foreign minister Datuk Hamzah Rashid, met Senior General Min Aung Hlaing in Naypyitaw on Wednesday, Malaysia's foreign ministry said.

It was the envoy's second trip to Myanmar since his appointment in January. He also held talks with the military-appointed foreign minister, Than Swe, and with representatives of the Karen National Union in Mae Sot, on the Thai border, a day earlier.

Hamzah said he had again asked to see detained leader Aung San Suu Kyi but was refused. "I have not met her, and I will keep asking," he told reporters on his return to Kuala Lumpur.

The envoy, who studied law at the University of Malaya, is expected to brief ASEAN foreign ministers at their meeting in Vientiane next month. Thai Foreign Minister Kanya Srisuk, who spoke with him by video link on Thursday, said Bangkok supported his efforts.

Myanmar's National Unity Government, which the junta has outlawed, said its foreign minister Zin Mar Htay had held an online meeting with Hamzah on Tuesday.
`,
ents: ["Kuala Lumpur|L|KUALA LUMPUR", "Association of Southeast Asian Nations|O|ASEAN", "Myanmar|C", "Hamzah Rashid|P|Hamzah", "Malaysia|C|Malaysian", "Min Aung Hlaing|P", "Naypyitaw|L", "Malaysian Foreign Ministry|O|foreign ministry", "Than Swe|P", "Karen National Union|O", "Mae Sot|L", "Thailand|C|Thai|Bangkok", "Aung San Suu Kyi|P", "University of Malaya|O", "Vientiane|L", "Kanya Srisuk|P", "National Unity Government|O", "Zin Mar Htay|P"],
rels: [
"envoy_of|Hamzah Rashid|Association of Southeast Asian Nations|The ASEAN chair's special envoy on Myanmar",
"leads|Hamzah Rashid|Malaysia|former Malaysian foreign minister Datuk Hamzah Rashid",
"met_with|Hamzah Rashid|Min Aung Hlaing|met Senior General Min Aung Hlaing in Naypyitaw",
"x:visited|Hamzah Rashid|Myanmar|It was the envoy's second trip to Myanmar",
"x:met_with|Hamzah Rashid|Than Swe|He also held talks with the military-appointed foreign minister",
"x:met_with|Hamzah Rashid|Karen National Union|He also held talks with the military-appointed foreign minister",
"x:educated_at|Hamzah Rashid|University of Malaya|who studied law at the University of Malaya",
"leads|Kanya Srisuk|Thailand|Thai Foreign Minister Kanya Srisuk",
"leads|Zin Mar Htay|National Unity Government|its foreign minister Zin Mar Htay",
],
neg: [
"met_with|Hamzah Rashid|Aung San Suu Kyi|'I have not met her'",
"met_with|Kanya Srisuk|Hamzah Rashid|a video link",
"met_with|Zin Mar Htay|Hamzah Rashid|an online meeting",
"visited|Hamzah Rashid|Vientiane|a future meeting",
"envoy_of|Hamzah Rashid|Myanmar|Myanmar is the brief",
"leads|Than Swe|Myanmar|a contested, military-appointed title",
"visited|Hamzah Rashid|Mae Sot|only the place where talks were held",
],
},
{
id: "060-vietnam-philippines-ministers",
title: "Vietnamese, Philippine foreign ministers hold talks in Hanoi on South China Sea",
date: "2025-05-09",
body: `
HANOI (VNA) - Deputy Prime Minister and Foreign Minister Tran Minh Khoa held talks on Friday with Philippine Secretary of Foreign Affairs Rosario Dizon, who is on an official visit to Vietnam from May 8 to 10.

The two ministers agreed to step up coordination at sea and to conclude a code of conduct with China. Khoa proposed that the two sides hold the next session of their joint commission in Manila.

Dizon later paid a courtesy call on Prime Minister Le Thanh Hai at the Government headquarters. She also met National Assembly Chairwoman Nguyen Thi Thu Hien and laid a wreath at the Ho Chi Minh Mausoleum.

Dizon, a graduate of the Ateneo de Manila University and a former ambassador to Japan, told reporters she had discussed the issue with Chinese Foreign Minister Wang Yi on the telephone last week. She said she had not met Chinese officials during the visit.

The Chinese embassy in Hanoi did not comment.
`,
ents: ["Hanoi|L|HANOI", "Vietnam News Agency|O|VNA", "Tran Minh Khoa|P|Khoa", "Philippines|C|Philippine", "Rosario Dizon|P|Dizon", "Vietnam|C", "China|C|Chinese", "Manila|L", "Le Thanh Hai|P", "National Assembly of Vietnam|O|National Assembly", "Nguyen Thi Thu Hien|P", "Ho Chi Minh Mausoleum|L", "Ateneo de Manila University|O", "Japan|C", "Wang Yi|P", "Chinese Embassy in Hanoi|O|Chinese embassy"],
rels: [
"met_with|Tran Minh Khoa|Rosario Dizon|Deputy Prime Minister and Foreign Minister Tran Minh Khoa held talks",
"leads|Tran Minh Khoa|Vietnam|Deputy Prime Minister and Foreign Minister Tran Minh Khoa held talks",
"leads|Rosario Dizon|Philippines|Deputy Prime Minister and Foreign Minister Tran Minh Khoa held talks",
"visited|Rosario Dizon|Vietnam|who is on an official visit to Vietnam",
"met_with|Rosario Dizon|Le Thanh Hai|Dizon later paid a courtesy call on Prime Minister",
"x:leads|Le Thanh Hai|Vietnam|Dizon later paid a courtesy call on Prime Minister",
"x:met_with|Rosario Dizon|Nguyen Thi Thu Hien|She also met National Assembly Chairwoman",
"leads|Nguyen Thi Thu Hien|National Assembly of Vietnam|She also met National Assembly Chairwoman",
"x:visited|Rosario Dizon|Ho Chi Minh Mausoleum|laid a wreath at the Ho Chi Minh Mausoleum",
"educated_at|Rosario Dizon|Ateneo de Manila University|a graduate of the Ateneo de Manila University",
"x:envoy_of|Rosario Dizon|Philippines|a former ambassador to Japan",
"leads|Wang Yi|China|Chinese Foreign Minister Wang Yi",
],
neg: [
"met_with|Rosario Dizon|Wang Yi|a telephone conversation",
"visited|Rosario Dizon|Manila|a proposed future session",
"envoy_of|Rosario Dizon|Japan|Japan was the receiving country",
"met_with|Rosario Dizon|Chinese Embassy in Hanoi|'had not met Chinese officials'",
],
},
{
id: "061-mercosur-summit-asuncion",
title: "Mercosur leaders meet in Asunción; EU trade deal in focus",
date: "2025-07-03",
body: `
ASUNCIÓN (Agency) - Presidents of the Mercosur trade bloc met in the Paraguayan capital on Thursday, with the stalled agreement with the European Union at the top of the agenda.

Paraguayan President Federico Aquino, the summit host, received Argentina's Javier Milei, Brazil's Luiz Inácio Lula da Silva and Uruguay's Yamandú Orsi at the López Palace. Bolivian President Luis Arce, whose country joined the bloc as a full member last year, sent Foreign Minister Celinda Sosa in his place.

Aquino later held a bilateral meeting with Lula on the Itaipú dam, officials said. The two sides agreed to set a new tariff for the hydroelectric plant by August.

The European Commission's trade chief did not attend. EU negotiator Sabine Rademacher, who arrived in Asunción on Wednesday, met Paraguayan Foreign Minister Gustavo Benítez on the sidelines, his ministry said.

Milei, who flew home right after the session, did not hold bilateral talks with Lula, his spokesman Manuel Adorni confirmed. The two leaders have not met one-on-one since Milei took office.
`,
ents: ["Asunción|L|ASUNCIÓN", "Mercosur|O", "Paraguay|C|Paraguayan", "European Union|O|EU", "Federico Aquino|P|Aquino", "Javier Milei|P|Milei", "Argentina|C", "Luiz Inácio Lula da Silva|P|Lula", "Brazil|C", "Yamandú Orsi|P", "Uruguay|C", "López Palace|L", "Bolivia|C|Bolivian", "Luis Arce|P", "Celinda Sosa|P", "Itaipú dam|L", "European Commission|O", "Sabine Rademacher|P", "Gustavo Benítez|P", "Manuel Adorni|P"],
rels: [
"leads|Federico Aquino|Paraguay|Paraguayan President Federico Aquino, the summit host",
"met_with|Federico Aquino|Javier Milei|Paraguayan President Federico Aquino, the summit host",
"met_with|Federico Aquino|Luiz Inácio Lula da Silva|Paraguayan President Federico Aquino, the summit host",
"met_with|Federico Aquino|Yamandú Orsi|Paraguayan President Federico Aquino, the summit host",
"leads|Javier Milei|Argentina|Paraguayan President Federico Aquino, the summit host",
"leads|Luiz Inácio Lula da Silva|Brazil|Paraguayan President Federico Aquino, the summit host",
"leads|Yamandú Orsi|Uruguay|Paraguayan President Federico Aquino, the summit host",
"leads|Luis Arce|Bolivia|Bolivian President Luis Arce",
"leads|Celinda Sosa|Bolivia|Bolivian President Luis Arce",
"envoy_of|Sabine Rademacher|European Union|EU negotiator Sabine Rademacher",
"visited|Sabine Rademacher|Asunción|who arrived in Asunción on Wednesday",
"met_with|Sabine Rademacher|Gustavo Benítez|EU negotiator Sabine Rademacher",
"leads|Gustavo Benítez|Paraguay|EU negotiator Sabine Rademacher",
"aide_to|Manuel Adorni|Javier Milei|his spokesman Manuel Adorni confirmed",
],
neg: [
"met_with|Javier Milei|Luiz Inácio Lula da Silva|'did not hold bilateral talks'; 'have not met one-on-one'",
"met_with|Luis Arce|Federico Aquino|Arce did not attend; he sent his foreign minister",
"visited|Luis Arce|Asunción|Arce did not attend",
"visited|Federico Aquino|Itaipú dam|the subject of talks, not a trip",
"visited|Javier Milei|López Palace|the venue of the meeting, not a stated trip",
],
},
{
id: "062-colombia-eln-talks-havana",
title: "Colombian negotiators resume talks with ELN in Havana",
date: "2025-03-27",
body: `
HAVANA (Agency) - Colombian government negotiators and commanders of the National Liberation Army (ELN) resumed talks in the Cuban capital on Wednesday after a four-month suspension, the guarantor countries said.

The government delegation, headed by former senator Marta Lucía Cárdenas, sat down with an ELN team led by Pablo Beltrán Ochoa and including Aureliano Cárdenas Ruiz and Bernardo Téllez. Cárdenas, who studied sociology at the National University of Colombia, arrived from Bogotá on Monday.

Norway's special envoy to the peace process, Henrik Solheim-Aas, and Cuban Deputy Foreign Minister Josefina Vidal Pérez attended the opening session as guarantors. The envoy told reporters the two sides had agreed on an agenda for the first week.

President Gustavo Petro, who had threatened to end the process in January after attacks in Catatumbo, spoke with Cárdenas by phone on Tuesday, his office said. He did not travel to Havana.

The United States still lists the ELN as a foreign terrorist organisation. Washington removed Cuba from its list of state sponsors of terrorism in January but restored the designation a week later.
`,
ents: ["Havana|L|HAVANA", "Colombia|C|Colombian", "National Liberation Army|O|ELN", "Cuba|C|Cuban", "Marta Lucía Cárdenas|P|Cárdenas", "Pablo Beltrán Ochoa|P", "Aureliano Cárdenas Ruiz|P", "Bernardo Téllez|P", "National University of Colombia|O", "Bogotá|L", "Norway|C", "Henrik Solheim-Aas|P", "Josefina Vidal Pérez|P", "Gustavo Petro|P", "Catatumbo|L", "United States|C|Washington"],
rels: [
"met_with|Marta Lucía Cárdenas|Pablo Beltrán Ochoa|The government delegation, headed by former senator",
"met_with|Marta Lucía Cárdenas|Aureliano Cárdenas Ruiz|The government delegation, headed by former senator",
"met_with|Marta Lucía Cárdenas|Bernardo Téllez|The government delegation, headed by former senator",
"leads|Pablo Beltrán Ochoa|National Liberation Army|The government delegation, headed by former senator",
"works_for|Aureliano Cárdenas Ruiz|National Liberation Army|The government delegation, headed by former senator",
"works_for|Bernardo Téllez|National Liberation Army|The government delegation, headed by former senator",
"educated_at|Marta Lucía Cárdenas|National University of Colombia|who studied sociology at the National University of Colombia",
"x:visited|Marta Lucía Cárdenas|Havana|arrived from Bogotá on Monday",
"envoy_of|Henrik Solheim-Aas|Norway|Norway's special envoy to the peace process",
"x:leads|Gustavo Petro|Colombia|President Gustavo Petro, who had threatened",
"sanctioned_by|National Liberation Army|United States|still lists the ELN as a foreign terrorist organisation",
"sanctioned_by|Cuba|United States|restored the designation a week later",
],
neg: [
"met_with|Gustavo Petro|Marta Lucía Cárdenas|a phone call",
"visited|Gustavo Petro|Havana|'did not travel to Havana'",
"visited|Marta Lucía Cárdenas|Bogotá|she came from Bogotá",
"met_with|Pablo Beltrán Ochoa|Bernardo Téllez|same delegation",
],
},
{
id: "063-eu-council-sudan-listings",
title: "Sudan: Council lists four more persons over attacks on civilians in Darfur",
date: "2025-06-23",
body: `
Council of the EU, press release, Brussels.

The Council today added four individuals and two entities to the list of persons subject to restrictive measures in view of the situation in Sudan.

The newly listed persons are Abdelrahim Hamdan Dagalo, deputy commander of the Rapid Support Forces; Gen. Mirghani Idris Suleiman, director of the Defence Industries System; Ali Karti, secretary-general of the Sudanese Islamic Movement; and Jamal Osman Fadlallah, an RSF field commander in El Fasher. The entities are Zahra Gold Mining Company and Tamkeen Logistics.

They are responsible for serious human rights violations, obstruction of humanitarian access and the supply of arms. Abdelrahim Hamdan Dagalo and Ali Karti were also designated by the United States Department of the Treasury in 2023.

The listed individuals and entities are subject to an asset freeze and a travel ban applies to the persons, who may not enter or transit through EU territory.

The High Representative, who met the African Union Commission Chairperson in Addis Ababa last week, said the EU stood ready to support a ceasefire. Sanctions proposed against two further commanders were not adopted, pending unanimity.
`,
ents: ["Council of the European Union|O|Council of the EU|Council", "European Union|O|EU", "Brussels|L", "Sudan|C|Sudanese", "Abdelrahim Hamdan Dagalo|P", "Rapid Support Forces|O|RSF", "Mirghani Idris Suleiman|P", "Defence Industries System|O", "Ali Karti|P", "Sudanese Islamic Movement|O", "Jamal Osman Fadlallah|P", "El Fasher|L", "Zahra Gold Mining Company|O", "Tamkeen Logistics|O", "U.S. Department of the Treasury|O|United States Department of the Treasury", "United States|C", "African Union Commission|O", "Addis Ababa|L"],
rels: [
"x:sanctioned_by|Abdelrahim Hamdan Dagalo|Council of the European Union|The newly listed persons are|European Union",
"x:sanctioned_by|Mirghani Idris Suleiman|Council of the European Union|The newly listed persons are|European Union",
"x:sanctioned_by|Ali Karti|Council of the European Union|The newly listed persons are|European Union",
"x:sanctioned_by|Jamal Osman Fadlallah|Council of the European Union|The newly listed persons are|European Union",
"x:sanctioned_by|Zahra Gold Mining Company|Council of the European Union|The entities are Zahra Gold|European Union",
"x:sanctioned_by|Tamkeen Logistics|Council of the European Union|The entities are Zahra Gold|European Union",
"works_for|Abdelrahim Hamdan Dagalo|Rapid Support Forces|deputy commander of the Rapid Support Forces",
"works_for|Mirghani Idris Suleiman|Defence Industries System|director of the Defence Industries System",
"works_for|Ali Karti|Sudanese Islamic Movement|secretary-general of the Sudanese Islamic Movement",
"works_for|Jamal Osman Fadlallah|Rapid Support Forces|an RSF field commander in El Fasher",
"sanctioned_by|Abdelrahim Hamdan Dagalo|U.S. Department of the Treasury|were also designated by the United States Department|United States",
"sanctioned_by|Ali Karti|U.S. Department of the Treasury|were also designated by the United States Department|United States",
],
neg: [
"sanctioned_by|Sudan|Council of the European Union|the regime concerns the situation in Sudan; the country is not listed",
"visited|Jamal Osman Fadlallah|El Fasher|where he commands; no trip stated",
],
},
{
id: "064-ofac-dprk-it-workers",
title: "Treasury sanctions facilitators of DPRK IT worker revenue scheme",
date: "2025-08-27",
body: `
WASHINGTON — The Department of the Treasury's Office of Foreign Assets Control (OFAC) today sanctioned two individuals and four entities for their roles in generating revenue for the Democratic People's Republic of Korea (DPRK) through fraudulent information technology work.

Designated pursuant to Executive Order 13382 are Kim Song Chol, a representative of the Korea Sobaeksu Trading Company in Shenyang; Ri Jong Hyok, a banker with Foreign Trade Bank; and the companies Shenyang Geumpungri Network Technology, Liaoning Chosun Software Co., Vladivostok-based Amnok Soft LLC and Yanbian Silverstar Service.

Kim Song Chol, who traveled to Vladivostok at least twice in 2024, managed payments for workers placed with firms in Europe and North America.

Korea Sobaeksu Trading Company was previously designated by OFAC in 2023 and is also subject to United Nations sanctions.

"The DPRK continues to exploit the global tech sector," said Deputy Secretary of the Treasury Michael Faulkender. Secretary Scott Bessent met Japanese and South Korean counterparts in Seoul this month to coordinate enforcement, a Treasury spokesperson said.

The Republic of Korea's Ministry of Foreign Affairs said it would consider parallel designations. All property and interests in property of the persons named above in the United States or in the possession of U.S. persons are blocked.
`,
ents: ["U.S. Department of the Treasury|O|Department of the Treasury|Treasury", "Office of Foreign Assets Control|O|OFAC", "North Korea|C|Democratic People's Republic of Korea|DPRK", "Kim Song Chol|P", "Korea Sobaeksu Trading Company|O", "Shenyang|L", "Ri Jong Hyok|P", "Foreign Trade Bank|O", "Shenyang Geumpungri Network Technology|O", "Liaoning Chosun Software Co.|O", "Amnok Soft LLC|O", "Yanbian Silverstar Service|O", "Vladivostok|L", "United Nations|O", "Michael Faulkender|P", "Scott Bessent|P", "Seoul|L", "South Korea|C|South Korean|Republic of Korea", "Japan|C|Japanese", "South Korean Ministry of Foreign Affairs|O|Ministry of Foreign Affairs", "United States|C|U.S."],
rels: [
"x:sanctioned_by|Kim Song Chol|Office of Foreign Assets Control|Designated pursuant to Executive Order 13382|U.S. Department of the Treasury",
"x:sanctioned_by|Ri Jong Hyok|Office of Foreign Assets Control|Designated pursuant to Executive Order 13382|U.S. Department of the Treasury",
"x:sanctioned_by|Shenyang Geumpungri Network Technology|Office of Foreign Assets Control|Designated pursuant to Executive Order 13382|U.S. Department of the Treasury",
"x:sanctioned_by|Liaoning Chosun Software Co.|Office of Foreign Assets Control|Designated pursuant to Executive Order 13382|U.S. Department of the Treasury",
"x:sanctioned_by|Amnok Soft LLC|Office of Foreign Assets Control|Designated pursuant to Executive Order 13382|U.S. Department of the Treasury",
"x:sanctioned_by|Yanbian Silverstar Service|Office of Foreign Assets Control|Designated pursuant to Executive Order 13382|U.S. Department of the Treasury",
"works_for|Kim Song Chol|Korea Sobaeksu Trading Company|Designated pursuant to Executive Order 13382",
"works_for|Ri Jong Hyok|Foreign Trade Bank|Designated pursuant to Executive Order 13382",
"visited|Kim Song Chol|Vladivostok|who traveled to Vladivostok at least twice",
"sanctioned_by|Korea Sobaeksu Trading Company|Office of Foreign Assets Control|was previously designated by OFAC in 2023|U.S. Department of the Treasury;United Nations",
"works_for|Michael Faulkender|U.S. Department of the Treasury|said Deputy Secretary of the Treasury Michael Faulkender",
"leads|Scott Bessent|U.S. Department of the Treasury|Secretary Scott Bessent met Japanese",
],
neg: [
"sanctioned_by|Kim Song Chol|South Korean Ministry of Foreign Affairs|parallel designations only considered",
"sanctioned_by|North Korea|Office of Foreign Assets Control|the notice targets revenue facilitators; the country itself is not designated here",
],
},
{
id: "065-new-delhi-pakistan-talks",
title: "India, Pakistan foreign secretaries end talks without accord (wire style)",
date: "2025-11-17",
body: `
NEW DELHI, Nov 17 - Indian and Pakistani foreign secretaries ended two days of talks here today without agreement on troop withdrawals from the Siachen glacier, but said they would meet again in Islamabad in January.

Pakistan's Foreign Secretary Akhtar Hussain Qureshi, who arrived on Sunday, met Indian Foreign Secretary Vinod Malhotra twice and was received by Prime Minister Rajiv Gandhi for 40 minutes on Monday. He told reporters the two sides had "cleared the air" on several issues.

Malhotra said India would not accept a line drawn on maps alone. The secretary, a former ambassador to Moscow, added that trade talks worth about 200 mln dlrs a year would be handled by the commerce ministries.

Qureshi, educated at Government College in Lahore and at Oxford University, carried a letter from President Zia-ul-Haq to Gandhi. Indian officials said Zia had proposed a summit, but no date was set.

Sri Lankan Foreign Minister Shahul Hameed, who had been expected in New Delhi this week, postponed his visit, a Sri Lankan High Commission spokesman said.

REUTER
`,
ents: ["New Delhi|L|NEW DELHI", "India|C|Indian", "Pakistan|C|Pakistani", "Siachen glacier|L", "Islamabad|L", "Akhtar Hussain Qureshi|P|Qureshi", "Vinod Malhotra|P|Malhotra", "Rajiv Gandhi|P|Gandhi", "Moscow|L", "Government College|O", "Lahore|L", "Oxford University|O", "Zia-ul-Haq|P|Zia", "Sri Lanka|C|Sri Lankan", "Shahul Hameed|P", "Sri Lankan High Commission|O"],
rels: [
"x:visited|Akhtar Hussain Qureshi|New Delhi|who arrived on Sunday",
"met_with|Akhtar Hussain Qureshi|Vinod Malhotra|who arrived on Sunday",
"met_with|Akhtar Hussain Qureshi|Rajiv Gandhi|who arrived on Sunday",
"leads|Rajiv Gandhi|India|was received by Prime Minister Rajiv Gandhi",
"x:envoy_of|Vinod Malhotra|India|a former ambassador to Moscow",
"educated_at|Akhtar Hussain Qureshi|Government College|educated at Government College in Lahore",
"educated_at|Akhtar Hussain Qureshi|Oxford University|educated at Government College in Lahore",
"x:leads|Zia-ul-Haq|Pakistan|carried a letter from President Zia-ul-Haq",
"leads|Shahul Hameed|Sri Lanka|Sri Lankan Foreign Minister Shahul Hameed",
],
neg: [
"visited|Akhtar Hussain Qureshi|Islamabad|a future round; he is from there",
"met_with|Zia-ul-Haq|Rajiv Gandhi|a proposed summit; a letter is not a meeting",
"visited|Shahul Hameed|New Delhi|visit postponed",
"visited|Akhtar Hussain Qureshi|Siachen glacier|the subject of talks",
],
},
];
