// Articles 011-020 (February-May 2025). Written for the Liaison sample corpus.
export default [
{
id: "011-second-istanbul-round",
title: "Second Istanbul round on embassies ends without a deal on property",
date: "2025-04-10",
body: `
A second round of talks on the functioning of the Russian and American embassies ended in Istanbul on Thursday with progress on visas but no agreement on the return of seized diplomatic property.

Russia's newly arrived ambassador to the United States, Alexander Darchiev, led Moscow's team. He held about six hours of talks with a State Department delegation at the Russian consul general's residence, the Russian Foreign Ministry said. The American officials were not named.

Darchiev, a career diplomat who took up his post in Washington last month, said the meeting had been "constructive and businesslike." He previously headed the ministry's North America department.

Foreign Ministry spokeswoman Maria Zakharova said Moscow wanted direct flights restored as the next step. Washington has not committed to that.

The State Department said in a statement that the two sides had exchanged "concrete proposals" on banking access for diplomats. It said the talks did not touch on Ukraine.

A third round is expected later in the spring, possibly in Moscow or Washington, officials said. No date has been set.
`,
ents: ["Russia|C|Russian|Moscow", "United States|C|American|Washington", "Istanbul|L", "Alexander Darchiev|P|Darchiev", "U.S. Department of State|O|State Department", "Russian Foreign Ministry|O|Foreign Ministry", "Washington, D.C.|L|Washington", "Maria Zakharova|P", "Ukraine|C", "Moscow|L"],
rels: [
"envoy_of|Alexander Darchiev|Russia|Russia's newly arrived ambassador to the United States",
"met_with|Alexander Darchiev|U.S. Department of State|He held about six hours of talks with a State Department delegation",
"x:works_for|Alexander Darchiev|Russian Foreign Ministry|He previously headed the ministry's North America department",
"works_for|Maria Zakharova|Russian Foreign Ministry|Foreign Ministry spokeswoman Maria Zakharova",
"visited|Alexander Darchiev|Washington, D.C.|who took up his post in Washington last month",
],
neg: [
"visited|Alexander Darchiev|Moscow|a possible future venue",
"envoy_of|Alexander Darchiev|United States|the United States is the receiving country, not the sender",
],
},
{
id: "012-witkoff-st-petersburg",
title: "Vitkoff meets Putin in St. Petersburg for over four hours",
date: "2025-04-11",
body: `
President Vladimir Putin held more than four hours of talks with U.S. envoy Steve Witkoff in St. Petersburg on Friday, the Kremlin said, their third meeting since February.

Russian news agencies, which spelled the envoy's name "Vitkoff," showed him arriving at the presidential library in the city center. Kirill Dmitriev, Putin's investment envoy, greeted him at the airport and rode with him into town.

Kremlin foreign policy aide Yuri Ushakov also sat in on the talks, which focused on "aspects of a Ukrainian settlement," Kremlin spokesman Dmitry Peskov told reporters.

Witkoff did not speak to the press. President Donald Trump, flying to Florida, urged Moscow to "get moving" and repeated that he could impose secondary tariffs on buyers of Russian oil if there was no progress.

Dmitriev, who heads Russia's sovereign wealth fund, wrote on social media that the two sides were building "step by step" a better understanding.

Peskov said no phone call between Putin and Trump was planned for the coming days.
`,
ents: ["Vladimir Putin|P|Putin", "Steve Witkoff|P|Vitkoff", "United States|C|U.S.", "St. Petersburg|L", "Kremlin|O", "Russia|C|Russian|Moscow", "Kirill Dmitriev|P|Dmitriev", "Yuri Ushakov|P", "Dmitry Peskov|P|Peskov", "Donald Trump|P|Trump", "Florida|L", "Russian Direct Investment Fund|O|Russia's sovereign wealth fund", "Ukraine|C|Ukrainian"],
rels: [
"leads|Vladimir Putin|Russia|President Vladimir Putin held more than four hours",
"met_with|Vladimir Putin|Steve Witkoff|held more than four hours of talks with U.S. envoy Steve Witkoff",
"envoy_of|Steve Witkoff|United States|held more than four hours of talks with U.S. envoy Steve Witkoff",
"x:visited|Steve Witkoff|St. Petersburg|showed him arriving at the presidential library",
"envoy_of|Kirill Dmitriev|Vladimir Putin|Putin's investment envoy, greeted him",
"x:met_with|Kirill Dmitriev|Steve Witkoff|Putin's investment envoy, greeted him",
"aide_to|Yuri Ushakov|Vladimir Putin|Kremlin foreign policy aide Yuri Ushakov",
"works_for|Yuri Ushakov|Kremlin|Kremlin foreign policy aide Yuri Ushakov",
"x:met_with|Yuri Ushakov|Steve Witkoff|Kremlin foreign policy aide Yuri Ushakov",
"works_for|Dmitry Peskov|Kremlin|Kremlin spokesman Dmitry Peskov",
"leads|Donald Trump|United States|President Donald Trump, flying to Florida",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|who heads Russia's sovereign wealth fund",
],
neg: [
"met_with|Vladimir Putin|Donald Trump|no phone call planned; no meeting",
],
},
{
id: "013-paris-talks-rubio-witkoff",
title: "Rubio and Witkoff hold Ukraine talks with Europeans in Paris",
date: "2025-04-17",
body: `
Secretary of State Marco Rubio and special envoy Steve Witkoff were received at the Elysee Palace by French President Emmanuel Macron on Thursday for talks on ending the war in Ukraine, the first such meeting with European officials since Washington launched its peace push.

The Americans later sat down with a Ukrainian delegation made up of Andriy Yermak, chief of staff to President Volodymyr Zelensky, Foreign Minister Andrii Sybiha and Defence Minister Rustem Umerov. Jonathan Powell, national security adviser to British Prime Minister Keir Starmer, and Germany's Jens Ploetner, foreign policy adviser to Chancellor Olaf Scholz, also joined.

Rubio, who had flown into Paris on Wednesday night, said the U.S. had presented a framework for a lasting ceasefire and that the reaction had been "encouraging."

Later on Thursday, Rubio spoke by telephone with Russian Foreign Minister Sergei Lavrov to brief him, the State Department said. Lavrov's ministry said Moscow remained open to dialogue.

Sybiha called the meeting "constructive" and said further talks were planned in London next week.
`,
ents: ["Marco Rubio|P|Rubio", "Steve Witkoff|P", "Elysee Palace|L", "France|C|French", "Emmanuel Macron|P", "Ukraine|C|Ukrainian", "United States|C|Washington|U.S.", "Andriy Yermak|P", "Volodymyr Zelensky|P", "Andrii Sybiha|P|Sybiha", "Rustem Umerov|P", "Jonathan Powell|P", "United Kingdom|C|British", "Keir Starmer|P", "Germany|C", "Jens Ploetner|P", "Olaf Scholz|P", "Paris|L", "Sergei Lavrov|P|Lavrov", "Russia|C|Russian|Moscow", "U.S. Department of State|O|State Department", "London|L"],
rels: [
"leads|Volodymyr Zelensky|Ukraine|chief of staff to President Volodymyr Zelensky",
"leads|Olaf Scholz|Germany|Chancellor Olaf Scholz",
"leads|Marco Rubio|U.S. Department of State|Secretary of State Marco Rubio and special envoy|United States",
"met_with|Marco Rubio|Emmanuel Macron|were received at the Elysee Palace by French President",
"met_with|Steve Witkoff|Emmanuel Macron|were received at the Elysee Palace by French President",
"leads|Emmanuel Macron|France|were received at the Elysee Palace by French President",
"x:met_with|Marco Rubio|Andriy Yermak|The Americans later sat down with a Ukrainian delegation",
"x:met_with|Marco Rubio|Andrii Sybiha|The Americans later sat down with a Ukrainian delegation",
"x:met_with|Marco Rubio|Rustem Umerov|The Americans later sat down with a Ukrainian delegation",
"x:met_with|Steve Witkoff|Andriy Yermak|The Americans later sat down with a Ukrainian delegation",
"x:met_with|Steve Witkoff|Andrii Sybiha|The Americans later sat down with a Ukrainian delegation",
"x:met_with|Steve Witkoff|Rustem Umerov|The Americans later sat down with a Ukrainian delegation",
"aide_to|Andriy Yermak|Volodymyr Zelensky|chief of staff to President Volodymyr Zelensky",
"leads|Andrii Sybiha|Ukraine|The Americans later sat down with a Ukrainian delegation",
"leads|Rustem Umerov|Ukraine|The Americans later sat down with a Ukrainian delegation",
"aide_to|Jonathan Powell|Keir Starmer|national security adviser to British Prime Minister Keir Starmer",
"leads|Keir Starmer|United Kingdom|national security adviser to British Prime Minister Keir Starmer",
"aide_to|Jens Ploetner|Olaf Scholz|foreign policy adviser to Chancellor Olaf Scholz",
"visited|Marco Rubio|Paris|who had flown into Paris",
"leads|Sergei Lavrov|Russia|Rubio spoke by telephone with Russian Foreign Minister",
],
neg: [
"met_with|Marco Rubio|Sergei Lavrov|a telephone call, not a meeting",
"visited|Andrii Sybiha|London|talks planned for next week",
"visited|Marco Rubio|Elysee Palace|being the place where a meeting happened is not a visit",
],
},
{
id: "014-witkoff-fourth-moscow-trip",
title: "Witkov back in Moscow for fourth round with Putin",
date: "2025-04-25",
body: `
U.S. envoy Steve Witkoff held three hours of talks with Russian President Vladimir Putin in the Kremlin on Friday, his fourth trip to Russia this year, as Washington pressed both sides to accept a peace framework.

The meeting, which Russian agencies reported under the spelling "Witkov," was also attended by Yuri Ushakov and by Kirill Dmitriev, head of the Russian Direct Investment Fund, Ushakov said afterwards. He called the talks "constructive and very useful" and said they had brought the positions of Moscow and Washington closer on a number of issues.

Witkoff arrived in Moscow hours after a car bomb killed a senior Russian general in a suburb of the capital.

Before the talks, Trump wrote that Putin should "stop" strikes on Kyiv. The U.S. president said he was not ready to lift sanctions on Moscow, and he declined to say whether he would impose new ones.

Trump's special envoy for Ukraine, Keith Kellogg, was not part of the visit. He met Ukrainian officials in Kyiv earlier in the week, according to the Ukrainian presidential office.

Ushakov said Putin and Witkoff had discussed the possibility of direct talks between Russia and Ukraine.
`,
ents: ["Steve Witkoff|P|Witkov|Witkoff", "United States|C|U.S.|Washington", "Vladimir Putin|P|Putin", "Russia|C|Russian|Moscow", "Kremlin|O", "Yuri Ushakov|P|Ushakov", "Kirill Dmitriev|P", "Russian Direct Investment Fund|O", "Moscow|L", "Donald Trump|P|Trump", "Kyiv|L", "Keith Kellogg|P|Kellogg", "Ukraine|C|Ukrainian", "Office of the President of Ukraine|O|Ukrainian presidential office"],
rels: [
"met_with|Steve Witkoff|Vladimir Putin|held three hours of talks with Russian President Vladimir Putin",
"envoy_of|Steve Witkoff|United States|U.S. envoy Steve Witkoff held three hours",
"leads|Vladimir Putin|Russia|held three hours of talks with Russian President Vladimir Putin",
"visited|Steve Witkoff|Russia|his fourth trip to Russia this year",
"met_with|Steve Witkoff|Yuri Ushakov|was also attended by Yuri Ushakov",
"met_with|Steve Witkoff|Kirill Dmitriev|was also attended by Yuri Ushakov",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|head of the Russian Direct Investment Fund",
"visited|Steve Witkoff|Moscow|Witkoff arrived in Moscow hours after",
"x:leads|Donald Trump|United States|The U.S. president said he was not ready",
"x:visited|Keith Kellogg|Kyiv|He met Ukrainian officials in Kyiv",
"envoy_of|Keith Kellogg|Donald Trump|special envoy for Ukraine, Keith Kellogg",
],
neg: [
"envoy_of|Keith Kellogg|Ukraine|Ukraine is where the envoy is sent, not the sender",
"met_with|Keith Kellogg|Vladimir Putin|Kellogg was not part of the visit",
"met_with|Vladimir Putin|Donald Trump|Trump wrote a post, no meeting",
],
},
{
id: "015-eu-16th-package",
title: "EU adopts 16th sanctions package on invasion anniversary",
date: "2025-02-24",
body: `
The European Union adopted its 16th package of sanctions against Russia on Monday, the third anniversary of the full-scale invasion of Ukraine, adding 74 vessels of the so-called shadow fleet and cutting 13 more banks off the SWIFT messaging system.

The Council of the European Union also imposed an asset freeze and travel ban on Igor Savelyev, a Moscow shipping executive accused of organising oil shipments above the price cap, and on his company, Volga Maritime Logistics.

EU foreign policy chief Kaja Kallas said the bloc would "keep raising the pressure" and that negotiations over Ukraine could not be left to Washington and Moscow alone. Kallas, who carries the title of High Representative of the Union, spoke in Brussels after meeting Ukrainian Foreign Minister Andrii Sybiha.

On the same day Britain announced its own largest round of measures since 2022. Foreign Secretary David Lammy said London had frozen the assets of Kyrgyz lender Keremet Bank for helping Moscow evade restrictions.

Hungary's Foreign Minister Peter Szijjarto had threatened to block the package but dropped his objections last week.
`,
ents: ["European Union|O|EU", "Russia|C|Moscow", "Ukraine|C|Ukrainian", "SWIFT|O", "Council of the European Union|O", "Igor Savelyev|P", "Volga Maritime Logistics|O", "Kaja Kallas|P|Kallas", "United States|C|Washington", "Brussels|L", "Andrii Sybiha|P", "United Kingdom|C|Britain|London", "David Lammy|P", "Keremet Bank|O", "Hungary|C", "Peter Szijjarto|P"],
rels: [
"sanctioned_by|Russia|European Union|adopted its 16th package of sanctions against Russia",
"sanctioned_by|Igor Savelyev|Council of the European Union|imposed an asset freeze and travel ban on Igor Savelyev|European Union",
"sanctioned_by|Volga Maritime Logistics|Council of the European Union|imposed an asset freeze and travel ban on Igor Savelyev|European Union",
"works_for|Igor Savelyev|Volga Maritime Logistics|and on his company, Volga Maritime Logistics",
"works_for|Kaja Kallas|European Union|EU foreign policy chief Kaja Kallas",
"met_with|Kaja Kallas|Andrii Sybiha|after meeting Ukrainian Foreign Minister Andrii Sybiha",
"leads|Andrii Sybiha|Ukraine|after meeting Ukrainian Foreign Minister Andrii Sybiha",
"leads|David Lammy|United Kingdom|Foreign Secretary David Lammy said London",
"sanctioned_by|Keremet Bank|United Kingdom|had frozen the assets of Kyrgyz lender Keremet Bank",
"leads|Peter Szijjarto|Hungary|Hungary's Foreign Minister Peter Szijjarto",
],
neg: [
"envoy_of|Kaja Kallas|European Union|High Representative is an office title, not an envoy role",
"sanctioned_by|Russia|Hungary|Hungary threatened to block the package; it imposes nothing",
"visited|Kaja Kallas|Brussels|spoke in Brussels: the EU seat where she works, not a reported trip",
],
},
{
id: "016-eu-uk-sanctions-may",
title: "EU and Britain tighten sanctions a day after Trump-Putin call",
date: "2025-05-20",
body: `
The European Union and Britain announced new sanctions on Russia on Tuesday, hours after President Donald Trump said he would hold off on fresh U.S. measures following a two-hour telephone call with President Vladimir Putin.

EU foreign ministers approved the bloc's 17th package, which blacklists nearly 200 more shadow fleet tankers. Among those listed is Crescent Wave Shipping, a Dubai-registered operator, and its director Ruslan Gareyev, the Council of the European Union said.

"The longer Russia wages war, the tougher our response," Kaja Kallas, the EU's top diplomat, told reporters in Brussels.

In London, the Foreign Office said it had sanctioned 100 tankers and the Kazan Optical Works, a supplier of sights for Russian tanks. Foreign Secretary David Lammy, who heads the Foreign Office, said the move showed Putin that delay would not pay.

The U.S. Treasury did not join the action. Trump, who has repeatedly threatened Moscow with tougher banking sanctions, said a ceasefire could be reached "through talks, not punishment," and that he had no immediate plans to travel to Moscow.

The Kremlin said Putin was ready to work with Ukraine on a memorandum about a possible future peace accord.
`,
ents: ["European Union|O|EU", "United Kingdom|C|Britain", "Russia|C|Moscow", "Donald Trump|P|Trump", "United States|C|U.S.", "Vladimir Putin|P|Putin", "Crescent Wave Shipping|O", "Ruslan Gareyev|P", "Council of the European Union|O", "Kaja Kallas|P", "Brussels|L", "London|L", "Foreign, Commonwealth and Development Office|O|Foreign Office", "Kazan Optical Works|O", "David Lammy|P", "U.S. Department of the Treasury|O|U.S. Treasury", "Moscow|L", "Kremlin|O", "Ukraine|C"],
rels: [
"sanctioned_by|Russia|European Union|announced new sanctions on Russia on Tuesday",
"sanctioned_by|Russia|United Kingdom|announced new sanctions on Russia on Tuesday",
"x:sanctioned_by|Crescent Wave Shipping|Council of the European Union|Among those listed is Crescent Wave Shipping|European Union",
"x:sanctioned_by|Ruslan Gareyev|Council of the European Union|Among those listed is Crescent Wave Shipping|European Union",
"works_for|Ruslan Gareyev|Crescent Wave Shipping|its director Ruslan Gareyev",
"leads|Donald Trump|United States|President Donald Trump said he would hold off",
"leads|Vladimir Putin|Russia|President Donald Trump said he would hold off",
"works_for|Kaja Kallas|European Union|the EU's top diplomat",
"sanctioned_by|Kazan Optical Works|Foreign, Commonwealth and Development Office|the Foreign Office said it had sanctioned 100 tankers|United Kingdom",
"leads|David Lammy|Foreign, Commonwealth and Development Office|who heads the Foreign Office",
],
neg: [
"met_with|Donald Trump|Vladimir Putin|a telephone call, not a meeting",
"sanctioned_by|Kazan Optical Works|U.S. Department of the Treasury|the Treasury did not join",
"sanctioned_by|Russia|United States|tougher sanctions only threatened; Trump held off",
"visited|Donald Trump|Moscow|no plans to travel",
"envoy_of|Kaja Kallas|European Union|'top diplomat' is an office, not an envoy role",
],
},
{
id: "017-kellogg-in-kyiv",
title: "Kellogg meets Zelensky in Kyiv as U.S.-Ukraine rift widens",
date: "2025-02-20",
body: `
Keith Kellogg, President Donald Trump's special envoy for Ukraine and Russia, met Ukrainian President Volodymyr Zelensky in Kyiv on Thursday, a day after Trump called the Ukrainian leader a "dictator without elections."

The retired Lt. Gen. Kellogg arrived in the Ukrainian capital by train on Wednesday. He had earlier held talks with Andriy Yermak, head of Zelensky's office, and with Defence Minister Rustem Umerov.

A joint news conference planned after the Zelensky meeting was cancelled at the American side's request, Ukrainian officials said. Zelensky later described the talks as "productive" and said he was ready for a strong investment and security agreement with Washington.

Kellogg told reporters he was in Kyiv "to listen." He said he had no plans to go to Moscow, and that talks with Russia were being handled by Witkoff.

The envoy, a former chief of staff of the National Security Council during Trump's first term, has been sidelined from the Russia track, U.S. officials said privately.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia had not been told of Kellogg's agenda.
`,
ents: ["Keith Kellogg|P|Kellogg", "Donald Trump|P|Trump", "Ukraine|C|Ukrainian", "Russia|C", "Volodymyr Zelensky|P|Zelensky", "Kyiv|L", "Andriy Yermak|P", "Office of the President of Ukraine|O|Zelensky's office", "Rustem Umerov|P", "United States|C|Washington|American|U.S.", "Moscow|L", "Steve Witkoff|P|Witkoff", "National Security Council|O", "Kremlin|O", "Dmitry Peskov|P"],
rels: [
"leads|Donald Trump|United States|President Donald Trump's special envoy for Ukraine and Russia",
"envoy_of|Keith Kellogg|Donald Trump|President Donald Trump's special envoy for Ukraine and Russia",
"met_with|Keith Kellogg|Volodymyr Zelensky|met Ukrainian President Volodymyr Zelensky in Kyiv",
"leads|Volodymyr Zelensky|Ukraine|met Ukrainian President Volodymyr Zelensky in Kyiv",
"x:visited|Keith Kellogg|Kyiv|arrived in the Ukrainian capital by train",
"met_with|Keith Kellogg|Andriy Yermak|He had earlier held talks with Andriy Yermak",
"met_with|Keith Kellogg|Rustem Umerov|He had earlier held talks with Andriy Yermak",
"leads|Andriy Yermak|Office of the President of Ukraine|head of Zelensky's office",
"leads|Rustem Umerov|Ukraine|He had earlier held talks with Andriy Yermak",
"works_for|Keith Kellogg|National Security Council|a former chief of staff of the National Security Council",
"works_for|Dmitry Peskov|Kremlin|Kremlin spokesman Dmitry Peskov",
],
neg: [
"visited|Keith Kellogg|Moscow|no plans to go",
"envoy_of|Keith Kellogg|Ukraine|Ukraine and Russia are the destinations, not the sender",
"envoy_of|Keith Kellogg|Russia|Ukraine and Russia are the destinations, not the sender",
"met_with|Donald Trump|Volodymyr Zelensky|Trump called him a name; no meeting",
],
},
{
id: "018-antalya-forum-lavrov-fidan",
title: "Fidan hosts Lavrov in Antalya; no encounter with Ukraine's Sybiha",
date: "2025-04-12",
body: `
Turkish Foreign Minister Hakan Fidan held talks with his Russian counterpart Sergei Lavrov on Friday on the sidelines of the Antalya Diplomacy Forum, the Turkish Foreign Ministry said, as Ankara offered to host further negotiations on Ukraine.

Lavrov flew to the Mediterranean resort on Thursday evening. President Recep Tayyip Erdogan also received him at the forum venue for a half-hour meeting, a Turkish official said.

Ukrainian Foreign Minister Andrii Sybiha attended the same forum and met Fidan separately. He and Lavrov did not meet, and Sybiha told reporters a direct encounter was "not on the agenda."

Lavrov told the forum that Moscow was ready to discuss security in the Black Sea. He said the embassy talks with Washington were advancing and praised Turkey's role as host in Istanbul.

Sybiha said Ukraine's delegation had briefed Fidan on Russian strikes on Kryvyi Rih. Turkey, a NATO member, has not joined Western sanctions against Russia and keeps close ties with both countries.

The three-day forum drew some 20 heads of state and more than 50 foreign ministers.
`,
ents: ["Turkey|C|Turkish|Ankara", "Hakan Fidan|P|Fidan", "Russia|C|Russian|Moscow", "Sergei Lavrov|P|Lavrov", "Antalya|L", "Turkish Foreign Ministry|O", "Ukraine|C|Ukrainian", "Recep Tayyip Erdogan|P", "Andrii Sybiha|P|Sybiha", "Black Sea|L", "United States|C|Washington", "Istanbul|L", "Kryvyi Rih|L", "NATO|O"],
rels: [
"met_with|Hakan Fidan|Sergei Lavrov|held talks with his Russian counterpart Sergei Lavrov",
"leads|Hakan Fidan|Turkish Foreign Ministry|Turkish Foreign Minister Hakan Fidan|Turkey",
"leads|Sergei Lavrov|Russia|held talks with his Russian counterpart Sergei Lavrov",
"x:visited|Sergei Lavrov|Antalya|Lavrov flew to the Mediterranean resort",
"x:met_with|Recep Tayyip Erdogan|Sergei Lavrov|President Recep Tayyip Erdogan also received him",
"x:leads|Recep Tayyip Erdogan|Turkey|President Recep Tayyip Erdogan also received him",
"met_with|Andrii Sybiha|Hakan Fidan|attended the same forum and met Fidan separately",
"leads|Andrii Sybiha|Ukraine|attended the same forum and met Fidan separately",
],
neg: [
"met_with|Andrii Sybiha|Sergei Lavrov|'did not meet'",
"sanctioned_by|Russia|Turkey|Turkey has not joined sanctions",
"visited|Sergei Lavrov|Istanbul|Istanbul is mentioned as a venue, not a trip",
],
},
{
id: "019-istanbul-direct-talks",
title: "Russia and Ukraine hold first direct talks in three years in Istanbul",
date: "2025-05-16",
body: `
Russian and Ukrainian delegations met face to face in Istanbul on Friday for the first time since the spring of 2022, agreeing to swap 1,000 prisoners each but making no progress toward a ceasefire.

The talks at Dolmabahce Palace lasted less than two hours. They were opened by Turkish Foreign Minister Hakan Fidan. Russia's team was led by Vladimir Medinsky, an aide to President Vladimir Putin, and Ukraine's by Defence Minister Rustem Umerov.

Putin, who had proposed the talks, did not travel to Istanbul, despite a challenge from President Volodymyr Zelensky to meet him in person. Zelensky stayed in Ankara and then flew to Albania for a European summit.

Secretary of State Marco Rubio, who arrived in Istanbul on Thursday night, held a separate meeting with Umerov and Fidan in the morning. U.S. envoy Steve Witkoff did not attend the Russia-Ukraine session.

Medinsky, a former culture minister, told reporters Moscow was "satisfied" and ready to continue contacts. Umerov said the next step should be a meeting of the two presidents.

Trump said earlier that nothing would happen until he met Putin himself.
`,
ents: ["Russia|C|Russian|Moscow", "Ukraine|C|Ukrainian", "Istanbul|L", "Dolmabahce Palace|L", "Turkey|C|Turkish", "Hakan Fidan|P|Fidan", "Vladimir Medinsky|P|Medinsky", "Vladimir Putin|P|Putin", "Rustem Umerov|P|Umerov", "Volodymyr Zelensky|P|Zelensky", "Ankara|L", "Albania|C", "Marco Rubio|P", "United States|C|U.S.", "Steve Witkoff|P", "Donald Trump|P|Trump"],
rels: [
"leads|Marco Rubio|United States|who arrived in Istanbul on Thursday night",
"leads|Vladimir Medinsky|Russia|Medinsky, a former culture minister",
"met_with|Vladimir Medinsky|Rustem Umerov|Russia's team was led by Vladimir Medinsky",
"aide_to|Vladimir Medinsky|Vladimir Putin|an aide to President Vladimir Putin",
"leads|Vladimir Putin|Russia|an aide to President Vladimir Putin",
"leads|Rustem Umerov|Ukraine|Russia's team was led by Vladimir Medinsky",
"leads|Hakan Fidan|Turkey|They were opened by Turkish Foreign Minister Hakan Fidan",
"x:met_with|Hakan Fidan|Vladimir Medinsky|They were opened by Turkish Foreign Minister Hakan Fidan",
"x:met_with|Hakan Fidan|Rustem Umerov|They were opened by Turkish Foreign Minister Hakan Fidan",
"leads|Volodymyr Zelensky|Ukraine|despite a challenge from President Volodymyr Zelensky",
"visited|Volodymyr Zelensky|Albania|then flew to Albania",
"met_with|Marco Rubio|Rustem Umerov|held a separate meeting with Umerov and Fidan",
"met_with|Marco Rubio|Hakan Fidan|held a separate meeting with Umerov and Fidan",
"visited|Marco Rubio|Istanbul|who arrived in Istanbul on Thursday night",
"envoy_of|Steve Witkoff|United States|U.S. envoy Steve Witkoff did not attend",
],
neg: [
"visited|Vladimir Putin|Istanbul|did not travel",
"met_with|Vladimir Putin|Volodymyr Zelensky|a challenge to meet, not a meeting",
"met_with|Steve Witkoff|Vladimir Medinsky|Witkoff did not attend",
"met_with|Donald Trump|Vladimir Putin|a hypothetical future meeting",
],
},
];
