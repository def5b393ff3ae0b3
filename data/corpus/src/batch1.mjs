// Articles 001-010 (February-March 2025). Written for the Liaison sample corpus.
export default [
{
id: "001-witkoff-flies-fogel-home",
title: "Witkoff flies Fogel out of Moscow after fund chief helps broker release",
date: "2025-02-12",
body: `
U.S. special envoy Steve Witkoff left Moscow on Tuesday evening with Marc Fogel, an American teacher who had spent more than three years in a Russian prison, closing a case both governments had called a test of goodwill.

Witkoff landed in the Russian capital that morning on a private jet. A White House statement said the envoy was received by Yuri Ushakov, foreign policy aide to President Vladimir Putin, before Fogel was handed over.

Fogel, 63, taught history at the Anglo-American School of Moscow for nearly a decade and was detained in 2021 after customs officers found medical marijuana in his luggage.

People familiar with the talks said Kirill Dmitriev, who heads the Russian Direct Investment Fund, helped put the deal together, working with Witkoff over several weeks.

President Donald Trump said he had not spoken with Putin before the release, though he thanked Russia for being "very nice" about it. Trump met Fogel in the Oval Office shortly before midnight.

Moscow presented the release as a gesture rather than a trade. Kremlin spokesman Dmitry Peskov told reporters it could become "one of the steps" toward rebuilding trust between the two countries.
`,
ents: ["Steve Witkoff|P|Witkoff", "Marc Fogel|P|Fogel", "Moscow|L", "Russia|C|Russian|Moscow", "United States|C|U.S.", "White House|O", "Yuri Ushakov|P", "Vladimir Putin|P|Putin", "Anglo-American School of Moscow|O", "Kirill Dmitriev|P", "Russian Direct Investment Fund|O", "Donald Trump|P|Trump", "Kremlin|O", "Dmitry Peskov|P"],
rels: [
"envoy_of|Steve Witkoff|United States|U.S. special envoy Steve Witkoff",
"x:visited|Steve Witkoff|Moscow|Witkoff landed in the Russian capital",
"met_with|Steve Witkoff|Yuri Ushakov|the envoy was received by Yuri Ushakov",
"aide_to|Yuri Ushakov|Vladimir Putin|foreign policy aide to President Vladimir Putin",
"leads|Vladimir Putin|Russia|foreign policy aide to President Vladimir Putin",
"works_for|Marc Fogel|Anglo-American School of Moscow|taught history at the Anglo-American School",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|who heads the Russian Direct Investment Fund",
"leads|Donald Trump|United States|President Donald Trump said",
"met_with|Donald Trump|Marc Fogel|Trump met Fogel in the Oval Office",
"works_for|Dmitry Peskov|Kremlin|Kremlin spokesman Dmitry Peskov",
],
neg: [
"met_with|Donald Trump|Vladimir Putin|Trump says he had not spoken with Putin; no meeting",
"met_with|Kirill Dmitriev|Steve Witkoff|'working with' on a deal is not a reported meeting",
],
},
{
id: "002-riyadh-talks-open",
title: "U.S. and Russian top diplomats hold first talks in Riyadh",
date: "2025-02-18",
body: `
Secretary of State Marco Rubio, national security adviser Mike Waltz and envoy Steve Witkoff met Russian Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov in Riyadh on Tuesday, the first sit-down between senior officials of the two countries since Russia's full-scale invasion of Ukraine.

The talks at Diriyah Palace lasted about four and a half hours. Saudi Foreign Minister Prince Faisal bin Farhan and national security adviser Musaed al-Aiban welcomed both delegations before leaving the room.

Rubio told reporters the sides had agreed to restore staffing at their embassies and to set up high-level teams to work on ending the war. Lavrov called the conversation "very useful."

No Ukrainian official took part. President Volodymyr Zelensky, who was on a visit to the United Arab Emirates, said Kyiv would not accept any outcome reached without it, and postponed a trip to Saudi Arabia that had been planned for Wednesday.

Kirill Dmitriev, the head of Russia's sovereign wealth fund, also travelled to Riyadh and joined the Russian team on economic questions.

Both sides said a meeting between President Donald Trump and President Vladimir Putin could follow, but no date was set.
`,
ents: ["Marco Rubio|P|Rubio", "Mike Waltz|P", "Steve Witkoff|P", "Sergei Lavrov|P|Lavrov", "Yuri Ushakov|P", "Riyadh|L", "Russia|C|Russian", "Ukraine|C", "Diriyah Palace|L", "Faisal bin Farhan|P", "Musaed al-Aiban|P", "Saudi Arabia|C|Saudi", "Volodymyr Zelensky|P", "United Arab Emirates|C", "Kirill Dmitriev|P", "Russian Direct Investment Fund|O|Russia's sovereign wealth fund", "Donald Trump|P", "Vladimir Putin|P", "Kremlin|O"],
rels: [
"met_with|Marco Rubio|Sergei Lavrov|met Russian Foreign Minister Sergei Lavrov",
"met_with|Marco Rubio|Yuri Ushakov|met Russian Foreign Minister Sergei Lavrov",
"met_with|Mike Waltz|Sergei Lavrov|met Russian Foreign Minister Sergei Lavrov",
"met_with|Mike Waltz|Yuri Ushakov|met Russian Foreign Minister Sergei Lavrov",
"met_with|Steve Witkoff|Sergei Lavrov|met Russian Foreign Minister Sergei Lavrov",
"met_with|Steve Witkoff|Yuri Ushakov|met Russian Foreign Minister Sergei Lavrov",
"leads|Sergei Lavrov|Russia|met Russian Foreign Minister Sergei Lavrov",
"works_for|Yuri Ushakov|Kremlin|met Russian Foreign Minister Sergei Lavrov",
"x:aide_to|Yuri Ushakov|Vladimir Putin|met Russian Foreign Minister Sergei Lavrov",
"x:aide_to|Mike Waltz|Donald Trump|met Russian Foreign Minister Sergei Lavrov",
"leads|Faisal bin Farhan|Saudi Arabia|Saudi Foreign Minister Prince Faisal bin Farhan",
"visited|Volodymyr Zelensky|United Arab Emirates|who was on a visit to the United Arab Emirates",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|the head of Russia's sovereign wealth fund",
"visited|Kirill Dmitriev|Riyadh|also travelled to Riyadh",
],
neg: [
"visited|Volodymyr Zelensky|Saudi Arabia|trip postponed, not made",
"met_with|Donald Trump|Vladimir Putin|a possible future meeting",
"visited|Sergei Lavrov|Diriyah Palace|being the place where the meeting happened is not a reported visit",
],
},
{
id: "003-dmitriev-324-billion",
title: "Russian fund chief says U.S. firms lost $324 billion by leaving Russia",
date: "2025-02-19",
body: `
American companies lost some $324 billion by pulling out of Russia after 2022, Kirill Dmitriev, head of the Russian Direct Investment Fund, said on the sidelines of the Riyadh talks on Wednesday.

Dmitriev, who was named President Vladimir Putin's special envoy for investment and economic cooperation days earlier, said he had raised the figure when he sat down with Steve Witkoff and other members of the American delegation.

The 49-year-old is an unusual figure in the Kremlin's circle. Born in Kyiv, he studied economics at Stanford University and earned an MBA from Harvard Business School, then worked at McKinsey & Company and Goldman Sachs before returning to Russia in the 2000s.

He has run the fund since it was set up in 2011. The United States Treasury blacklisted both the fund and Dmitriev in 2022, citing his ties to Putin.

"Russia is open for business for those who come back on fair terms," Dmitriev said, adding that he had met executives of several American energy firms in recent months.

U.S. officials did not confirm his estimate. A State Department spokeswoman said any return of companies would depend on progress toward a ceasefire in Ukraine.
`,
ents: ["Kirill Dmitriev|P|Dmitriev", "Russian Direct Investment Fund|O", "Riyadh|L", "Vladimir Putin|P|Putin", "Steve Witkoff|P", "Kremlin|O", "Kyiv|L", "Stanford University|O", "Harvard Business School|O", "McKinsey & Company|O", "Goldman Sachs|O", "Russia|C", "United States Treasury|O", "United States|C|U.S.", "U.S. Department of State|O|State Department", "Ukraine|C"],
rels: [
"leads|Vladimir Putin|Russia|President Vladimir Putin's special envoy",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|head of the Russian Direct Investment Fund, said",
"envoy_of|Kirill Dmitriev|Vladimir Putin|special envoy for investment and economic cooperation days earlier",
"met_with|Kirill Dmitriev|Steve Witkoff|when he sat down with Steve Witkoff",
"educated_at|Kirill Dmitriev|Stanford University|studied economics at Stanford University",
"educated_at|Kirill Dmitriev|Harvard Business School|studied economics at Stanford University",
"works_for|Kirill Dmitriev|McKinsey & Company|studied economics at Stanford University",
"works_for|Kirill Dmitriev|Goldman Sachs|studied economics at Stanford University",
"sanctioned_by|Kirill Dmitriev|United States Treasury|blacklisted both the fund and Dmitriev|United States",
"sanctioned_by|Russian Direct Investment Fund|United States Treasury|blacklisted both the fund and Dmitriev|United States",
],
neg: [
"visited|Kirill Dmitriev|Kyiv|born there, not a reported trip",
"met_with|Kirill Dmitriev|Vladimir Putin|ties to Putin are not a meeting",
],
},
{
id: "004-istanbul-embassy-talks",
title: "U.S., Russian delegations meet in Istanbul on embassy operations",
date: "2025-02-27",
body: `
Delegations from the United States and Russia held closed-door consultations in Istanbul on Thursday on restoring the work of their diplomatic missions, the first follow-up to last week's meeting in Saudi Arabia.

The talks took place at the residence of the U.S. consul general and lasted more than six hours. The American side was led by Sonata Coulter, a deputy assistant secretary of state, and the Russian side by Alexander Darchiev, director of the North America department at the Russian Foreign Ministry.

Both teams discussed visas, bank accounts for diplomats and the return of seized diplomatic property, officials said. Years of expulsions have reduced both embassies to skeleton staff.

Russian Foreign Minister Sergei Lavrov said in Moscow that the Istanbul talks would show "how quickly and how effectively we can move forward." He did not attend.

A State Department spokeswoman, Tammy Bruce, said the meeting "did not include any discussion of Ukraine" and that a second session had not yet been scheduled.

Turkey's Foreign Ministry said Ankara was pleased to host the meeting and ready to do so again.
`,
ents: ["United States|C|U.S.", "Russia|C|Russian", "Istanbul|L", "Saudi Arabia|C", "Sonata Coulter|P", "Alexander Darchiev|P", "Russian Foreign Ministry|O", "Sergei Lavrov|P|Lavrov", "Moscow|L", "U.S. Department of State|O|State Department", "Tammy Bruce|P", "Turkey|C|Ankara", "Turkish Foreign Ministry|O|Turkey's Foreign Ministry", "Ukraine|C"],
rels: [
"met_with|Sonata Coulter|Alexander Darchiev|The American side was led by Sonata Coulter",
"works_for|Sonata Coulter|U.S. Department of State|The American side was led by Sonata Coulter",
"works_for|Alexander Darchiev|Russian Foreign Ministry|The American side was led by Sonata Coulter",
"leads|Sergei Lavrov|Russian Foreign Ministry|Russian Foreign Minister Sergei Lavrov said in Moscow|Russia",
"works_for|Tammy Bruce|U.S. Department of State|A State Department spokeswoman, Tammy Bruce",
],
neg: [
"met_with|Sergei Lavrov|Sonata Coulter|Lavrov did not attend",
"visited|Sergei Lavrov|Istanbul|he did not attend",
],
},
{
id: "005-witkoff-putin-late-night",
title: "Putin receives Trump envoy Witkoff for late-night talks on truce plan",
date: "2025-03-14",
body: `
Russian President Vladimir Putin met Steve Witkoff, President Donald Trump's special envoy, in the Kremlin late on Thursday to discuss a U.S. proposal for a 30-day ceasefire in Ukraine, Putin's spokesman said on Friday.

Dmitry Peskov said Putin had used the meeting to convey "additional information and signals" to Trump. Witkoff had flown into Moscow earlier in the day and was kept waiting for several hours while Putin held talks with Belarusian leader Alexander Lukashenko.

Yuri Ushakov, who advises Putin on foreign policy, described the idea of a short truce as "nothing more than a temporary respite" for Ukrainian forces. He had spoken by telephone with national security adviser Mike Waltz a day earlier to set out Moscow's position.

Trump later said on social media that the talks had been "very good and productive" and that there was "a very good chance" the war could end. He said he had not yet scheduled a call with Putin.

Kirill Dmitriev, Putin's envoy on economic cooperation, met Witkoff at the airport, according to Russian state media.

Ukraine's President Volodymyr Zelensky accused the Kremlin of dragging out the process.
`,
ents: ["Vladimir Putin|P|Putin", "Steve Witkoff|P|Witkoff", "Donald Trump|P|Trump", "Kremlin|O", "Ukraine|C|Ukrainian", "Dmitry Peskov|P", "Moscow|L", "Russia|C|Russian|Moscow", "Alexander Lukashenko|P", "Belarus|C|Belarusian", "Yuri Ushakov|P", "Mike Waltz|P", "Kirill Dmitriev|P", "Volodymyr Zelensky|P", "United States|C|U.S."],
rels: [
"leads|Donald Trump|United States|President Donald Trump's special envoy",
"met_with|Vladimir Putin|Steve Witkoff|Russian President Vladimir Putin met Steve Witkoff",
"leads|Vladimir Putin|Russia|Russian President Vladimir Putin met Steve Witkoff",
"envoy_of|Steve Witkoff|Donald Trump|President Donald Trump's special envoy",
"x:aide_to|Dmitry Peskov|Vladimir Putin|Putin's spokesman said on Friday",
"visited|Steve Witkoff|Moscow|Witkoff had flown into Moscow",
"met_with|Vladimir Putin|Alexander Lukashenko|while Putin held talks with Belarusian leader",
"leads|Alexander Lukashenko|Belarus|Belarusian leader Alexander Lukashenko",
"aide_to|Yuri Ushakov|Vladimir Putin|who advises Putin on foreign policy",
"x:aide_to|Mike Waltz|Donald Trump|national security adviser Mike Waltz a day earlier",
"envoy_of|Kirill Dmitriev|Vladimir Putin|Putin's envoy on economic cooperation",
"met_with|Kirill Dmitriev|Steve Witkoff|Putin's envoy on economic cooperation",
"leads|Volodymyr Zelensky|Ukraine|Ukraine's President Volodymyr Zelensky",
],
neg: [
"met_with|Yuri Ushakov|Mike Waltz|a telephone call, not a meeting",
"met_with|Donald Trump|Vladimir Putin|a call not yet scheduled",
],
},
{
id: "006-jeddah-ukraine-us-talks",
title: "Ukraine backs 30-day ceasefire after Jeddah talks with U.S. team",
date: "2025-03-11",
body: `
Ukraine said on Tuesday it was ready to accept an immediate 30-day ceasefire with Russia after more than eight hours of talks with a U.S. delegation in the Saudi city of Jeddah.

The American team was led by Secretary of State Marco Rubio and national security adviser Mike Waltz. The Ukrainian delegation included Andriy Yermak, head of the presidential office, Foreign Minister Andrii Sybiha and Defence Minister Rustem Umerov.

In return, Washington said it would immediately lift its pause on intelligence sharing and resume security assistance to Kyiv.

President Volodymyr Zelensky did not take part in the talks. He had arrived in Saudi Arabia a day earlier and was received by Crown Prince Mohammed bin Salman at Al-Salam Palace before flying home.

"The ball is now in Russia's court," Rubio told reporters after the session. He said Witkoff would carry the proposal to Moscow.

The Kremlin said it would wait for details from Washington before commenting.
`,
ents: ["Ukraine|C|Kyiv|Ukrainian", "Russia|C", "United States|C|U.S.|Washington", "Jeddah|L", "Marco Rubio|P|Rubio", "Mike Waltz|P", "Andriy Yermak|P", "Office of the President of Ukraine|O|presidential office", "Andrii Sybiha|P", "Rustem Umerov|P", "Volodymyr Zelensky|P", "Saudi Arabia|C|Saudi", "Mohammed bin Salman|P", "Al-Salam Palace|L", "Steve Witkoff|P|Witkoff", "Moscow|L", "Kremlin|O"],
rels: [
"x:met_with|Marco Rubio|Andriy Yermak|The Ukrainian delegation included Andriy Yermak",
"x:met_with|Marco Rubio|Andrii Sybiha|The Ukrainian delegation included Andriy Yermak",
"x:met_with|Marco Rubio|Rustem Umerov|The Ukrainian delegation included Andriy Yermak",
"x:met_with|Mike Waltz|Andriy Yermak|The Ukrainian delegation included Andriy Yermak",
"x:met_with|Mike Waltz|Andrii Sybiha|The Ukrainian delegation included Andriy Yermak",
"x:met_with|Mike Waltz|Rustem Umerov|The Ukrainian delegation included Andriy Yermak",
"leads|Andriy Yermak|Office of the President of Ukraine|head of the presidential office",
"leads|Andrii Sybiha|Ukraine|Foreign Minister Andrii Sybiha",
"leads|Rustem Umerov|Ukraine|Defence Minister Rustem Umerov",
"leads|Volodymyr Zelensky|Ukraine|President Volodymyr Zelensky did not take part",
"x:visited|Volodymyr Zelensky|Saudi Arabia|He had arrived in Saudi Arabia",
"x:met_with|Volodymyr Zelensky|Mohammed bin Salman|was received by Crown Prince Mohammed bin Salman",
"leads|Marco Rubio|United States|Secretary of State Marco Rubio",
],
neg: [
"met_with|Volodymyr Zelensky|Marco Rubio|Zelensky did not take part in the talks",
"visited|Steve Witkoff|Moscow|a future trip",
"visited|Volodymyr Zelensky|Al-Salam Palace|being the place where a meeting happened is not a visit",
],
},
{
id: "007-trump-putin-call-energy",
title: "Trump and Putin agree in phone call to pause strikes on energy sites",
date: "2025-03-18",
body: `
President Donald Trump and Russian President Vladimir Putin spoke by telephone for more than two hours on Tuesday and agreed that Russia and Ukraine would stop striking each other's energy infrastructure for 30 days, the White House said.

Putin did not accept the full 30-day ceasefire that Washington and Kyiv had proposed a week earlier, the Kremlin said in its own readout.

Yuri Ushakov, an aide to Putin, said the two leaders had also discussed a prisoner swap and an ice hockey series between Russian and American players. Ushakov said no in-person summit had been agreed.

Trump's envoy Steve Witkoff told reporters that technical teams would meet in Saudi Arabia on Sunday. Mike Waltz, the president's national security adviser, said the U.S. team would be headed by officials from the State Department and the National Security Council.

Ukrainian President Volodymyr Zelensky, speaking in Helsinki, where he was on an official visit, said Ukraine would support the energy pause if it saw the terms. Finnish President Alexander Stubb hosted him at the presidential palace.

The White House called the call "a first step toward a lasting peace."
`,
ents: ["Donald Trump|P|Trump", "Vladimir Putin|P|Putin", "Russia|C|Russian", "Ukraine|C|Ukrainian|Kyiv", "White House|O", "United States|C|Washington|American|U.S.", "Kremlin|O", "Yuri Ushakov|P|Ushakov", "Steve Witkoff|P", "Saudi Arabia|C", "Mike Waltz|P", "U.S. Department of State|O|State Department", "National Security Council|O", "Volodymyr Zelensky|P", "Helsinki|L", "Finland|C|Finnish", "Alexander Stubb|P"],
rels: [
"leads|Donald Trump|United States|President Donald Trump and Russian President Vladimir Putin spoke",
"leads|Vladimir Putin|Russia|President Donald Trump and Russian President Vladimir Putin spoke",
"aide_to|Yuri Ushakov|Vladimir Putin|Yuri Ushakov, an aide to Putin",
"envoy_of|Steve Witkoff|Donald Trump|Trump's envoy Steve Witkoff",
"x:aide_to|Mike Waltz|Donald Trump|the president's national security adviser",
"leads|Volodymyr Zelensky|Ukraine|Ukrainian President Volodymyr Zelensky",
"visited|Volodymyr Zelensky|Helsinki|where he was on an official visit",
"x:met_with|Volodymyr Zelensky|Alexander Stubb|Finnish President Alexander Stubb hosted him",
"leads|Alexander Stubb|Finland|Finnish President Alexander Stubb hosted him",
],
neg: [
"met_with|Donald Trump|Vladimir Putin|a telephone call, not a meeting",
"visited|Steve Witkoff|Saudi Arabia|teams 'would meet': future",
],
},
{
id: "008-riyadh-technical-talks",
title: "Technical talks in Riyadh end with Black Sea outline",
date: "2025-03-25",
body: `
Russian and American negotiators wrapped up 12 hours of talks in Riyadh on Monday, a day after a U.S. team held separate discussions with Ukrainian officials in the same city.

The Russian delegation was headed by Grigory Karasin, chairman of the Federation Council's foreign affairs committee, and Sergei Beseda, an adviser to the director of the Federal Security Service. They sat across from Andrew Peek, a senior director at the National Security Council, and Michael Anton, head of policy planning at the State Department.

On Sunday, Peek and Anton held talks with a Ukrainian delegation led by Defence Minister Rustem Umerov. Pavlo Palisa, deputy head of the presidential office, also attended.

After the sessions, the White House said the sides had agreed in principle to ensure safe navigation in the Black Sea. Moscow said the deal would only take effect once Western restrictions on Rosselkhozbank, the state agricultural lender, were lifted.

Karasin told the TASS news agency that the talks were "creative" but that "not everything" had been settled. He said Moscow expected further meetings but gave no date.
`,
ents: ["Russia|C|Russian|Moscow", "United States|C|American|U.S.", "Riyadh|L", "Ukraine|C|Ukrainian", "Grigory Karasin|P|Karasin", "Federation Council|O", "Sergei Beseda|P", "Federal Security Service|O", "Andrew Peek|P", "National Security Council|O", "Michael Anton|P", "U.S. Department of State|O|State Department", "Rustem Umerov|P", "Pavlo Palisa|P", "Office of the President of Ukraine|O|presidential office", "White House|O", "Black Sea|L", "Rosselkhozbank|O", "TASS|O"],
rels: [
"x:met_with|Pavlo Palisa|Andrew Peek|Pavlo Palisa, deputy head of the presidential office, also attended",
"x:met_with|Pavlo Palisa|Michael Anton|Pavlo Palisa, deputy head of the presidential office, also attended",
"works_for|Grigory Karasin|Federation Council|The Russian delegation was headed by Grigory Karasin",
"works_for|Sergei Beseda|Federal Security Service|The Russian delegation was headed by Grigory Karasin",
"met_with|Grigory Karasin|Andrew Peek|They sat across from Andrew Peek",
"met_with|Grigory Karasin|Michael Anton|They sat across from Andrew Peek",
"met_with|Sergei Beseda|Andrew Peek|They sat across from Andrew Peek",
"met_with|Sergei Beseda|Michael Anton|They sat across from Andrew Peek",
"works_for|Andrew Peek|National Security Council|They sat across from Andrew Peek",
"works_for|Michael Anton|U.S. Department of State|They sat across from Andrew Peek",
"leads|Rustem Umerov|Ukraine|led by Defence Minister Rustem Umerov",
"met_with|Andrew Peek|Rustem Umerov|led by Defence Minister Rustem Umerov",
"met_with|Michael Anton|Rustem Umerov|led by Defence Minister Rustem Umerov",
"works_for|Pavlo Palisa|Office of the President of Ukraine|deputy head of the presidential office",
],
neg: [
"sanctioned_by|Rosselkhozbank|United States|'Western restrictions' name no imposer in the text",
"leads|Grigory Karasin|Federation Council|he chairs a committee, not the council",
],
},
{
id: "009-dmitriev-washington-visit",
title: "Kremlin envoy Dmitriev holds talks at White House as sanctions are paused",
date: "2025-04-03",
body: `
Kirill Dmitriev, the Kremlin's envoy on economic ties with the United States, held talks with White House envoy Steve Witkoff in Washington on Wednesday, the most senior Russian official to visit the American capital since the invasion of Ukraine.

Dmitriev flew into Washington on Tuesday with two aides. To make the trip possible, the Treasury temporarily suspended the sanctions imposed on him in 2022, and the State Department issued him a visa, a person familiar with the arrangement said.

He said on Thursday that he had also met "key members of the Trump administration" but did not name them.

Dmitriev, the chief executive of the Russian Direct Investment Fund and President Vladimir Putin's special representative for investment and economic cooperation, told Russian reporters that the talks covered rare earth metals, the Arctic and a possible resumption of direct flights.

"There are differences, but there are also processes that will help overcome them," he said.

The Biden administration had described Dmitriev as a "known Putin ally" when it blacklisted him. U.S. officials declined to comment on the substance of the talks.
`,
ents: ["Kirill Dmitriev|P|Dmitriev", "Kremlin|O", "United States|C|U.S.|American", "White House|O", "Steve Witkoff|P", "Washington, D.C.|L|Washington", "Ukraine|C", "U.S. Department of the Treasury|O|Treasury", "U.S. Department of State|O|State Department", "Trump administration|O", "Russian Direct Investment Fund|O", "Vladimir Putin|P|Putin", "Arctic|L", "Biden administration|O", "Russia|C|Russian"],
rels: [
"leads|Vladimir Putin|Russia|President Vladimir Putin's special representative",
"envoy_of|Kirill Dmitriev|Kremlin|the Kremlin's envoy on economic ties",
"met_with|Kirill Dmitriev|Steve Witkoff|held talks with White House envoy Steve Witkoff",
"envoy_of|Steve Witkoff|White House|held talks with White House envoy Steve Witkoff",
"visited|Kirill Dmitriev|Washington, D.C.|Dmitriev flew into Washington",
"x:sanctioned_by|Kirill Dmitriev|U.S. Department of the Treasury|the Treasury temporarily suspended the sanctions|Biden administration;United States",
"met_with|Kirill Dmitriev|Trump administration|key members of the Trump administration",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|the chief executive of the Russian Direct Investment Fund",
"envoy_of|Kirill Dmitriev|Vladimir Putin|special representative for investment and economic cooperation, told",
],
neg: [
"met_with|Kirill Dmitriev|Vladimir Putin|ally, not a meeting",
"visited|Kirill Dmitriev|Arctic|a topic of talks, not a trip",
],
},
{
id: "010-sanctions-waiver-details",
title: "Treasury's seven-day waiver for Dmitriyev drew internal questions",
date: "2025-04-04",
body: `
The U.S. Treasury's Office of Foreign Assets Control suspended sanctions on Kirill Dmitriyev for seven days so that the Russian envoy could travel to Washington, two officials said on Friday.

The waiver, which expired on Thursday, allowed American officials to meet him without breaching the 2022 designation. Dmitriyev, who runs the Russian Direct Investment Fund, remains on the sanctions list, as does the fund itself.

One official said the National Security Council had raised questions with the State Department about how the visa was processed. The department then referred the matter to the White House.

Britain and the European Union have not placed Dmitriyev under sanctions, though the EU has frozen assets of several Russian state investment vehicles. The EU's foreign policy chief, Kaja Kallas, said on Friday the bloc would not ease any of its measures "as long as the bombs keep falling."

Dmitriyev, a former Goldman Sachs banker, has met Witkoff at least three times since February, according to the officials. He has not met Secretary of State Marco Rubio in Washington, they said.

Treasury Secretary Scott Bessent declined to discuss the waiver when asked at a congressional hearing.
`,
ents: ["U.S. Department of the Treasury|O|U.S. Treasury|Treasury", "Office of Foreign Assets Control|O", "Kirill Dmitriev|P|Kirill Dmitriyev|Dmitriyev", "Washington, D.C.|L|Washington", "Russian Direct Investment Fund|O", "National Security Council|O", "U.S. Department of State|O|State Department", "White House|O", "United Kingdom|C|Britain", "European Union|O|EU", "Kaja Kallas|P", "Goldman Sachs|O", "Steve Witkoff|P|Witkoff", "Marco Rubio|P", "Scott Bessent|P", "United States|C|U.S.|American", "Russia|C|Russian"],
rels: [
"sanctioned_by|Kirill Dmitriev|Office of Foreign Assets Control|suspended sanctions on Kirill Dmitriyev for seven days|U.S. Department of the Treasury;United States",
"x:sanctioned_by|Russian Direct Investment Fund|Office of Foreign Assets Control|remains on the sanctions list, as does the fund itself|U.S. Department of the Treasury;United States",
"leads|Kirill Dmitriev|Russian Direct Investment Fund|who runs the Russian Direct Investment Fund",
"envoy_of|Kirill Dmitriev|Russia|so that the Russian envoy could travel",
"works_for|Kaja Kallas|European Union|The EU's foreign policy chief, Kaja Kallas",
"works_for|Kirill Dmitriev|Goldman Sachs|a former Goldman Sachs banker",
"met_with|Kirill Dmitriev|Steve Witkoff|has met Witkoff at least three times",
"leads|Scott Bessent|U.S. Department of the Treasury|Treasury Secretary Scott Bessent declined",
"leads|Marco Rubio|U.S. Department of State|Secretary of State Marco Rubio in Washington|United States",
],
neg: [
"sanctioned_by|Kirill Dmitriev|United Kingdom|Britain has not placed him under sanctions",
"sanctioned_by|Kirill Dmitriev|European Union|the EU has not placed him under sanctions",
"met_with|Kirill Dmitriev|Marco Rubio|'has not met' Rubio",
],
},
];
