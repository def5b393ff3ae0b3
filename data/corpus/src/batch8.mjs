// Articles 038-044 (June-November 2025). Written for the Liaison sample corpus.
export default [
{
id: "038-yermak-resigns",
title: "Zelensky's chief of staff Yermak resigns after anti-corruption search",
date: "2025-11-28",
body: `
Andriy Yermak, the powerful head of Ukraine's presidential office, resigned on Friday hours after anti-corruption investigators searched his apartment in Kyiv, President Volodymyr Zelensky said.

Yermak, a former film producer and lawyer, had led Ukraine's negotiating team in Geneva less than a week earlier, where he held talks with Secretary of State Marco Rubio.

Investigators from the National Anti-Corruption Bureau of Ukraine, known as NABU, did not say whether Yermak was a suspect. The bureau is investigating an alleged $100 million kickback scheme in the energy sector.

Zelensky said Rustem Umerov, secretary of the National Security and Defense Council, would lead the delegation in the next round of talks with the United States. Umerov was previously defence minister.

Yermak had been Zelensky's closest aide since 2020 and took part in almost every meeting with Western leaders. He said in a statement that he intended to go to the front.

The Kremlin declined to comment. U.S. envoy Steve Witkoff was expected to meet the Ukrainian team in Florida over the weekend, officials said.
`,
ents: ["Andriy Yermak|P|Yermak", "Ukraine|C", "Office of the President of Ukraine|O|Ukraine's presidential office", "Kyiv|L", "Volodymyr Zelensky|P|Zelensky", "Geneva|L", "Marco Rubio|P", "National Anti-Corruption Bureau of Ukraine|O|NABU", "Rustem Umerov|P|Umerov", "National Security and Defense Council of Ukraine|O|National Security and Defense Council", "United States|C|U.S.", "Kremlin|O", "Steve Witkoff|P", "Florida|L"],
rels: [
"leads|Marco Rubio|United States|where he held talks with Secretary of State Marco Rubio",
"leads|Andriy Yermak|Office of the President of Ukraine|the powerful head of Ukraine's presidential office",
"leads|Volodymyr Zelensky|Ukraine|President Volodymyr Zelensky said",
"met_with|Andriy Yermak|Marco Rubio|where he held talks with Secretary of State Marco Rubio",
"works_for|Rustem Umerov|National Security and Defense Council of Ukraine|secretary of the National Security and Defense Council",
"x:leads|Rustem Umerov|Ukraine|Umerov was previously defence minister",
"aide_to|Andriy Yermak|Volodymyr Zelensky|Yermak had been Zelensky's closest aide since 2020",
"envoy_of|Steve Witkoff|United States|U.S. envoy Steve Witkoff was expected",
],
neg: [
"met_with|Steve Witkoff|Rustem Umerov|expected to meet over the weekend: future",
"visited|Steve Witkoff|Florida|not a trip; a future meeting venue",
"sanctioned_by|Andriy Yermak|National Anti-Corruption Bureau of Ukraine|a search by investigators is not a sanction",
],
},
{
id: "039-umerov-florida-talks",
title: "Umerov holds talks with Rubio, Witkoff and Kushner in Florida",
date: "2025-11-30",
body: `
A Ukrainian delegation led by Rustem Umerov held talks with Secretary of State Marco Rubio, envoy Steve Witkoff and Jared Kushner at a private club in Hallandale Beach, Florida, on Sunday.

Umerov, Ukraine's chief negotiator since Andriy Yermak stepped down on Friday, flew to the United States from Kyiv on Saturday. He was joined at the table by Deputy Foreign Minister Sergiy Kyslytsya and Andriy Hnatov, chief of the General Staff.

Rubio called the four-hour session "productive" but said "more work" remained. Witkoff and Kushner are due to fly to Moscow on Tuesday to present the revised plan to President Vladimir Putin.

Kyslytsya, a former ambassador of Ukraine to the United Nations, said the delegation had defended Ukraine's position on territory.

President Volodymyr Zelensky said he spoke by phone with the delegation during the talks and would receive a full report in person on Monday.

The talks came a week after U.S. and Ukrainian officials met in Geneva. Kremlin spokesman Dmitry Peskov said Moscow was waiting to hear the results from Witkoff.
`,
ents: ["Ukraine|C|Ukrainian", "Rustem Umerov|P|Umerov", "Marco Rubio|P|Rubio", "Steve Witkoff|P|Witkoff", "Jared Kushner|P|Kushner", "Hallandale Beach|L", "Florida|L", "Andriy Yermak|P", "United States|C|U.S.", "Kyiv|L", "Sergiy Kyslytsya|P|Kyslytsya", "Andriy Hnatov|P", "General Staff of the Armed Forces of Ukraine|O|General Staff", "Moscow|L", "Vladimir Putin|P", "United Nations|O", "Volodymyr Zelensky|P", "Geneva|L", "Kremlin|O", "Dmitry Peskov|P", "Russia|C|Moscow"],
rels: [
"leads|Vladimir Putin|Russia|to President Vladimir Putin",
"leads|Volodymyr Zelensky|Ukraine|President Volodymyr Zelensky said he spoke by phone",
"leads|Marco Rubio|United States|held talks with Secretary of State Marco Rubio",
"met_with|Rustem Umerov|Marco Rubio|held talks with Secretary of State Marco Rubio",
"met_with|Rustem Umerov|Steve Witkoff|held talks with Secretary of State Marco Rubio",
"met_with|Rustem Umerov|Jared Kushner|held talks with Secretary of State Marco Rubio",
"visited|Rustem Umerov|United States|flew to the United States from Kyiv",
"leads|Andriy Hnatov|General Staff of the Armed Forces of Ukraine|chief of the General Staff",
"envoy_of|Sergiy Kyslytsya|Ukraine|a former ambassador of Ukraine to the United Nations",
"x:met_with|Sergiy Kyslytsya|Marco Rubio|He was joined at the table by",
"x:met_with|Sergiy Kyslytsya|Steve Witkoff|He was joined at the table by",
"x:met_with|Sergiy Kyslytsya|Jared Kushner|He was joined at the table by",
"x:met_with|Andriy Hnatov|Marco Rubio|He was joined at the table by",
"x:met_with|Andriy Hnatov|Steve Witkoff|He was joined at the table by",
"x:met_with|Andriy Hnatov|Jared Kushner|He was joined at the table by",
"works_for|Dmitry Peskov|Kremlin|Kremlin spokesman Dmitry Peskov said",
],
neg: [
"visited|Steve Witkoff|Moscow|due to fly on Tuesday: future",
"met_with|Steve Witkoff|Vladimir Putin|a planned presentation",
"met_with|Volodymyr Zelensky|Rustem Umerov|a phone call; in-person report due Monday",
"envoy_of|Sergiy Kyslytsya|United Nations|the UN is the destination of the post; the sender is Ukraine",
],
},
{
id: "040-dmitriyev-profile",
title: "From Stanford to the Kremlin: the banker who became Putin's back channel",
date: "2025-04-07",
body: `
When Kirill Dmitriyev walked into the White House complex last week, he became the most senior Russian official to visit Washington in three years. For the 49-year-old financier, it was also a return to a country where he spent his formative years.

Born in Kyiv in 1975, Dmitriyev went to the United States as an exchange student and went on to study economics at Stanford University. He later earned an MBA from Harvard Business School.

He began his career at Goldman Sachs and then worked as a consultant for McKinsey & Company in Moscow, Los Angeles and Prague. In the 2000s he ran Delta Private Equity Partners, a fund set up with U.S. government money, and later Icon Private Equity.

Putin appointed him chief executive of the newly created Russian Direct Investment Fund in 2011. In February this year the president named him his special envoy for investment and economic cooperation with foreign countries.

The U.S. Treasury sanctioned the fund in 2022 and blacklisted Dmitriyev personally weeks later. Ukraine has also imposed sanctions on him.

His wife, Natalia Popova, is deputy director of Innopraktika, a foundation run by Putin's younger daughter, Katerina Tikhonova.
`,
ents: ["Kirill Dmitriev|P|Kirill Dmitriyev|Dmitriyev", "White House|O", "Russia|C|Russian", "Washington, D.C.|L|Washington", "Kyiv|L", "United States|C|U.S.", "Stanford University|O", "Harvard Business School|O", "Goldman Sachs|O", "McKinsey & Company|O", "Moscow|L", "Los Angeles|L", "Prague|L", "Delta Private Equity Partners|O", "Icon Private Equity|O", "Vladimir Putin|P|Putin", "Russian Direct Investment Fund|O", "U.S. Department of the Treasury|O|U.S. Treasury", "Ukraine|C", "Natalia Popova|P", "Katerina Tikhonova|P", "Innopraktika|O"],
rels: [
"visited|Kirill Dmitriev|Washington, D.C.|the most senior Russian official to visit Washington",
"visited|Kirill Dmitriev|United States|went to the United States as an exchange student",
"educated_at|Kirill Dmitriev|Stanford University|study economics at Stanford University",
"x:educated_at|Kirill Dmitriev|Harvard Business School|He later earned an MBA from Harvard Business School",
"x:works_for|Kirill Dmitriev|Goldman Sachs|He began his career at Goldman Sachs",
"x:works_for|Kirill Dmitriev|McKinsey & Company|He began his career at Goldman Sachs",
"x:leads|Kirill Dmitriev|Delta Private Equity Partners|In the 2000s he ran Delta Private Equity Partners",
"x:leads|Kirill Dmitriev|Icon Private Equity|In the 2000s he ran Delta Private Equity Partners",
"x:leads|Kirill Dmitriev|Russian Direct Investment Fund|Putin appointed him chief executive",
"x:envoy_of|Kirill Dmitriev|Vladimir Putin|the president named him his special envoy",
"sanctioned_by|Russian Direct Investment Fund|U.S. Department of the Treasury|The U.S. Treasury sanctioned the fund in 2022|United States",
"sanctioned_by|Kirill Dmitriev|U.S. Department of the Treasury|The U.S. Treasury sanctioned the fund in 2022|United States",
"x:sanctioned_by|Kirill Dmitriev|Ukraine|Ukraine has also imposed sanctions on him",
"works_for|Natalia Popova|Innopraktika|is deputy director of Innopraktika",
"leads|Katerina Tikhonova|Innopraktika|a foundation run by Putin's younger daughter",
],
neg: [
"visited|Kirill Dmitriev|Kyiv|born there, not a trip",
"leads|Natalia Popova|Innopraktika|a deputy director is works_for, not leads",
],
},
];
