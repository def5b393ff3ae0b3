// Articles 024-031 (April-October 2025). Written for the Liaison sample corpus.
export default [
{
id: "024-zelensky-white-house-europeans",
title: "Zelensky returns to White House with European leaders in tow",
date: "2025-08-18",
body: `
President Donald Trump hosted Volodymyr Zelensky at the White House on Monday, six months after a shouting match in the Oval Office, and then sat down with seven European leaders who had flown to Washington to back the Ukrainian president.

Zelensky, who had arrived in Washington on Sunday night, thanked Trump several times during the televised part of their meeting. The two discussed security guarantees that Trump said Europe would provide "with American coordination."

The European group included British Prime Minister Keir Starmer, French President Emmanuel Macron, German Chancellor Friedrich Merz and Italian Prime Minister Giorgia Meloni, as well as NATO Secretary General Mark Rutte and European Commission President Ursula von der Leyen. Finland's Alexander Stubb also attended.

Midway through the talks, Trump broke off to telephone Vladimir Putin. Trump later wrote that he had begun arranging a meeting between Putin and Zelensky, to be followed by a three-way summit.

Kremlin aide Yuri Ushakov confirmed the 40-minute call but did not commit Putin to meeting Zelensky.

Merz said he had pressed for a ceasefire before any summit. "I can't imagine that the next meeting would take place without a ceasefire," he said.
`,
ents: ["Donald Trump|P|Trump", "Volodymyr Zelensky|P|Zelensky", "White House|O", "Washington, D.C.|L|Washington", "Ukraine|C|Ukrainian", "United States|C|American", "Keir Starmer|P", "United Kingdom|C|British", "Emmanuel Macron|P", "France|C|French", "Friedrich Merz|P|Merz", "Germany|C|German", "Giorgia Meloni|P", "Italy|C|Italian", "NATO|O", "Mark Rutte|P", "European Commission|O", "Ursula von der Leyen|P", "Finland|C", "Alexander Stubb|P", "Vladimir Putin|P|Putin", "Kremlin|O", "Yuri Ushakov|P"],
rels: [
"x:visited|Keir Starmer|Washington, D.C.|who had flown to Washington to back",
"x:visited|Emmanuel Macron|Washington, D.C.|who had flown to Washington to back",
"x:visited|Friedrich Merz|Washington, D.C.|who had flown to Washington to back",
"x:visited|Giorgia Meloni|Washington, D.C.|who had flown to Washington to back",
"x:visited|Mark Rutte|Washington, D.C.|who had flown to Washington to back",
"x:visited|Ursula von der Leyen|Washington, D.C.|who had flown to Washington to back",
"x:visited|Alexander Stubb|Washington, D.C.|who had flown to Washington to back",
"met_with|Donald Trump|Volodymyr Zelensky|President Donald Trump hosted Volodymyr Zelensky at the White House",
"leads|Volodymyr Zelensky|Ukraine|to back the Ukrainian president",
"leads|Donald Trump|United States|President Donald Trump hosted Volodymyr Zelensky",
"visited|Volodymyr Zelensky|Washington, D.C.|who had arrived in Washington on Sunday night",
"x:met_with|Donald Trump|Keir Starmer|The European group included British Prime Minister Keir Starmer",
"x:met_with|Donald Trump|Emmanuel Macron|The European group included British Prime Minister Keir Starmer",
"x:met_with|Donald Trump|Friedrich Merz|The European group included British Prime Minister Keir Starmer",
"x:met_with|Donald Trump|Giorgia Meloni|The European group included British Prime Minister Keir Starmer",
"x:met_with|Donald Trump|Mark Rutte|The European group included British Prime Minister Keir Starmer",
"x:met_with|Donald Trump|Ursula von der Leyen|The European group included British Prime Minister Keir Starmer",
"x:met_with|Donald Trump|Alexander Stubb|Finland's Alexander Stubb also attended",
"leads|Keir Starmer|United Kingdom|The European group included British Prime Minister Keir Starmer",
"leads|Emmanuel Macron|France|The European group included British Prime Minister Keir Starmer",
"leads|Friedrich Merz|Germany|The European group included British Prime Minister Keir Starmer",
"leads|Giorgia Meloni|Italy|The European group included British Prime Minister Keir Starmer",
"leads|Mark Rutte|NATO|The European group included British Prime Minister Keir Starmer",
"leads|Ursula von der Leyen|European Commission|The European group included British Prime Minister Keir Starmer",
"x:aide_to|Yuri Ushakov|Vladimir Putin|Kremlin aide Yuri Ushakov confirmed",
"works_for|Yuri Ushakov|Kremlin|Kremlin aide Yuri Ushakov confirmed",
],
neg: [
"met_with|Donald Trump|Vladimir Putin|a telephone call",
"met_with|Vladimir Putin|Volodymyr Zelensky|a meeting being arranged, not held",
"met_with|Volodymyr Zelensky|Keir Starmer|leaders on the same side of a list; no meeting stated between them",
],
},
{
id: "025-treasury-rosneft-lukoil",
title: "U.S. Treasury sanctions Rosneft and Lukoil as Budapest summit shelved",
date: "2025-10-22",
body: `
The U.S. Treasury imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil, on Wednesday, the first major sanctions of President Donald Trump's second term against Moscow.

The Office of Foreign Assets Control designated the two companies and more than 30 of their subsidiaries, giving buyers until late November to wind down deals. Treasury Secretary Scott Bessent said the move was needed "because of Russia's lack of serious commitment to a peace process."

Trump said a planned summit with President Vladimir Putin in Budapest had been called off because "it didn't feel right." The two leaders had agreed to meet after a phone call last week.

Rosneft is run by Igor Sechin, a long-time Putin associate who was himself blacklisted by Washington in 2014. Lukoil said it was studying the measures.

Russian Foreign Ministry spokeswoman Maria Zakharova said the sanctions were "counterproductive." Kirill Dmitriev, Putin's envoy for economic cooperation with foreign countries, said on social media that dialogue with the United States would continue.

The European Union adopted its 19th package on Thursday, including a ban on Russian liquefied natural gas imports from 2027.
`,
ents: ["U.S. Department of the Treasury|O|U.S. Treasury|Treasury", "Russia|C|Russian|Moscow", "Rosneft|O", "Lukoil|O", "Donald Trump|P|Trump", "Office of Foreign Assets Control|O", "Scott Bessent|P", "Vladimir Putin|P|Putin", "Budapest|L", "Igor Sechin|P", "United States|C|Washington|U.S.", "Russian Foreign Ministry|O", "Maria Zakharova|P", "Kirill Dmitriev|P", "European Union|O"],
rels: [
"sanctioned_by|Rosneft|U.S. Department of the Treasury|imposed sanctions on Russia's two largest oil companies|Office of Foreign Assets Control;United States",
"sanctioned_by|Lukoil|U.S. Department of the Treasury|imposed sanctions on Russia's two largest oil companies|Office of Foreign Assets Control;United States",
"leads|Donald Trump|United States|the first major sanctions of President Donald Trump's second term",
"leads|Scott Bessent|U.S. Department of the Treasury|Treasury Secretary Scott Bessent said",
"leads|Igor Sechin|Rosneft|Rosneft is run by Igor Sechin",
"leads|Vladimir Putin|Russia|a planned summit with President Vladimir Putin in Budapest",
"sanctioned_by|Igor Sechin|United States|who was himself blacklisted by Washington in 2014",
"works_for|Maria Zakharova|Russian Foreign Ministry|Russian Foreign Ministry spokeswoman Maria Zakharova",
"envoy_of|Kirill Dmitriev|Vladimir Putin|Putin's envoy for economic cooperation",
],
neg: [
"met_with|Donald Trump|Vladimir Putin|summit called off; earlier contact was a phone call",
"visited|Donald Trump|Budapest|the summit was called off",
],
},
{
id: "026-dmitriev-miami-visit",
title: "Dmitriev visits U.S. for talks with Witkoff despite oil sanctions",
date: "2025-10-26",
body: `
Kirill Dmitriev, the Russian president's special envoy on foreign investment, arrived in the United States on Friday for three days of talks, days after Washington blacklisted Russia's two biggest oil producers.

Dmitriev met Steve Witkoff in Miami on Saturday, according to two people briefed on the meeting. Some early machine-translated reports from Russian outlets rendered his name as "Dmitliff."

In an interview with CNN, Dmitriev said Russia, the United States and Ukraine were "quite close" to a diplomatic solution. He also held talks with Republican Congresswoman Anna Paulina Luna, a member of the House Foreign Affairs Committee, who has urged more direct contact with Russian lawmakers.

The head of the Russian Direct Investment Fund, who remains under U.S. sanctions, travelled with the approval of U.S. authorities, a person familiar with the trip said. The visit had been planned before the oil sanctions were announced, Dmitriev said.

The White House did not comment. Trump said on Friday he would not meet Putin until a deal was "ready."

Witkoff, a real estate investor and longtime friend of Trump, has been the administration's main contact with Dmitriev since February.
`,
ents: ["Kirill Dmitriev|P|Dmitriev|Dmitliff", "United States|C|Washington|U.S.", "Russia|C|Russian", "Steve Witkoff|P|Witkoff", "Miami|L", "CNN|O", "Ukraine|C", "Anna Paulina Luna|P", "House Foreign Affairs Committee|O", "Russian Direct Investment Fund|O", "White House|O", "Donald Trump|P|Trump", "Vladimir Putin|P|Putin"],
rels: [
"visited|Kirill Dmitriev|United States|arrived in the United States on Friday",
"x:envoy_of|Kirill Dmitriev|Vladimir Putin|the Russian president's special envoy on foreign investment",
"met_with|Kirill Dmitriev|Steve Witkoff|Dmitriev met Steve Witkoff in Miami",
"x:met_with|Kirill Dmitriev|Anna Paulina Luna|He also held talks with Republican Congresswoman Anna Paulina Luna",
"works_for|Anna Paulina Luna|House Foreign Affairs Committee|a member of the House Foreign Affairs Committee",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|The head of the Russian Direct Investment Fund, who remains under U.S. sanctions",
"x:sanctioned_by|Kirill Dmitriev|United States|The head of the Russian Direct Investment Fund, who remains under U.S. sanctions",
],
neg: [
"met_with|Donald Trump|Vladimir Putin|he would not meet until a deal is ready",
"envoy_of|Kirill Dmitriev|United States|he is the Russian president's envoy; the U.S. is the host",
],
},
];
