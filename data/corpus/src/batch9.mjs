// Articles 041-045 (June-November 2025). Written for the Liaison sample corpus.
export default [
{
id: "041-embassy-round-cancelled",
title: "Moscow says U.S. called off third round of embassy talks",
date: "2025-06-11",
body: `
Russia said on Wednesday that Washington had cancelled a third round of talks on restoring the normal work of the two countries' embassies, which had been expected to take place in Moscow this month.

Foreign Ministry spokeswoman Maria Zakharova said the American side had given no reason. "We regret this decision," she told a weekly briefing, adding that Russia remained ready to continue the dialogue.

The State Department did not confirm the cancellation, saying only that "conversations continue" on practical matters.

Russia's ambassador Alexander Darchiev met Deputy Secretary of State Christopher Landau in Washington last week to discuss visas and the return of diplomatic property, according to the Russian embassy. It was his first meeting at that level since arriving in March.

Foreign Minister Sergei Lavrov, speaking in Moscow, blamed "opponents of normalisation" in the United States. He said he had discussed the matter with Secretary of State Marco Rubio during a telephone call on Monday.

Previous rounds were held in Istanbul in February and April. A senior U.S. official said a new date could be set "when conditions are right."
`,
ents: ["Russia|C|Russian", "United States|C|Washington|American|U.S.", "Moscow|L", "Russian Foreign Ministry|O|Foreign Ministry", "Maria Zakharova|P", "U.S. Department of State|O|State Department", "Alexander Darchiev|P", "Christopher Landau|P", "Washington, D.C.|L|Washington", "Russian Embassy in Washington|O|Russian embassy", "Sergei Lavrov|P|Lavrov", "Marco Rubio|P", "Istanbul|L"],
rels: [
"works_for|Maria Zakharova|Russian Foreign Ministry|Foreign Ministry spokeswoman Maria Zakharova",
"envoy_of|Alexander Darchiev|Russia|Russia's ambassador Alexander Darchiev",
"met_with|Alexander Darchiev|Christopher Landau|met Deputy Secretary of State Christopher Landau",
"works_for|Christopher Landau|U.S. Department of State|met Deputy Secretary of State Christopher Landau",
"x:visited|Alexander Darchiev|Washington, D.C.|since arriving in March",
"leads|Sergei Lavrov|Russian Foreign Ministry|Foreign Minister Sergei Lavrov, speaking in Moscow|Russia",
"leads|Marco Rubio|U.S. Department of State|with Secretary of State Marco Rubio during|United States",
],
neg: [
"met_with|Sergei Lavrov|Marco Rubio|a telephone call",
"visited|Alexander Darchiev|Moscow|the Moscow round did not take place",
"visited|Sergei Lavrov|Moscow|speaking at home, not a trip",
],
},
{
id: "042-belavia-sanctions-relief",
title: "U.S. eases sanctions on Belarus airline as Minsk frees 52 prisoners",
date: "2025-09-11",
body: `
The United States lifted sanctions on Belarus's national airline Belavia on Thursday after Minsk released 52 prisoners, including several foreigners, following talks between President Alexander Lukashenko and a U.S. delegation.

John Coale, President Donald Trump's deputy special envoy for Ukraine, flew to Minsk, was received by Lukashenko and later accompanied the freed prisoners to neighbouring Lithuania.

"We now are moving toward full normalisation," Coale said, adding that the Treasury's Office of Foreign Assets Control had issued the necessary licence. He said Trump wanted to reopen the U.S. embassy in Minsk.

Belavia had been blacklisted by the European Union in 2021 after Belarus forced down a Ryanair jet carrying a dissident journalist. The EU sanctions remain in place.

Among those freed was Mikola Statkevich, an opposition politician, who refused to leave Belarus and was taken back to prison, exiles said. Opposition leader Sviatlana Tsikhanouskaya, who lives in Vilnius, welcomed the releases.

Lithuanian Foreign Minister Kestutis Budrys said Vilnius had not been consulted. Lukashenko, a close ally of Vladimir Putin, said he hoped to meet Trump.
`,
ents: ["United States|C|U.S.", "Belarus|C|Minsk", "Belavia|O", "Alexander Lukashenko|P|Lukashenko", "John Coale|P|Coale", "Ukraine|C", "Donald Trump|P|Trump", "Minsk|L", "Lithuania|C|Lithuanian|Vilnius", "U.S. Department of the Treasury|O|Treasury", "Office of Foreign Assets Control|O", "European Union|O|EU", "Ryanair|O", "Mikola Statkevich|P", "Sviatlana Tsikhanouskaya|P", "Vilnius|L", "Kestutis Budrys|P", "Vladimir Putin|P"],
rels: [
"x:leads|Alexander Lukashenko|Belarus|following talks between President Alexander Lukashenko",
"met_with|John Coale|Alexander Lukashenko|was received by Lukashenko and later",
"envoy_of|John Coale|Donald Trump|deputy special envoy for Ukraine, flew to Minsk",
"visited|John Coale|Minsk|flew to Minsk, was received",
"visited|John Coale|Lithuania|accompanied the freed prisoners to neighbouring Lithuania",
"leads|Donald Trump|United States|President Donald Trump's deputy special envoy",
"sanctioned_by|Belavia|European Union|Belavia had been blacklisted by the European Union in 2021",
"leads|Kestutis Budrys|Lithuania|Lithuanian Foreign Minister Kestutis Budrys",
],
neg: [
"sanctioned_by|Belavia|United States|U.S. sanctions lifted: lifted-only",
"envoy_of|John Coale|Ukraine|Ukraine is the brief, not the sender",
"met_with|Alexander Lukashenko|Donald Trump|hoped-for meeting",
"met_with|Alexander Lukashenko|Vladimir Putin|'close ally' is not a meeting",
"visited|Sviatlana Tsikhanouskaya|Vilnius|she lives there",
],
},
{
id: "043-kellogg-to-step-down",
title: "Kellogg to leave envoy post in January, officials say",
date: "2025-11-20",
body: `
Keith Kellogg, the U.S. special envoy for Ukraine, plans to leave the administration in January, two people familiar with his plans said on Wednesday.

Kellogg, 81, a retired three-star general who served in the U.S. Army for more than three decades, has been one of the most sympathetic voices toward Kyiv in Trump's circle. He studied political science at Santa Clara University before joining the Army. In his first term, Trump's former vice president Mike Pence relied on him as national security adviser.

The envoy visited Kyiv repeatedly this year. In August he attended Ukraine's Independence Day ceremony on Kyiv's Maidan and held talks afterwards with President Volodymyr Zelensky. In July he met Andriy Yermak and Yulia Svyrydenko, who became prime minister later that month, during a conference in Rome.

Kellogg never travelled to Moscow. Negotiations with Russia have instead been handled by Steve Witkoff, who has met Putin six times.

Kellogg has told associates that the role of envoy had been narrowed so much that he had little to do, one of the people said. He co-chaired the Center for American Security at the America First Policy Institute before taking the job.

The White House did not comment.
`,
ents: ["Keith Kellogg|P|Kellogg", "United States|C|U.S.", "Ukraine|C", "U.S. Army|O", "Kyiv|L", "Donald Trump|P|Trump", "Mike Pence|P", "Maidan|L", "Volodymyr Zelensky|P", "Andriy Yermak|P", "Yulia Svyrydenko|P", "Rome|L", "Moscow|L", "Russia|C", "Steve Witkoff|P", "Vladimir Putin|P|Putin", "America First Policy Institute|O", "White House|O", "Santa Clara University|O"],
rels: [
"x:educated_at|Keith Kellogg|Santa Clara University|He studied political science at Santa Clara University",
"envoy_of|Keith Kellogg|United States|the U.S. special envoy for Ukraine",
"works_for|Keith Kellogg|U.S. Army|served in the U.S. Army for more than three decades",
"x:aide_to|Keith Kellogg|Mike Pence|relied on him as national security adviser",
"x:visited|Keith Kellogg|Kyiv|The envoy visited Kyiv repeatedly this year",
"x:met_with|Keith Kellogg|Volodymyr Zelensky|held talks afterwards with President Volodymyr Zelensky",
"leads|Volodymyr Zelensky|Ukraine|held talks afterwards with President Volodymyr Zelensky",
"x:met_with|Keith Kellogg|Andriy Yermak|In July he met Andriy Yermak",
"x:met_with|Keith Kellogg|Yulia Svyrydenko|In July he met Andriy Yermak",
"leads|Yulia Svyrydenko|Ukraine|In July he met Andriy Yermak",
"met_with|Steve Witkoff|Vladimir Putin|who has met Putin six times",
"x:works_for|Keith Kellogg|America First Policy Institute|He co-chaired the Center for American Security",
],
neg: [
"visited|Keith Kellogg|Moscow|'never travelled to Moscow'",
"met_with|Keith Kellogg|Vladimir Putin|never travelled to Moscow; no meeting",
"envoy_of|Keith Kellogg|Ukraine|Ukraine is the destination, not the sender",
"aide_to|Keith Kellogg|Donald Trump|the national security adviser role was to Pence",
],
},
{
id: "044-mbs-white-house",
title: "Trump hosts Saudi crown prince, praises Riyadh's role in Ukraine talks",
date: "2025-11-18",
body: `
President Donald Trump welcomed Saudi Crown Prince Mohammed bin Salman to the White House on Tuesday with a military flyover and a ceremony on the South Lawn, his first visit to Washington since 2018.

The two leaders held talks in the Oval Office and later attended a dinner in the crown prince's honour. Trump thanked the kingdom for hosting U.S.-Russia talks in Riyadh in February and for helping to arrange prisoner releases.

The crown prince, who is also Saudi Arabia's prime minister, was accompanied by Foreign Minister Prince Faisal bin Farhan and Defence Minister Prince Khalid bin Salman. Energy Secretary Chris Wright and Commerce Secretary Howard Lutnick joined the American side.

Faisal bin Farhan said the kingdom remained ready to host talks between Russia and Ukraine "at any level." He said he had spoken by phone with Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Andrii Sybiha ahead of the visit.

Trump said he would "soon" travel to Saudi Arabia again. He made his first foreign trip of his second term to Riyadh in May.

The Kremlin said Putin and the crown prince had discussed oil markets in a call last week.
`,
ents: ["Donald Trump|P|Trump", "Saudi Arabia|C|Saudi", "Mohammed bin Salman|P", "White House|O", "South Lawn|L", "Washington, D.C.|L|Washington", "United States|C|U.S.|American", "Russia|C|Russian", "Riyadh|L", "Faisal bin Farhan|P", "Khalid bin Salman|P", "Chris Wright|P", "Howard Lutnick|P", "Ukraine|C|Ukrainian", "Sergei Lavrov|P", "Andrii Sybiha|P", "Kremlin|O", "Vladimir Putin|P|Putin"],
rels: [
"met_with|Donald Trump|Mohammed bin Salman|President Donald Trump welcomed Saudi Crown Prince",
"visited|Mohammed bin Salman|Washington, D.C.|his first visit to Washington since 2018",
"x:leads|Mohammed bin Salman|Saudi Arabia|who is also Saudi Arabia's prime minister",
"leads|Faisal bin Farhan|Saudi Arabia|accompanied by Foreign Minister Prince Faisal bin Farhan",
"leads|Khalid bin Salman|Saudi Arabia|accompanied by Foreign Minister Prince Faisal bin Farhan",
"x:met_with|Donald Trump|Faisal bin Farhan|accompanied by Foreign Minister Prince Faisal bin Farhan",
"x:met_with|Donald Trump|Khalid bin Salman|accompanied by Foreign Minister Prince Faisal bin Farhan",
"x:met_with|Chris Wright|Mohammed bin Salman|Energy Secretary Chris Wright and Commerce Secretary",
"x:met_with|Howard Lutnick|Mohammed bin Salman|Energy Secretary Chris Wright and Commerce Secretary",
"x:met_with|Chris Wright|Faisal bin Farhan|Energy Secretary Chris Wright and Commerce Secretary",
"x:met_with|Chris Wright|Khalid bin Salman|Energy Secretary Chris Wright and Commerce Secretary",
"x:met_with|Howard Lutnick|Faisal bin Farhan|Energy Secretary Chris Wright and Commerce Secretary",
"x:met_with|Howard Lutnick|Khalid bin Salman|Energy Secretary Chris Wright and Commerce Secretary",
"leads|Chris Wright|United States|Energy Secretary Chris Wright and Commerce Secretary",
"leads|Howard Lutnick|United States|Energy Secretary Chris Wright and Commerce Secretary",
"leads|Sergei Lavrov|Russia|Russian Foreign Minister Sergei Lavrov",
"leads|Andrii Sybiha|Ukraine|Ukrainian Foreign Minister Andrii Sybiha",
"x:visited|Donald Trump|Riyadh|He made his first foreign trip of his second term to Riyadh",
"leads|Donald Trump|United States|President Donald Trump welcomed Saudi Crown Prince",
],
neg: [
"met_with|Faisal bin Farhan|Sergei Lavrov|a phone call",
"met_with|Faisal bin Farhan|Andrii Sybiha|a phone call",
"met_with|Vladimir Putin|Mohammed bin Salman|a call",
],
},
{
id: "045-uk-ofac-designations",
title: "Britain sanctions Russian spy unit officers; U.S. adds Hong Kong suppliers",
date: "2025-09-24",
body: `
Britain on Wednesday imposed sanctions on eight officers of a Russian military intelligence unit accused of cyberattacks on European infrastructure, while the U.S. Treasury designated three Hong Kong companies for supplying drone parts to Russia.

The officers, including Colonel Pavel Gorin, were designated by the Foreign Office and face asset freezes and travel bans. Gorin was previously sanctioned by the European Union in 2024.

Foreign Secretary Yvette Cooper, who took over from David Lammy this month, said the measures would "expose" the unit's work. She announced them in London after meeting Ukrainian Foreign Minister Andrii Sybiha.

In Washington, the Office of Foreign Assets Control sanctioned Apex Rotor Trading and two related firms. Treasury Secretary Scott Bessent said further steps were "on the table" against Russian banks if talks stalled, but no banks were listed.

Bessent also confirmed that Treasury sanctions on the Russian Direct Investment Fund, whose chief Kirill Dmitriev has met Steve Witkoff several times this year, remained in force.

The Kremlin dismissed the British measures as "Russophobic." Russia's ambassador in London, Andrei Kelin, was summoned to the Foreign Office, according to a government source.
`,
ents: ["United Kingdom|C|Britain|British", "Russia|C|Russian", "U.S. Department of the Treasury|O|U.S. Treasury|Treasury", "Hong Kong|L", "Pavel Gorin|P|Gorin", "Foreign, Commonwealth and Development Office|O|Foreign Office", "European Union|O", "Yvette Cooper|P", "David Lammy|P", "London|L", "Ukraine|C|Ukrainian", "Andrii Sybiha|P", "Washington, D.C.|L|Washington", "Office of Foreign Assets Control|O", "Apex Rotor Trading|O", "Scott Bessent|P|Bessent", "Russian Direct Investment Fund|O", "Kirill Dmitriev|P", "Steve Witkoff|P", "Kremlin|O", "Andrei Kelin|P", "United States|C|U.S."],
rels: [
"sanctioned_by|Pavel Gorin|Foreign, Commonwealth and Development Office|were designated by the Foreign Office|United Kingdom",
"sanctioned_by|Pavel Gorin|European Union|Gorin was previously sanctioned by the European Union",
"leads|Yvette Cooper|Foreign, Commonwealth and Development Office|Foreign Secretary Yvette Cooper, who took over|United Kingdom",
"met_with|Yvette Cooper|Andrii Sybiha|after meeting Ukrainian Foreign Minister Andrii Sybiha",
"leads|Andrii Sybiha|Ukraine|after meeting Ukrainian Foreign Minister Andrii Sybiha",
"sanctioned_by|Apex Rotor Trading|Office of Foreign Assets Control|sanctioned Apex Rotor Trading|U.S. Department of the Treasury;United States",
"leads|Scott Bessent|U.S. Department of the Treasury|Treasury Secretary Scott Bessent said",
"sanctioned_by|Russian Direct Investment Fund|U.S. Department of the Treasury|remained in force|United States",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|whose chief Kirill Dmitriev",
"met_with|Kirill Dmitriev|Steve Witkoff|has met Steve Witkoff several times",
"envoy_of|Andrei Kelin|Russia|Russia's ambassador in London, Andrei Kelin",
],
neg: [
"envoy_of|Andrei Kelin|United Kingdom|the UK is the receiving country",
"visited|Andrii Sybiha|London|the meeting place only; no trip stated",
],
},
];
