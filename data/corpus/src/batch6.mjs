// Articles 031-037 (March-November 2025). Written for the Liaison sample corpus.
export default [
{
id: "031-witkoff-riyadh-crown-prince",
title: "Witkoff received by Saudi crown prince as Riyadh offers to host summit",
date: "2025-03-31",
body: `
Saudi Crown Prince Mohammed bin Salman received U.S. special envoy Steve Witkoff in Riyadh on Sunday for talks on the war in Ukraine and the situation in Gaza, the Saudi Press Agency reported.

Foreign Minister Prince Faisal bin Farhan and Saudi Arabia's ambassador to Washington, Princess Reema bint Bandar, also attended. Witkoff had flown in from Doha, where he spent two days in talks with Qatari officials on Gaza.

The kingdom has hosted three rounds of U.S.-Russia and U.S.-Ukraine contacts this year. A Saudi official said Riyadh was ready to host a summit between President Donald Trump and President Vladimir Putin, though no dates had been discussed.

Witkoff, a New York property developer before he joined the administration, has built a close working relationship with the crown prince, who is also the kingdom's prime minister.

The Kremlin said on Monday that Putin and the crown prince had spoken by telephone about oil markets and Ukraine.

Faisal bin Farhan later travelled to Moscow for talks with Russian Foreign Minister Sergei Lavrov, the Russian Foreign Ministry said.
`,
ents: ["Mohammed bin Salman|P", "Saudi Arabia|C|Saudi|Riyadh", "United States|C|U.S.|Washington", "Steve Witkoff|P|Witkoff", "Riyadh|L", "Ukraine|C", "Gaza|L", "Saudi Press Agency|O", "Faisal bin Farhan|P", "Reema bint Bandar|P", "Doha|L", "Qatar|C|Qatari", "Russia|C|Russian", "Donald Trump|P", "Vladimir Putin|P|Putin", "Kremlin|O", "Moscow|L", "Sergei Lavrov|P", "Russian Foreign Ministry|O"],
rels: [
"leads|Donald Trump|United States|a summit between President Donald Trump and President Vladimir Putin",
"leads|Vladimir Putin|Russia|a summit between President Donald Trump and President Vladimir Putin",
"met_with|Mohammed bin Salman|Steve Witkoff|received U.S. special envoy Steve Witkoff in Riyadh",
"envoy_of|Steve Witkoff|United States|received U.S. special envoy Steve Witkoff in Riyadh",
"x:visited|Steve Witkoff|Riyadh|Witkoff had flown in from Doha",
"x:met_with|Faisal bin Farhan|Steve Witkoff|Foreign Minister Prince Faisal bin Farhan and Saudi Arabia's ambassador",
"x:met_with|Reema bint Bandar|Steve Witkoff|Foreign Minister Prince Faisal bin Farhan and Saudi Arabia's ambassador",
"envoy_of|Reema bint Bandar|Saudi Arabia|Saudi Arabia's ambassador to Washington",
"leads|Faisal bin Farhan|Saudi Arabia|Foreign Minister Prince Faisal bin Farhan and Saudi Arabia's ambassador",
"visited|Steve Witkoff|Doha|Witkoff had flown in from Doha",
"x:leads|Mohammed bin Salman|Saudi Arabia|who is also the kingdom's prime minister",
"visited|Faisal bin Farhan|Moscow|later travelled to Moscow",
"met_with|Faisal bin Farhan|Sergei Lavrov|later travelled to Moscow",
"leads|Sergei Lavrov|Russian Foreign Ministry|later travelled to Moscow|Russia",
],
neg: [
"met_with|Donald Trump|Vladimir Putin|a possible future summit",
"met_with|Vladimir Putin|Mohammed bin Salman|a telephone call",
"envoy_of|Reema bint Bandar|United States|Washington is where she is posted, not the sender",
],
},
{
id: "032-spief-no-us-officials",
title: "No U.S. officials at St. Petersburg forum, Dmitriev says",
date: "2025-06-20",
body: `
No serving U.S. government officials attended this year's St. Petersburg International Economic Forum, Kirill Dmitriev said on Friday, although several American business people had come as private guests.

Dmitriev, the chief of Russia's sovereign investment fund and the Kremlin's envoy for economic ties abroad, said he had held talks at the forum with "a number of American companies" that he did not name.

He said he hoped to travel to the United States again "in the coming months," but had no trip scheduled.

President Vladimir Putin used the forum to meet Indonesian President Prabowo Subianto, who was on his first official visit to Russia, and signed a strategic partnership declaration with him. Chinese Vice Premier Ding Xuexiang also attended the plenary session.

Putin said he was ready to meet Trump "at any time," but the Kremlin said no preparations were under way. Kremlin aide Yuri Ushakov said Putin and Trump had last spoken by phone on June 14, when they discussed the Middle East.

The European Union, meanwhile, continued work on an 18th sanctions package, which Slovakia threatened to block.
`,
ents: ["United States|C|U.S.|American", "St. Petersburg International Economic Forum|O", "Kirill Dmitriev|P|Dmitriev", "Russian Direct Investment Fund|O|Russia's sovereign investment fund", "Kremlin|O", "Vladimir Putin|P|Putin", "Indonesia|C|Indonesian", "Prabowo Subianto|P", "Russia|C", "China|C|Chinese", "Ding Xuexiang|P", "Donald Trump|P|Trump", "Yuri Ushakov|P", "European Union|O", "Slovakia|C"],
rels: [
"leads|Kirill Dmitriev|Russian Direct Investment Fund|the chief of Russia's sovereign investment fund",
"envoy_of|Kirill Dmitriev|Kremlin|the Kremlin's envoy for economic ties abroad",
"met_with|Vladimir Putin|Prabowo Subianto|used the forum to meet Indonesian President Prabowo Subianto",
"leads|Prabowo Subianto|Indonesia|used the forum to meet Indonesian President Prabowo Subianto",
"visited|Prabowo Subianto|Russia|who was on his first official visit to Russia",
"leads|Vladimir Putin|Russia|President Vladimir Putin used the forum",
"x:aide_to|Yuri Ushakov|Vladimir Putin|Kremlin aide Yuri Ushakov said Putin and Trump",
"works_for|Yuri Ushakov|Kremlin|Kremlin aide Yuri Ushakov said Putin and Trump",
],
neg: [
"visited|Kirill Dmitriev|United States|a hoped-for trip, none scheduled",
"met_with|Vladimir Putin|Donald Trump|ready to meet; last contact was a phone call",
],
},
{
id: "033-eu-18th-package-nayara",
title: "EU lowers oil price cap, blacklists Indian refinery in 18th package",
date: "2025-07-18",
body: `
European Union governments adopted an 18th package of sanctions against Russia on Friday after Slovakia dropped its veto, lowering the cap on the price of Russian crude and blacklisting an Indian refinery part-owned by Rosneft.

The Council of the European Union added Nayara Energy, which runs the Vadinar refinery in western India, to its sanctions list. The package also bans transactions related to the Nord Stream gas pipelines and lists 105 more shadow fleet vessels.

"We are sending a clear message: the price of aggression keeps rising," said Kaja Kallas, the bloc's foreign and security policy chief. She spoke in Brussels after a video call with Ukrainian Foreign Minister Andrii Sybiha, who welcomed the decision.

Slovak Prime Minister Robert Fico said he had secured guarantees on gas supplies before lifting his objection.

Nayara, in which Rosneft holds a 49 percent stake, called the measure "unjust." Russia's Foreign Ministry spokeswoman Maria Zakharova said Moscow had "developed a certain immunity" to sanctions.

Britain, which joined the lower price cap, sanctioned Russia's military intelligence agency GRU and 18 of its officers the same day.
`,
ents: ["European Union|O", "Russia|C|Russian|Moscow", "Slovakia|C|Slovak", "India|C|Indian", "Rosneft|O", "Council of the European Union|O", "Nayara Energy|O|Nayara", "Vadinar|L", "Nord Stream|O", "Kaja Kallas|P", "Brussels|L", "Ukraine|C|Ukrainian", "Andrii Sybiha|P", "Robert Fico|P", "Russian Foreign Ministry|O|Russia's Foreign Ministry", "Maria Zakharova|P", "United Kingdom|C|Britain", "GRU|O"],
rels: [
"sanctioned_by|Russia|European Union|adopted an 18th package of sanctions against Russia",
"sanctioned_by|Nayara Energy|Council of the European Union|added Nayara Energy|European Union",
"works_for|Kaja Kallas|European Union|the bloc's foreign and security policy chief",
"leads|Andrii Sybiha|Ukraine|Ukrainian Foreign Minister Andrii Sybiha",
"leads|Robert Fico|Slovakia|Slovak Prime Minister Robert Fico",
"works_for|Maria Zakharova|Russian Foreign Ministry|Russia's Foreign Ministry spokeswoman Maria Zakharova",
"sanctioned_by|GRU|United Kingdom|sanctioned Russia's military intelligence agency GRU",
],
neg: [
"met_with|Kaja Kallas|Andrii Sybiha|a video call, not a meeting",
"visited|Kaja Kallas|Brussels|where she spoke, not a trip",
"sanctioned_by|Rosneft|European Union|the text states only that Rosneft part-owns the listed refinery",
],
},
{
id: "034-istanbul-third-round",
title: "Russia and Ukraine hold brief third round of talks in Istanbul",
date: "2025-07-23",
body: `
Russian and Ukrainian negotiators met in Istanbul on Wednesday for less than an hour, agreeing to a further exchange of prisoners but remaining far apart on the terms of a ceasefire.

The delegations were again led by Vladimir Medinsky, Putin's aide, and by Rustem Umerov, who now serves as secretary of Ukraine's National Security and Defense Council after leaving the defence ministry last week. They met at Ciragan Palace on the Bosphorus.

Turkish Foreign Minister Hakan Fidan opened the session. President Recep Tayyip Erdogan, who had hosted Umerov in Ankara the day before, said Turkey hoped to host a meeting of Putin and President Volodymyr Zelensky.

Umerov proposed that the two presidents meet before the end of August. Medinsky said such a meeting could only finalise an agreement, not start one.

Kremlin spokesman Dmitry Peskov said earlier that nobody expected "miraculous breakthroughs." U.S. envoy Steve Witkoff did not travel to Istanbul for the round.

Both sides said working groups would continue by video link.
`,
ents: ["Russia|C|Russian", "Ukraine|C|Ukrainian", "Istanbul|L", "Vladimir Medinsky|P|Medinsky", "Vladimir Putin|P|Putin", "Rustem Umerov|P|Umerov", "National Security and Defense Council of Ukraine|O|Ukraine's National Security and Defense Council", "Ciragan Palace|L", "Bosphorus|L", "Turkey|C|Turkish", "Hakan Fidan|P", "Recep Tayyip Erdogan|P", "Ankara|L", "Volodymyr Zelensky|P", "Kremlin|O", "Dmitry Peskov|P", "United States|C|U.S.", "Steve Witkoff|P"],
rels: [
"leads|Volodymyr Zelensky|Ukraine|a meeting of Putin and President Volodymyr Zelensky",
"met_with|Vladimir Medinsky|Rustem Umerov|The delegations were again led by Vladimir Medinsky",
"aide_to|Vladimir Medinsky|Vladimir Putin|The delegations were again led by Vladimir Medinsky",
"works_for|Rustem Umerov|National Security and Defense Council of Ukraine|who now serves as secretary of Ukraine's National Security and Defense Council",
"leads|Hakan Fidan|Turkey|Turkish Foreign Minister Hakan Fidan opened the session",
"x:met_with|Hakan Fidan|Vladimir Medinsky|Turkish Foreign Minister Hakan Fidan opened the session",
"x:met_with|Hakan Fidan|Rustem Umerov|Turkish Foreign Minister Hakan Fidan opened the session",
"met_with|Recep Tayyip Erdogan|Rustem Umerov|who had hosted Umerov in Ankara",
"leads|Recep Tayyip Erdogan|Turkey|who had hosted Umerov in Ankara",
"works_for|Dmitry Peskov|Kremlin|Kremlin spokesman Dmitry Peskov said",
"envoy_of|Steve Witkoff|United States|U.S. envoy Steve Witkoff did not travel",
],
neg: [
"met_with|Vladimir Putin|Volodymyr Zelensky|a proposed meeting",
"visited|Steve Witkoff|Istanbul|did not travel",
"leads|Rustem Umerov|National Security and Defense Council of Ukraine|a council secretary is works_for, not leads",
],
},
];
