// Articles 027-034 (March-July 2025). Written for the Liaison sample corpus.
export default [
{
id: "027-waltz-out-rubio-interim",
title: "Waltz leaves national security post, Rubio takes over on interim basis",
date: "2025-05-01",
body: `
Mike Waltz is out as President Donald Trump's national security adviser, the White House said on Thursday, weeks after he mistakenly added a journalist to a private group chat about military strikes in Yemen.

Trump said he would nominate Waltz, a former Florida congressman and Army Green Beret, to be the U.S. ambassador to the United Nations. The Senate has yet to schedule a hearing. Waltz, who graduated from the Virginia Military Institute, served in the Army for 27 years.

Secretary of State Marco Rubio took over as national security adviser on an interim basis the same afternoon, becoming the first person since Henry Kissinger to hold both posts at once.

Waltz's deputy, Alex Wong, a longtime staffer at the National Security Council, is also leaving. The departures leave Witkoff and Rubio as the main figures on the Russia file.

Waltz had sat in on the February talks in Riyadh with Russian Foreign Minister Sergei Lavrov. He had not met Russian officials since then, aides said.

The chat that led to his fall included Jeffrey Goldberg, editor-in-chief of The Atlantic, who published its contents in March.

Waltz said on social media he was "deeply honored to continue my service."
`,
ents: ["Mike Waltz|P|Waltz", "Donald Trump|P|Trump", "White House|O", "Yemen|C", "Florida|L", "United States|C|U.S.", "United Nations|O", "United States Senate|O|Senate", "Marco Rubio|P|Rubio", "Henry Kissinger|P", "Alex Wong|P", "National Security Council|O", "Steve Witkoff|P|Witkoff", "Riyadh|L", "Russia|C|Russian", "Sergei Lavrov|P", "Jeffrey Goldberg|P", "The Atlantic|O", "Virginia Military Institute|O", "U.S. Army|O|Army"],
rels: [
"educated_at|Mike Waltz|Virginia Military Institute|who graduated from the Virginia Military Institute",
"works_for|Mike Waltz|U.S. Army|served in the Army for 27 years",
"leads|Donald Trump|United States|President Donald Trump's national security adviser",
"aide_to|Mike Waltz|Donald Trump|President Donald Trump's national security adviser",
"x:aide_to|Marco Rubio|Donald Trump|took over as national security adviser on an interim basis",
"leads|Marco Rubio|United States|Secretary of State Marco Rubio took over",
"works_for|Alex Wong|National Security Council|a longtime staffer at the National Security Council",
"met_with|Mike Waltz|Sergei Lavrov|had sat in on the February talks in Riyadh",
"leads|Sergei Lavrov|Russia|had sat in on the February talks in Riyadh",
"leads|Jeffrey Goldberg|The Atlantic|editor-in-chief of The Atlantic",
],
neg: [
"envoy_of|Mike Waltz|United States|nominated, not yet ambassador",
"envoy_of|Mike Waltz|United Nations|nominated ambassador to the UN; the UN is the destination and the post is not held",
"met_with|Mike Waltz|Jeffrey Goldberg|added to a group chat, not a meeting",
"visited|Mike Waltz|Yemen|the chat was about strikes in Yemen",
],
},
{
id: "028-minerals-deal-signed",
title: "U.S. and Ukraine sign minerals deal after Vatican encounter",
date: "2025-04-30",
body: `
The United States and Ukraine signed an agreement on Wednesday creating a joint investment fund for the reconstruction of Ukraine, financed in part by future revenue from Ukrainian minerals, oil and gas.

Treasury Secretary Scott Bessent signed the deal in Washington with Ukraine's First Deputy Prime Minister Yulia Svyrydenko, who also serves as economy minister. Svyrydenko had travelled to Washington on Tuesday to settle last-minute disputes over the text.

The U.S. International Development Finance Corporation will manage the fund jointly with a Ukrainian state agency, the Treasury said in a statement.

The signing came four days after President Donald Trump and President Volodymyr Zelensky spoke face to face for about 15 minutes inside St. Peter's Basilica before the funeral of Pope Francis. It was their first meeting since a heated exchange in the Oval Office in February.

Bessent said the deal signalled "to Russia that the Trump administration is committed to a peace process centered on a free, sovereign and prosperous Ukraine."

Kremlin spokesman Dmitry Peskov declined to comment on the agreement. Moscow's foreign ministry said it would study the text.
`,
ents: ["United States|C|U.S.", "Ukraine|C|Ukrainian", "Scott Bessent|P|Bessent", "U.S. Department of the Treasury|O|Treasury", "Washington, D.C.|L|Washington", "Yulia Svyrydenko|P|Svyrydenko", "U.S. International Development Finance Corporation|O", "Donald Trump|P", "Volodymyr Zelensky|P", "St. Peter's Basilica|L", "Pope Francis|P", "Russia|C|Moscow", "Trump administration|O", "Kremlin|O", "Dmitry Peskov|P"],
rels: [
"leads|Scott Bessent|U.S. Department of the Treasury|Treasury Secretary Scott Bessent signed the deal",
"met_with|Scott Bessent|Yulia Svyrydenko|Treasury Secretary Scott Bessent signed the deal",
"leads|Yulia Svyrydenko|Ukraine|who also serves as economy minister",
"leads|Donald Trump|United States|President Donald Trump and President Volodymyr Zelensky",
"visited|Yulia Svyrydenko|Washington, D.C.|Svyrydenko had travelled to Washington",
"met_with|Donald Trump|Volodymyr Zelensky|spoke face to face for about 15 minutes",
"leads|Volodymyr Zelensky|Ukraine|spoke face to face for about 15 minutes",
"works_for|Dmitry Peskov|Kremlin|Kremlin spokesman Dmitry Peskov declined",
],
neg: [
"visited|Donald Trump|St. Peter's Basilica|place of the encounter only",
],
},
{
id: "029-karelina-petrov-swap",
title: "Ballet dancer Karelina freed in Abu Dhabi swap for Russian-German suspect",
date: "2025-04-10",
body: `
Russia freed Ksenia Karelina, a Russian-American ballet dancer from Los Angeles, on Thursday in exchange for Arthur Petrov, a Russian-German citizen held in the United States on export-control charges, in a swap carried out on the tarmac in Abu Dhabi.

Karelina, 33, had been sentenced to 12 years for treason after donating about $51 to a charity helping Ukraine. Petrov was arrested in Cyprus in 2023 at the request of U.S. prosecutors, who accused him of shipping American microelectronics to Russian arms makers.

CIA Director John Ratcliffe said the agency had negotiated the deal. He said he had kept in touch by phone with Sergei Naryshkin, director of Russia's Foreign Intelligence Service, but that the two men had not met.

The United Arab Emirates helped arrange the handover, its foreign ministry said. Karelina was flown to Washington overnight and reunited with her family, according to her lawyer.

It was the second such release since February, when Marc Fogel was freed. Kremlin spokesman Dmitry Peskov said such exchanges helped "build trust" with Washington.

Secretary of State Marco Rubio welcomed the release but warned Americans against travelling to Russia.
`,
ents: ["Russia|C|Russian", "Ksenia Karelina|P|Karelina", "Los Angeles|L", "Arthur Petrov|P|Petrov", "United States|C|U.S.|American|Washington", "Abu Dhabi|L", "Ukraine|C", "Cyprus|C", "Central Intelligence Agency|O|CIA", "John Ratcliffe|P", "Sergei Naryshkin|P", "Foreign Intelligence Service|O", "United Arab Emirates|C", "Washington, D.C.|L|Washington", "Marc Fogel|P", "Kremlin|O", "Dmitry Peskov|P", "Marco Rubio|P"],
rels: [
"leads|John Ratcliffe|Central Intelligence Agency|CIA Director John Ratcliffe said",
"leads|Sergei Naryshkin|Foreign Intelligence Service|director of Russia's Foreign Intelligence Service",
"visited|Ksenia Karelina|Washington, D.C.|Karelina was flown to Washington overnight",
"works_for|Dmitry Peskov|Kremlin|Kremlin spokesman Dmitry Peskov said",
"leads|Marco Rubio|United States|Secretary of State Marco Rubio welcomed",
],
neg: [
"met_with|John Ratcliffe|Sergei Naryshkin|contacts by phone; 'had not met'",
"visited|Arthur Petrov|Cyprus|arrested there; no trip is described",
],
},
{
id: "030-darchiev-arrives-washington",
title: "Russia's new ambassador Darchiev arrives in Washington",
date: "2025-03-20",
body: `
Alexander Darchiev, Moscow's new ambassador to the United States, arrived in Washington on Wednesday, filling a post that had been vacant since his predecessor Anatoly Antonov left last October.

Darchiev, 64, flew in via Istanbul and was met at Dulles airport by embassy staff, the Russian embassy said on Telegram. On Thursday he handed copies of his credentials to the State Department's Office of the Chief of Protocol, which received him at its offices.

The appointment had been approved by Washington in early March, in one of the first concrete results of the Riyadh talks between Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov.

Darchiev spent most of his career in the Russian Foreign Ministry, including earlier postings in Washington and as ambassador to Canada. He led Russia's team at the embassy talks in Istanbul in February.

Antonov, who served in Washington for more than three years, was himself placed under U.S. and EU sanctions in 2014 while serving as deputy defence minister.

A date for Darchiev to present his credentials to President Donald Trump has not been set.
`,
ents: ["Alexander Darchiev|P|Darchiev", "Russia|C|Russian|Moscow", "United States|C|U.S.|Washington", "Washington, D.C.|L|Washington", "Anatoly Antonov|P|Antonov", "Istanbul|L", "Dulles International Airport|L|Dulles airport", "Russian Embassy in Washington|O|Russian embassy", "Telegram|O", "U.S. Department of State|O|State Department", "Office of the Chief of Protocol|O", "Riyadh|L", "Marco Rubio|P", "Sergei Lavrov|P", "Russian Foreign Ministry|O", "Canada|C", "European Union|O|EU", "Donald Trump|P"],
rels: [
"leads|Sergei Lavrov|Russian Foreign Ministry|Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov|Russia",
"leads|Marco Rubio|U.S. Department of State|Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov|United States",
"leads|Donald Trump|United States|to President Donald Trump has not been set",
"envoy_of|Alexander Darchiev|Russia|Moscow's new ambassador to the United States",
"visited|Alexander Darchiev|Washington, D.C.|arrived in Washington on Wednesday",
"x:envoy_of|Anatoly Antonov|Russia|his predecessor Anatoly Antonov",
"met_with|Alexander Darchiev|Office of the Chief of Protocol|which received him at its offices",
"met_with|Marco Rubio|Sergei Lavrov|the Riyadh talks between Secretary of State Marco Rubio",
"works_for|Alexander Darchiev|Russian Foreign Ministry|spent most of his career in the Russian Foreign Ministry",
"sanctioned_by|Anatoly Antonov|United States|was himself placed under U.S. and EU sanctions",
"sanctioned_by|Anatoly Antonov|European Union|was himself placed under U.S. and EU sanctions",
],
neg: [
"met_with|Alexander Darchiev|Donald Trump|credentials ceremony not yet scheduled",
"envoy_of|Alexander Darchiev|United States|the U.S. is the receiving country",
"envoy_of|Alexander Darchiev|Canada|Canada was the receiving country of an earlier posting",
],
},
];
