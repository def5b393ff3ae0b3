// Articles 035-039 (November-December 2025). Written for the Liaison sample corpus.
export default [
{
id: "035-geneva-talks-peace-plan",
title: "U.S. and Ukrainian officials rework peace plan in Geneva",
date: "2025-11-23",
body: `
Senior American and Ukrainian officials held talks in Geneva on Sunday on a U.S.-drafted plan to end the war, with Secretary of State Marco Rubio calling the session "the most productive" meeting so far.

Rubio was joined by special envoy Steve Witkoff and Army Secretary Dan Driscoll, who had presented the draft in Kyiv last week. The Ukrainian delegation was headed by Andriy Yermak, the head of President Volodymyr Zelensky's office, with Rustem Umerov and military intelligence chief Kyrylo Budanov.

Officials from Britain, France and Germany met the Ukrainian team separately at the Ukrainian mission earlier in the day. Jonathan Powell, national security adviser to Keir Starmer, led the British side.

The original 28-point plan had been drawn up after Witkoff and Kirill Dmitriev, Russia's investment envoy, met in Miami in October. Rubio said the document was "a living, breathing" text.

Driscoll arrived in Geneva directly from Kyiv. Moscow was not represented, and the Kremlin said it had not received any revised draft.

Zelensky, in a video address, said the results would be reported to him in Kyiv on Monday.
`,
ents: ["United States|C|U.S.|American", "Ukraine|C|Ukrainian", "Geneva|L", "Marco Rubio|P|Rubio", "Steve Witkoff|P|Witkoff", "Dan Driscoll|P|Driscoll", "Kyiv|L", "Andriy Yermak|P", "Volodymyr Zelensky|P|Zelensky", "Office of the President of Ukraine|O|President Volodymyr Zelensky's office", "Rustem Umerov|P", "Kyrylo Budanov|P", "United Kingdom|C|Britain|British", "France|C", "Germany|C", "Jonathan Powell|P", "Keir Starmer|P", "Kirill Dmitriev|P", "Russia|C|Moscow", "Kremlin|O", "Miami|L", "U.S. Army|O|Army"],
rels: [
"leads|Volodymyr Zelensky|Ukraine|the head of President Volodymyr Zelensky's office",
"leads|Dan Driscoll|U.S. Army|Army Secretary Dan Driscoll",
"x:met_with|Marco Rubio|Andriy Yermak|The Ukrainian delegation was headed by Andriy Yermak",
"x:met_with|Marco Rubio|Rustem Umerov|The Ukrainian delegation was headed by Andriy Yermak",
"x:met_with|Marco Rubio|Kyrylo Budanov|The Ukrainian delegation was headed by Andriy Yermak",
"x:met_with|Steve Witkoff|Andriy Yermak|The Ukrainian delegation was headed by Andriy Yermak",
"x:met_with|Steve Witkoff|Rustem Umerov|The Ukrainian delegation was headed by Andriy Yermak",
"x:met_with|Steve Witkoff|Kyrylo Budanov|The Ukrainian delegation was headed by Andriy Yermak",
"x:met_with|Dan Driscoll|Andriy Yermak|The Ukrainian delegation was headed by Andriy Yermak",
"x:met_with|Dan Driscoll|Rustem Umerov|The Ukrainian delegation was headed by Andriy Yermak",
"x:met_with|Dan Driscoll|Kyrylo Budanov|The Ukrainian delegation was headed by Andriy Yermak",
"leads|Andriy Yermak|Office of the President of Ukraine|the head of President Volodymyr Zelensky's office",
"leads|Marco Rubio|United States|with Secretary of State Marco Rubio calling",
"aide_to|Jonathan Powell|Keir Starmer|national security adviser to Keir Starmer",
"x:met_with|Jonathan Powell|Andriy Yermak|led the British side",
"x:met_with|Jonathan Powell|Rustem Umerov|led the British side",
"x:met_with|Jonathan Powell|Kyrylo Budanov|led the British side",
"met_with|Steve Witkoff|Kirill Dmitriev|after Witkoff and Kirill Dmitriev, Russia's investment envoy",
"envoy_of|Kirill Dmitriev|Russia|Russia's investment envoy",
"visited|Dan Driscoll|Geneva|Driscoll arrived in Geneva directly from Kyiv",
],
neg: [
"met_with|Marco Rubio|Kremlin|Moscow was not represented",
"met_with|Andriy Yermak|Volodymyr Zelensky|results to be reported on Monday: future",
],
},
{
id: "036-driscoll-abu-dhabi-russians",
title: "Army Secretary Driscoll holds talks with Russian delegation in Abu Dhabi",
date: "2025-11-25",
body: `
U.S. Army Secretary Dan Driscoll held talks with a Russian delegation in Abu Dhabi on Monday and Tuesday, a U.S. official said, in the first direct contact with Moscow's side on the revised peace framework agreed with Ukraine in Geneva. Driscoll, a Yale Law School classmate of Vice President JD Vance, has become a trusted messenger for the White House on Ukraine.

Driscoll flew to the Emirati capital from Geneva on Sunday night. The official did not identify the Russian participants. Driscoll met the Russian delegation at a hotel on the city's waterfront, according to a person briefed on the talks.

Kyrylo Budanov, head of Ukraine's military intelligence agency HUR, also travelled to Abu Dhabi and met Driscoll separately, his spokesman Andriy Yusov said.

The Emirati foreign ministry, which has mediated several prisoner exchanges between Russia and Ukraine, hosted the contacts but did not take part in the substance.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia had "not yet" received the revised text and would not comment on reports of the meeting. Kremlin aide Yuri Ushakov said Witkoff was expected in Moscow the following week.

The White House said President Donald Trump had not set a deadline but wanted a deal "as soon as possible." Trump said he might meet Putin and Zelensky once the deal was final.
`,
ents: ["United States|C|U.S.", "U.S. Army|O", "Dan Driscoll|P|Driscoll", "Russian delegation|O", "Abu Dhabi|L", "Russia|C|Moscow", "Ukraine|C", "Geneva|L", "Kyrylo Budanov|P", "HUR|O", "Andriy Yusov|P", "United Arab Emirates|C|Emirati", "Kremlin|O", "Dmitry Peskov|P", "Yuri Ushakov|P", "Steve Witkoff|P|Witkoff", "Moscow|L", "White House|O", "Donald Trump|P|Trump", "Vladimir Putin|P|Putin", "Volodymyr Zelensky|P|Zelensky", "Yale Law School|O", "JD Vance|P"],
rels: [
"educated_at|Dan Driscoll|Yale Law School|a Yale Law School classmate of Vice President JD Vance",
"educated_at|JD Vance|Yale Law School|a Yale Law School classmate of Vice President JD Vance",
"met_with|Dan Driscoll|Russian delegation|held talks with a Russian delegation in Abu Dhabi",
"leads|Dan Driscoll|U.S. Army|U.S. Army Secretary Dan Driscoll held talks",
"x:visited|Dan Driscoll|Abu Dhabi|Driscoll flew to the Emirati capital",
"leads|Kyrylo Budanov|HUR|head of Ukraine's military intelligence agency HUR",
"visited|Kyrylo Budanov|Abu Dhabi|also travelled to Abu Dhabi",
"met_with|Kyrylo Budanov|Dan Driscoll|also travelled to Abu Dhabi and met Driscoll",
"aide_to|Andriy Yusov|Kyrylo Budanov|his spokesman Andriy Yusov said",
"works_for|Dmitry Peskov|Kremlin|Kremlin spokesman Dmitry Peskov said",
"works_for|Yuri Ushakov|Kremlin|Kremlin aide Yuri Ushakov said Witkoff",
"x:aide_to|Yuri Ushakov|Vladimir Putin|Kremlin aide Yuri Ushakov said Witkoff",
"leads|Donald Trump|United States|President Donald Trump had not set a deadline",
],
neg: [
"visited|Steve Witkoff|Moscow|expected the following week",
"met_with|Donald Trump|Vladimir Putin|a possible future meeting",
"met_with|Donald Trump|Volodymyr Zelensky|a possible future meeting",
"met_with|Dan Driscoll|Yuri Ushakov|the Russian participants were not identified",
],
},
{
id: "037-witkoff-kushner-kremlin",
title: "Putin receives Witkoff and Kushner for five hours of talks",
date: "2025-12-03",
body: `
Vladimir Putin met Steve Witkoff and Jared Kushner, Donald Trump's son-in-law, in the Kremlin on Tuesday night in talks that lasted about five hours but produced no compromise on territory, the Kremlin said.

Witkoff and Kushner were taken from the airport to lunch in central Moscow by Kirill Dmitriev, who later joined the meeting along with Kremlin aide Yuri Ushakov.

"No compromise has been found yet" on the issue of territory, Ushakov told reporters after the talks ended after midnight. He said the sides had agreed not to disclose the details.

Witkoff, Trump's special envoy, was on his sixth trip to the Russian capital this year. Kushner, who served as a senior adviser to Trump in the White House during his first term, holds no official post but has worked with Witkoff on Gaza.

Before the meeting Putin accused European governments of obstructing peace efforts and said Russia was "ready" for war with Europe if Europe wanted it.

Ukrainian President Volodymyr Zelensky, visiting Ireland, said he was waiting for signals from Washington. Umerov was due to brief the American envoys later in the week.
`,
ents: ["Vladimir Putin|P|Putin", "Steve Witkoff|P|Witkoff", "Jared Kushner|P|Kushner", "Donald Trump|P|Trump", "Kremlin|O", "Moscow|L", "Kirill Dmitriev|P", "Yuri Ushakov|P|Ushakov", "Russia|C|Russian", "White House|O", "Gaza|L", "Ukraine|C|Ukrainian", "Volodymyr Zelensky|P", "Ireland|C", "United States|C|Washington|American", "Rustem Umerov|P|Umerov"],
rels: [
"met_with|Vladimir Putin|Steve Witkoff|Vladimir Putin met Steve Witkoff and Jared Kushner",
"met_with|Vladimir Putin|Jared Kushner|Vladimir Putin met Steve Witkoff and Jared Kushner",
"met_with|Kirill Dmitriev|Steve Witkoff|were taken from the airport to lunch",
"met_with|Kirill Dmitriev|Jared Kushner|were taken from the airport to lunch",
"met_with|Yuri Ushakov|Steve Witkoff|were taken from the airport to lunch",
"met_with|Yuri Ushakov|Jared Kushner|were taken from the airport to lunch",
"works_for|Yuri Ushakov|Kremlin|were taken from the airport to lunch",
"aide_to|Yuri Ushakov|Vladimir Putin|were taken from the airport to lunch",
"visited|Steve Witkoff|Moscow|were taken from the airport to lunch",
"visited|Jared Kushner|Moscow|were taken from the airport to lunch",
"envoy_of|Steve Witkoff|Donald Trump|Trump's special envoy, was on",
"works_for|Jared Kushner|White House|who served as a senior adviser to Trump in the White House",
"aide_to|Jared Kushner|Donald Trump|who served as a senior adviser to Trump in the White House",
"leads|Volodymyr Zelensky|Ukraine|Ukrainian President Volodymyr Zelensky, visiting Ireland",
"visited|Volodymyr Zelensky|Ireland|Ukrainian President Volodymyr Zelensky, visiting Ireland",
],
neg: [
"met_with|Rustem Umerov|Steve Witkoff|a briefing later in the week: future",
"aide_to|Jared Kushner|Steve Witkoff|'worked with' is not an aide relation",
],
},
];
