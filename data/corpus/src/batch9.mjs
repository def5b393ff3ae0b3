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

John Coale, President Donald Trump's deputy special envoy for Ukraine, was received by Lukashenko in Minsk and later accompanied the freed prisoners to neighbouring Lithuania.

"We now are moving toward full normalisation," Coale said, adding that the Treasury's Office of Foreign Assets Control had issued the necessary licence. He said Trump wanted to reopen the U.S. embassy in Minsk.

Belavia had been blacklisted by the European Union in 2021 after Belarus forced down a Ryanair jet carrying a dissident journalist. The EU sanctions remain in place.

Among those freed was Mikola Statkevich, an opposition politician, who refused to leave Belarus and was taken back to prison, exiles said. Opposition leader Sviatlana Tsikhanouskaya, who lives in Vilnius, welcomed the releases.

Lithuanian Foreign Minister Kestutis Budrys said Vilnius had not been consulted. Lukashenko, a close ally of Vladimir Putin, said he hoped to meet Trump.
`,
ents: ["United States|C|U.S.", "Belarus|C|Minsk", "Belavia|O", "Alexander Lukashenko|P|Lukashenko", "John Coale|P|Coale", "Ukraine|C", "Donald Trump|P|Trump", "Minsk|L", "Lithuania|C|Lithuanian|Vilnius", "U.S. Department of the Treasury|O|Treasury", "Office of Foreign Assets Control|O", "European Union|O|EU", "Ryanair|O", "Mikola Statkevich|P", "Sviatlana Tsikhanouskaya|P", "Vilnius|L", "Kestutis Budrys|P", "Vladimir Putin|P"],
rels: [
"x:leads|Alexander Lukashenko|Belarus|following talks between President Alexander Lukashenko",
"met_with|John Coale|Alexander Lukashenko|was received by Lukashenko in Minsk",
"envoy_of|John Coale|Donald Trump|deputy special envoy for Ukraine, was received",
"visited|John Coale|Minsk|was received by Lukashenko in Minsk",
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
];
