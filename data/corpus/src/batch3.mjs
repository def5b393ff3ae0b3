// Articles 020-029 (April-October 2025). Written for the Liaison sample corpus.
export default [
{
id: "020-zelensky-erdogan-ankara",
title: "Zelensky meets Erdogan in Ankara, sends ministers to Istanbul",
date: "2025-05-15",
body: `
Ukrainian President Volodymyr Zelensky held talks with Turkish President Recep Tayyip Erdogan in Ankara on Thursday and then said he would not go to Istanbul himself, because the Kremlin had sent only a low-level team.

Zelensky arrived in the Turkish capital in the afternoon, accompanied by his chief of staff Andriy Yermak and Foreign Minister Andrii Sybiha. The two leaders spoke for nearly three hours at the presidential complex.

"I came to Turkey to meet Putin," Zelensky told reporters. He said Ukraine's delegation, headed by Defence Minister Rustem Umerov, would travel to Istanbul on Friday to test Russia's intentions.

Moscow's delegation, led by presidential aide Vladimir Medinsky, had landed in Istanbul the evening before. Kremlin spokesman Dmitry Peskov said Putin "never planned" to attend.

Erdogan, who has kept channels open to both Moscow and Kyiv, said Turkey was ready to host a meeting of the two presidents at any time.

Zelensky also spoke by phone with U.S. President Donald Trump before leaving Ankara, his office said.
`,
ents: ["Volodymyr Zelensky|P|Zelensky", "Ukraine|C|Ukrainian|Kyiv", "Recep Tayyip Erdogan|P|Erdogan", "Turkey|C|Turkish", "Ankara|L", "Istanbul|L", "Kremlin|O", "Andriy Yermak|P", "Andrii Sybiha|P", "Vladimir Putin|P|Putin", "Rustem Umerov|P", "Russia|C|Moscow", "Vladimir Medinsky|P", "Dmitry Peskov|P", "United States|C|U.S.", "Donald Trump|P"],
rels: [
"met_with|Volodymyr Zelensky|Recep Tayyip Erdogan|held talks with Turkish President Recep Tayyip Erdogan in Ankara",
"leads|Volodymyr Zelensky|Ukraine|Ukrainian President Volodymyr Zelensky held talks",
"leads|Recep Tayyip Erdogan|Turkey|held talks with Turkish President Recep Tayyip Erdogan in Ankara",
"x:visited|Volodymyr Zelensky|Ankara|Zelensky arrived in the Turkish capital",
"aide_to|Andriy Yermak|Volodymyr Zelensky|accompanied by his chief of staff Andriy Yermak",
"x:visited|Andriy Yermak|Ankara|accompanied by his chief of staff Andriy Yermak",
"x:visited|Andrii Sybiha|Ankara|accompanied by his chief of staff Andriy Yermak",
"leads|Andrii Sybiha|Ukraine|accompanied by his chief of staff Andriy Yermak",
"visited|Volodymyr Zelensky|Turkey|I came to Turkey to meet Putin",
"leads|Rustem Umerov|Ukraine|headed by Defence Minister Rustem Umerov",
"visited|Vladimir Medinsky|Istanbul|had landed in Istanbul the evening before",
"works_for|Dmitry Peskov|Kremlin|Kremlin spokesman Dmitry Peskov said",
"leads|Donald Trump|United States|U.S. President Donald Trump before leaving Ankara",
],
neg: [
"met_with|Volodymyr Zelensky|Vladimir Putin|came to meet Putin, but no meeting took place",
"visited|Volodymyr Zelensky|Istanbul|said he would not go",
"visited|Rustem Umerov|Istanbul|'would travel' on Friday: future at time of writing",
"met_with|Volodymyr Zelensky|Donald Trump|a phone call",
"visited|Vladimir Putin|Istanbul|never planned to attend",
],
},
{
id: "021-rubio-lavrov-kuala-lumpur",
title: "Rubio and Lavrov meet in Kuala Lumpur amid Trump frustration",
date: "2025-07-10",
body: `
U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov met for about 50 minutes in Kuala Lumpur on Thursday on the sidelines of a regional security gathering hosted by the Association of Southeast Asian Nations.

It was their second in-person meeting since February. Rubio told reporters afterwards that he had conveyed President Donald Trump's "disappointment and frustration" over the lack of progress toward a ceasefire in Ukraine, and that Lavrov had shared "a new idea" that he would take back to Washington.

Rubio arrived in the Malaysian capital on Wednesday on his first trip to Asia as secretary of state. Earlier on Thursday, he was received by Malaysian Prime Minister Anwar Ibrahim.

Lavrov, who had flown in from North Korea, said the talks were "frank." He also sat down with China's foreign minister, Wang Yi.

Trump has threatened "very severe" tariffs on buyers of Russian oil unless Moscow agrees to a ceasefire within 50 days. He has not yet imposed them.

The State Department said no new meeting between Rubio and Lavrov had been scheduled.
`,
ents: ["United States|C|U.S.|Washington", "Marco Rubio|P|Rubio", "Russia|C|Russian|Moscow", "Sergei Lavrov|P|Lavrov", "Kuala Lumpur|L", "Association of Southeast Asian Nations|O", "Donald Trump|P|Trump", "Ukraine|C", "Malaysia|C|Malaysian", "Anwar Ibrahim|P", "North Korea|C", "China|C", "Wang Yi|P", "U.S. Department of State|O|State Department"],
rels: [
"met_with|Marco Rubio|Sergei Lavrov|met for about 50 minutes in Kuala Lumpur",
"leads|Marco Rubio|U.S. Department of State|U.S. Secretary of State Marco Rubio and Russian Foreign Minister|United States",
"leads|Sergei Lavrov|Russia|U.S. Secretary of State Marco Rubio and Russian Foreign Minister",
"x:leads|Donald Trump|United States|conveyed President Donald Trump's",
"x:visited|Marco Rubio|Kuala Lumpur|Rubio arrived in the Malaysian capital",
"met_with|Marco Rubio|Anwar Ibrahim|he was received by Malaysian Prime Minister Anwar Ibrahim",
"leads|Anwar Ibrahim|Malaysia|he was received by Malaysian Prime Minister Anwar Ibrahim",
"met_with|Sergei Lavrov|Wang Yi|He also sat down with China's foreign minister",
"leads|Wang Yi|China|He also sat down with China's foreign minister",
],
neg: [
],
},
{
id: "022-witkoff-moscow-august",
title: "Putin receives Witkoff days before Trump's sanctions deadline",
date: "2025-08-06",
body: `
Russian President Vladimir Putin held three hours of talks with U.S. special envoy Steve Witkoff in the Kremlin on Wednesday, two days before a deadline set by President Donald Trump for Moscow to agree to a ceasefire or face new sanctions.

Witkoff arrived in Moscow early in the morning and was met at the airport by Kirill Dmitriev. The two were later filmed walking together in Zaryadye Park near the Kremlin walls.

Kremlin aide Yuri Ushakov described the meeting as "useful and constructive" and said "signals" had been exchanged on Ukraine. He said Witkoff had not brought any written proposals.

Trump said afterwards on social media that "great progress was made" and that he had briefed European allies. The White House had earlier said secondary sanctions on countries buying Russian oil could take effect on Friday; it gave no update on Wednesday.

The same day, Trump ordered an additional 25 percent tariff on goods from India over its purchases of Russian crude.

Ushakov said a summit between Putin and Trump had been agreed "in principle" and could take place in the coming days, with the venue to be set later.
`,
ents: ["Russia|C|Russian|Moscow", "Vladimir Putin|P|Putin", "United States|C|U.S.", "Steve Witkoff|P|Witkoff", "Kremlin|O", "Donald Trump|P|Trump", "Moscow|L", "Kirill Dmitriev|P", "Zaryadye Park|L", "Yuri Ushakov|P|Ushakov", "Ukraine|C", "White House|O", "India|C"],
rels: [
"met_with|Vladimir Putin|Steve Witkoff|held three hours of talks with U.S. special envoy Steve Witkoff",
"leads|Vladimir Putin|Russia|Russian President Vladimir Putin held three hours",
"envoy_of|Steve Witkoff|United States|held three hours of talks with U.S. special envoy Steve Witkoff",
"leads|Donald Trump|United States|a deadline set by President Donald Trump",
"visited|Steve Witkoff|Moscow|Witkoff arrived in Moscow early in the morning",
"met_with|Steve Witkoff|Kirill Dmitriev|was met at the airport by Kirill Dmitriev",
"works_for|Yuri Ushakov|Kremlin|Kremlin aide Yuri Ushakov described",
"aide_to|Yuri Ushakov|Vladimir Putin|Kremlin aide Yuri Ushakov described",
],
neg: [
"sanctioned_by|Russia|United States|new sanctions only threatened by a deadline",
"met_with|Vladimir Putin|Donald Trump|a summit agreed in principle, not held",
"sanctioned_by|India|United States|a tariff is not a sanction and is ordered, not in effect",
],
},
{
id: "023-alaska-summit",
title: "Trump and Putin meet in Alaska, no ceasefire deal",
date: "2025-08-15",
body: `
Donald Trump and Vladimir Putin met at Joint Base Elmendorf-Richardson in Anchorage on Friday, the first U.S.-Russia summit since 2021, but left without announcing a ceasefire in Ukraine.

The Russian leader flew to Alaska from the Far East and was greeted by Trump on the tarmac with a red carpet. The talks were held in a three-on-three format: Trump was joined by Secretary of State Marco Rubio and envoy Steve Witkoff, and Putin by Foreign Minister Sergei Lavrov and aide Yuri Ushakov.

The meeting lasted under three hours. A planned lunch with larger delegations, including Treasury Secretary Scott Bessent and Kirill Dmitriev, was cancelled.

Dmitriev, head of Russia's sovereign wealth fund, had arrived in Anchorage a day earlier and gave interviews to American television outside the media center.

"There's no deal until there's a deal," Trump told reporters at a joint appearance where neither leader took questions. Putin, speaking in Russian, suggested the next meeting be held "in Moscow."

Trump said he would call Ukrainian President Volodymyr Zelensky and European leaders to brief them on the talks.
`,
ents: ["Donald Trump|P|Trump", "Vladimir Putin|P|Putin", "Joint Base Elmendorf-Richardson|L", "Anchorage|L", "United States|C|U.S.|American", "Russia|C|Russian", "Ukraine|C|Ukrainian", "Alaska|L", "Marco Rubio|P", "Steve Witkoff|P", "Sergei Lavrov|P", "Yuri Ushakov|P", "Scott Bessent|P", "Kirill Dmitriev|P|Dmitriev", "Russian Direct Investment Fund|O|Russia's sovereign wealth fund", "Moscow|L", "Volodymyr Zelensky|P"],
rels: [
"leads|Marco Rubio|United States|The talks were held in a three-on-three format",
"met_with|Donald Trump|Vladimir Putin|Donald Trump and Vladimir Putin met at Joint Base",
"visited|Vladimir Putin|Alaska|The Russian leader flew to Alaska",
"x:leads|Vladimir Putin|Russia|The Russian leader flew to Alaska",
"met_with|Donald Trump|Sergei Lavrov|The talks were held in a three-on-three format",
"met_with|Donald Trump|Yuri Ushakov|The talks were held in a three-on-three format",
"met_with|Marco Rubio|Vladimir Putin|The talks were held in a three-on-three format",
"met_with|Marco Rubio|Sergei Lavrov|The talks were held in a three-on-three format",
"met_with|Marco Rubio|Yuri Ushakov|The talks were held in a three-on-three format",
"met_with|Steve Witkoff|Vladimir Putin|The talks were held in a three-on-three format",
"met_with|Steve Witkoff|Sergei Lavrov|The talks were held in a three-on-three format",
"met_with|Steve Witkoff|Yuri Ushakov|The talks were held in a three-on-three format",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|head of Russia's sovereign wealth fund",
"visited|Kirill Dmitriev|Anchorage|had arrived in Anchorage a day earlier",
"leads|Scott Bessent|United States|including Treasury Secretary Scott Bessent",
"leads|Volodymyr Zelensky|Ukraine|would call Ukrainian President Volodymyr Zelensky",
"aide_to|Yuri Ushakov|Vladimir Putin|The talks were held in a three-on-three format",
"leads|Sergei Lavrov|Russia|The talks were held in a three-on-three format",
],
neg: [
"met_with|Scott Bessent|Kirill Dmitriev|the lunch with larger delegations was cancelled",
"met_with|Donald Trump|Volodymyr Zelensky|a planned phone call",
"visited|Donald Trump|Moscow|a suggested future meeting",
"met_with|Marco Rubio|Steve Witkoff|same side of a list; not a reported meeting between them",
],
},
];
