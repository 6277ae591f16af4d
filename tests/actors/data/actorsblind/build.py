"""Build tests/actors/data/actorsblind (run: python tests/actors/data/actorsblind/build.py tests/actors/data/actorsblind)
in the bench format from the case list below: how news names an event's doer and target, written blind (session 16)
before the coder was run on any of it. Countries and institutions are real; people, dates and happenings invented."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root, for tests/
from tests.category_build import AG, event as E, write_set  # noqa: E402

OUT = sys.argv[1]
C = []
def add(cat, text, *events): C.append((cat, text, list(events)))

# --- agency or ministry by its own name; its state only in an appositive, a possessive or earlier in the text
add("agency", "The Federal Security Service said on Tuesday it had detained a Latvian consul in Pskov on suspicion of espionage.",
    E("COERCE", "RUS", "LVA", note="FSB detains Latvian consul"))
add("agency", "Itamaraty summoned Guyana's ambassador on Monday to explain the arrest of three Brazilian miners near the border.",
    E("PROTEST", "BRA", "GUY", alt=("ACCUSE",), note="Brazilian foreign ministry summons Guyanese envoy"))
add("agency", "The Quai d'Orsay condemned the expulsion of two French diplomats from Bamako as unjustified.",
    E("ACCUSE", "FRA", "MLI", alt=("PROTEST",), note="French foreign ministry condemns expulsion"), E("COERCE", "MLI", "FRA", alt=("SANCTION",), core=False))
add("agency", "The Pentagon announced a new $400 million package of artillery ammunition for Ukraine on Friday.",
    E("AID", "USA", "UKR", alt=("SUPPORT",), note="US military aid package to Ukraine"))
add("agency", "Seoul's unification ministry proposed working-level talks with North Korea on reuniting separated families.",
    E("REQUEST", "KOR", "PRK", alt=("CONSULT",), note="South Korea proposes talks to North Korea"))
add("agency", "The Bundeswehr will station a brigade of 4,800 soldiers in Lithuania by 2027, the defence ministry said.",
    E("MOBILIZE", "DEU", "LTU", "pending", alt=("AID", "SUPPORT"), note="German brigade to Lithuania"))
add("agency", "Rosatom signed an agreement with Myanmar's government to build a small nuclear power plant near Yangon.",
    E("AGREE", "RUS", "MMR", alt=AG, note="Rosatom nuclear plant deal with Myanmar"))
add("agency", "The Gulf kingdom's foreign ministry said Riyadh had expelled the Lebanese ambassador and recalled its own envoy from Beirut.",
    E("COERCE", "SAU", "LBN", alt=("SANCTION", "PROTEST"), note="Saudi Arabia expels Lebanese ambassador"))
add("agency", "South Africa's Department of International Relations and Cooperation accused Israel of collective punishment in Gaza.",
    E("ACCUSE", "ZAF", "ISR", note="DIRCO accuses Israel"))
add("agency", "The Japan Coast Guard said a Chinese survey ship had entered Japanese waters near the Senkaku Islands without permission.",
    E("ACCUSE", "JPN", "CHN", core=False), E("COERCE", "CHN", "JPN", alt=("MOBILIZE",), note="Chinese survey ship intrudes"))
add("agency", "Turkey's intelligence agency, MIT, said it had captured a Syrian national who planned attacks for Damascus.",
    E("COERCE", "TUR", "SYR", core=False), E("ACCUSE", "TUR", "SYR", core=False))
add("agency", "The Indian Ministry of External Affairs rejected remarks by the Chinese foreign ministry on Arunachal Pradesh as baseless.",
    E("REJECT", "IND", "CHN", alt=("ACCUSE",), note="India rejects Chinese remarks"))
add("agency", "Poland's Foreign Ministry handed a protest note to the Belarusian charge d'affaires over the airspace violation.",
    E("PROTEST", "POL", "BLR", alt=("ACCUSE",), note="Poland protests to Belarus"))
add("agency", "The State Department approved the sale of 40 F-16 fighters to Turkey on Thursday.",
    E("AID", "USA", "TUR", alt=("SUPPORT", "AGREE", "COOPERATE"), note="US approves F-16 sale to Turkey"))
add("agency", "Vietnam's Ministry of Foreign Affairs demanded that China withdraw its oil rig from the Paracel waters.",
    E("REQUEST", "VNM", "CHN", alt=("ACCUSE", "PROTEST"), note="Vietnam demands China withdraw rig"))

# --- capital or seat of government as metonymy
add("seat", "Ankara said on Wednesday it would not allow Swedish warships to use the Bosphorus during the exercise.",
    E("REJECT", "TUR", "SWE", alt=("COERCE", "THREATEN"), note="Turkey bars Swedish warships"))
add("seat", "The Kremlin rejected a Finnish proposal for talks on the closed border crossings.",
    E("REJECT", "RUS", "FIN", note="Kremlin rejects Finnish proposal"), E("REQUEST", "FIN", "RUS", alt=("CONSULT",), core=False))
add("seat", "Downing Street said the prime minister had spoken to the Irish taoiseach by telephone about the border protocol.",
    E("CONSULT", "GBR", "IRL", note="UK and Irish leaders phone call"))
add("seat", "The Elysee announced that France would send two frigates to help Greece patrol the eastern Mediterranean.",
    E("AID", "FRA", "GRC", "pending", alt=("MOBILIZE", "SUPPORT", "COOPERATE"), note="France to send frigates to Greece"))
add("seat", "Beijing's envoy to Manila lodged a complaint over the Philippine navy's resupply mission to the shoal.",
    E("PROTEST", "CHN", "PHL", alt=("ACCUSE",), note="Chinese envoy complains to Philippines"))
add("seat", "Tehran accused Baku of letting Israeli agents operate from Azerbaijani soil.",
    E("ACCUSE", "IRN", "AZE", note="Iran accuses Azerbaijan"))
add("seat", "The White House imposed sanctions on three Nicaraguan officials on Tuesday over the crackdown on the church.",
    E("SANCTION", "USA", "NIC", note="US sanctions Nicaraguan officials"))
add("seat", "Canberra has lodged a formal protest with Beijing after a Chinese destroyer fired sonar pulses near Australian divers.",
    E("PROTEST", "AUS", "CHN", alt=("ACCUSE",), note="Australia protests to China"), E("COERCE", "CHN", "AUS", alt=("ASSAULT", "THREATEN"), core=False))
add("seat", "Nairobi and Addis Ababa signed a power export deal on Saturday.",
    E("AGREE", "KEN", "ETH", alt=AG, note="Kenya and Ethiopia sign power deal"))
add("seat", "The Blue House said the South Korean president would meet the Japanese prime minister in Hiroshima next month.",
    E("CONSULT", "KOR", "JPN", "pending", note="Korean and Japanese leaders to meet"))
add("seat", "Islamabad summoned the Afghan charge d'affaires to protest against cross-border attacks from Afghan territory.",
    E("PROTEST", "PAK", "AFG", alt=("ACCUSE",), note="Pakistan summons Afghan envoy"))
add("seat", "Warsaw closed its last border crossing with Belarus on Sunday, citing the migrant pressure orchestrated by Minsk.",
    E("SANCTION", "POL", "BLR", alt=("COERCE",), note="Poland closes border with Belarus"), E("ACCUSE", "POL", "BLR", core=False))
add("seat", "Whitehall has expelled a Russian defence attache, accusing Moscow of running spy networks in London.",
    E("COERCE", "GBR", "RUS", alt=("SANCTION",), note="UK expels Russian attache"), E("ACCUSE", "GBR", "RUS", core=False))
add("seat", "Caracas recalled its ambassador from Buenos Aires after the Argentine president called the election a fraud.",
    E("PROTEST", "VEN", "ARG", alt=("SANCTION", "COERCE"), note="Venezuela recalls envoy"), E("ACCUSE", "ARG", "VEN", core=False))
add("seat", "Zhongnanhai dispatched a special envoy to Pyongyang on Monday for talks with the North Korean leadership.",
    E("CONSULT", "CHN", "PRK", note="Chinese envoy to Pyongyang"))
add("seat", "Washington and Hanoi upgraded their ties to a comprehensive strategic partnership during the visit.",
    E("AGREE", "USA", "VNM", alt=AG, note="US and Vietnam upgrade ties"))

# --- demonyms and nationals as the doer
add("demonym", "The Ethiopians rejected the Egyptian draft on the dam's filling schedule at the talks in Khartoum.",
    E("REJECT", "ETH", "EGY", note="Ethiopia rejects Egyptian draft"))
add("demonym", "Pakistani troops shelled Afghan border posts near Chaman on Thursday, Afghan officials said.",
    E("ASSAULT", "PAK", "AFG", note="Pakistan shells Afghan posts"))
add("demonym", "The Americans handed the Iraqis control of the last base they held near Baghdad.",
    E("RETREAT", "USA", "IRQ", alt=("CONCEDE", "AID"), note="US hands base to Iraq"))
add("demonym", "Indian negotiators and their Bangladeshi counterparts agreed on a new formula for sharing the Teesta's water.",
    E("AGREE", "IND", "BGD", alt=AG, note="India and Bangladesh agree on water formula"))
add("demonym", "Russian jets struck Ukrainian positions near Kupiansk overnight.",
    E("ASSAULT", "RUS", "UKR", note="Russian air strikes"))
add("demonym", "Moroccan and Spanish police broke up a smuggling ring on both sides of the Strait in a joint operation.",
    E("COOPERATE", "MAR", "ESP", alt=("AGREE",), note="joint police operation"))
add("demonym", "Chinese warships shadowed the Taiwanese frigate as it sailed through the strait.",
    E("MOBILIZE", "CHN", "TWN", alt=("COERCE", "THREATEN"), note="Chinese warships shadow Taiwanese frigate"))
add("demonym", "Kenyan officials accused the Ugandans of stealing fishing nets on Migingo Island.",
    E("ACCUSE", "KEN", "UGA", note="Kenya accuses Uganda"))
add("demonym", "Israeli negotiators arrived in Cairo on Sunday for talks with Egyptian mediators.",
    E("CONSULT", "ISR", "EGY", note="Israeli negotiators in Cairo"))
add("demonym", "Iranian drones attacked a tanker flying the Liberian flag off the coast of Oman, the British navy said.",
    E("ASSAULT", "IRN", "LBR", alt=("COERCE",), core=False))
add("demonym", "The Turks have offered the Greeks a moratorium on drilling in the disputed waters.",
    E("CONCEDE", "TUR", "GRC", "pending", alt=("AGREE", "REQUEST", "SUPPORT"), note="Turkey offers Greece moratorium"))
add("demonym", "Qatari diplomats delivered Hamas's reply to the Americans on Tuesday.",
    E("CONSULT", "QAT", "USA", note="Qatar passes reply to US"))

# --- a person by surname after a full mention, or by role only on a page about one state
add("person", "Indonesian Foreign Minister Siti Rahmawati arrived in Canberra on Monday. Rahmawati told her Australian counterpart that Jakarta opposed the submarine pact.",
    E("CONSULT", "IDN", "AUS", note="Indonesian FM visits Canberra"), E("ACCUSE", "IDN", "AUS", alt=("REJECT", "PROTEST"), note="Indonesia opposes submarine pact"))
add("person", "Kazakh President Nurlan Seitkali hosted the Uzbek president in Astana on Thursday. Seitkali later announced a deal on the joint use of the Syr Darya.",
    E("CONSULT", "KAZ", "UZB", alt=("AGREE",), note="Kazakh and Uzbek presidents meet"), E("AGREE", "KAZ", "UZB", alt=AG, note="water deal"))
add("person", "ABUJA, May 3 - Nigeria's foreign minister said on Friday that Niger had closed the border illegally. The minister urged Niamey to reopen it before the harvest.",
    E("ACCUSE", "NGA", "NER", note="Nigeria accuses Niger"), E("REQUEST", "NGA", "NER", note="Nigeria urges Niger to reopen border"))
add("person", "Greek Defence Minister Nikos Karalis visited Nicosia on Tuesday. Karalis promised Cyprus two more artillery batteries.",
    E("CONSULT", "GRC", "CYP", note="Greek defence minister visits Cyprus"), E("AID", "GRC", "CYP", "pending", alt=("SUPPORT",), note="Greece promises batteries"))
add("person", "Mexican President Lucia Herrera spoke with the US president by phone on Wednesday. Herrera asked Washington to curb the flow of guns across the border.",
    E("CONSULT", "MEX", "USA", note="Mexican and US presidents call"), E("REQUEST", "MEX", "USA", note="Mexico asks US to curb guns"))
add("person", "BANGKOK, Sept 9 - The prime minister flew to Phnom Penh on Saturday for talks on the border temples, her office said.",
    E("CONSULT", "THA", "KHM", note="Thai PM to Phnom Penh"))
add("person", "Serbian President Milan Jovic met the EU's foreign policy chief in Brussels. Jovic rejected the bloc's demand to recognise Kosovo's licence plates.",
    E("CONSULT", "SRB", "EUR", note="Serbian president meets EU chief"), E("REJECT", "SRB", "EUR", note="Serbia rejects EU demand"))
add("person", "Japan's foreign minister, Kenji Mori, criticised Moscow over the missile deployment on the Kuril Islands. Mori said Tokyo had lodged a protest through diplomatic channels.",
    E("ACCUSE", "JPN", "RUS", note="Japan criticises Russia"), E("PROTEST", "JPN", "RUS", alt=("ACCUSE",), note="Japan lodges protest"))
add("person", "Ghanaian President John Mensah is due in Ouagadougou on Friday, his spokesman said. Mensah will offer Burkina Faso help with border security.",
    E("CONSULT", "GHA", "BFA", "pending", note="Ghanaian president to visit Burkina Faso"), E("AID", "GHA", "BFA", "pending", alt=("SUPPORT", "COOPERATE"), core=False))
add("person", "The Chilean defence minister signed a cooperation agreement with her Peruvian counterpart in Lima on Monday.",
    E("AGREE", "CHL", "PER", alt=AG, note="Chile and Peru defence accord"))
add("person", "Egypt's President Ahmed Fawzy received a phone call from the Emir of Qatar. Fawzy thanked the emir for Qatari deposits in the central bank.",
    E("CONSULT", "QAT", "EGY", note="Qatar emir calls Egyptian president"), E("AID", "QAT", "EGY", alt=("SUPPORT",), core=False))
add("person", "Lithuanian Prime Minister Ruta Kairiene wrote to the Polish prime minister on Monday. In the letter, Kairiene asked Warsaw to reopen the rail link to Vilnius.",
    E("REQUEST", "LTU", "POL", note="Lithuania asks Poland to reopen rail link"))
add("person", "Australia's defence minister said the Chinese navy had acted unsafely near HMAS Toowoomba.",
    E("ACCUSE", "AUS", "CHN", note="Australia accuses Chinese navy"))
add("person", "Armenian Prime Minister Davit Hakobyan and the Azerbaijani president shook hands in Prague. Hakobyan agreed to resume border delimitation talks.",
    E("CONSULT", "ARM", "AZE", note="Armenian and Azerbaijani leaders meet"), E("AGREE", "ARM", "AZE", alt=AG + ("CONSULT",), note="agree to resume talks"))

# --- coreference: the country, the kingdom, the island nation, both governments, the two sides, its neighbour
add("coref", "Jordan recalled its ambassador from Tel Aviv on Wednesday. The kingdom said Israel's raids in Jenin violated international law.",
    E("PROTEST", "JOR", "ISR", alt=("SANCTION", "COERCE"), note="Jordan recalls envoy"), E("ACCUSE", "JOR", "ISR", note="Jordan accuses Israel"))
add("coref", "Taiwan's coast guard detected 14 Chinese vessels near Kinmen on Friday. The island said Beijing was trying to wear down its patrols.",
    E("MOBILIZE", "CHN", "TWN", alt=("COERCE", "THREATEN"), core=False), E("ACCUSE", "TWN", "CHN", note="Taiwan accuses China"))
add("coref", "Sri Lanka signed a debt restructuring deal with India on Tuesday. The island nation owes New Delhi about $1.7 billion.",
    E("AGREE", "LKA", "IND", alt=AG, note="Sri Lanka-India debt deal"))
add("coref", "Both governments pledged to demarcate the border by 2028 after talks between Kyrgyzstan and Tajikistan in Bishkek.",
    E("CONSULT", "KGZ", "TJK", alt=("AGREE",), note="Kyrgyz-Tajik talks"), E("AGREE", "KGZ", "TJK", alt=AG, note="pledge to demarcate border"))
add("coref", "Eritrea and Ethiopia reopened their border crossings on Monday. The two sides also agreed to resume flights between Asmara and Addis Ababa.",
    E("COOPERATE", "ERI", "ETH", alt=("AGREE", "CONCEDE"), note="border reopened"), E("AGREE", "ERI", "ETH", alt=AG, note="agree to resume flights"))
add("coref", "Morocco has restored diplomatic ties with Iran. The country cut relations in 2018, accusing Tehran of arming the Polisario Front.",
    E("AGREE", "MAR", "IRN", alt=AG + ("CONCEDE",), note="Morocco restores ties with Iran"), E("SANCTION", "MAR", "IRN", alt=("COERCE", "PROTEST"), core=False), E("ACCUSE", "MAR", "IRN", core=False))
add("coref", "North Korea fired two ballistic missiles into the sea on Sunday. Japan said its neighbour had ignored repeated warnings.",
    E("MOBILIZE", "PRK", "JPN", alt=("THREATEN", "ASSAULT"), core=False), E("ACCUSE", "JPN", "PRK", note="Japan accuses North Korea"))
add("coref", "Saudi Arabia and Iran reopened their embassies on Thursday. The kingdom's delegation was led by a deputy foreign minister.",
    E("COOPERATE", "SAU", "IRN", alt=("AGREE", "CONSULT"), note="embassies reopened"))
add("coref", "Guatemala expelled a Honduran journalist on Friday. The Central American nation accused him of spying for Tegucigalpa.",
    E("ACCUSE", "GTM", "HND", note="Guatemala accuses Honduras of spying"))
add("coref", "Algeria closed its airspace to Moroccan aircraft. Its neighbour called the decision unjustified.",
    E("SANCTION", "DZA", "MAR", alt=("COERCE",), note="Algeria closes airspace"), E("ACCUSE", "MAR", "DZA", alt=("PROTEST", "REJECT"), note="Morocco calls it unjustified"))
add("coref", "Bhutan and China held a new round of boundary talks in Thimphu on Tuesday. The Himalayan kingdom hopes to settle the dispute by next year.",
    E("CONSULT", "BTN", "CHN", note="Bhutan-China boundary talks"))
add("coref", "Russia and Belarus held joint air force drills near the Polish border this week. Warsaw said the two allies were trying to intimidate it.",
    E("MOBILIZE", "RUS", "POL", alt=("THREATEN",), core=False), E("MOBILIZE", "BLR", "POL", alt=("THREATEN",), core=False), E("ACCUSE", "POL", "RUS", note="Poland accuses Russia"), E("ACCUSE", "POL", "BLR", note="Poland accuses Belarus"))
add("coref", "Singapore will buy 12 more F-35 jets from the United States. The city-state announced the purchase on Monday.",
    E("AGREE", "SGP", "USA", "pending", alt=("COOPERATE", "AID"), note="Singapore to buy F-35s"))
add("coref", "Qatar has hosted indirect talks between Washington and the Taliban. The Gulf state's mediators said progress was slow.",
    E("CONSULT", "QAT", "USA", alt=("AID", "SUPPORT"), core=False))

# --- forces and units
add("forces", "The 5th Brigade of the Rwandan army crossed into Congo's North Kivu province on Saturday, a UN report said.",
    E("MOBILIZE", "RWA", "COD", alt=("ASSAULT", "COERCE"), note="Rwandan brigade crosses into Congo"))
add("forces", "Iranian border guards shot dead two Afghan migrants crossing near Saravan, Afghan officials said.",
    E("ASSAULT", "IRN", "AFG", note="Iranian border guards shoot Afghans"))
add("forces", "The Chinese coast guard blocked a Philippine supply boat near Second Thomas Shoal on Tuesday.",
    E("COERCE", "CHN", "PHL", alt=("ASSAULT",), note="Chinese coast guard blocks Philippine boat"))
add("forces", "Navy vessels from India and France began a joint patrol of the western Indian Ocean on Monday.",
    E("COOPERATE", "IND", "FRA", alt=("AGREE",), note="India-France joint naval patrol"))
add("forces", "The Royal Navy escorted a Russian corvette through the English Channel on Wednesday.",
    E("MOBILIZE", "GBR", "RUS", alt=("COERCE",), core=False))
add("forces", "The Sudanese Armed Forces accused Chadian troops of letting weapons through to the rebels in Darfur.",
    E("ACCUSE", "SDN", "TCD", note="Sudan army accuses Chad"))
add("forces", "South Korean marines fired warning shots after a North Korean patrol boat crossed the Northern Limit Line.",
    E("THREATEN", "KOR", "PRK", alt=("ASSAULT", "COERCE"), note="warning shots"), E("COERCE", "PRK", "KOR", alt=("MOBILIZE",), core=False))
add("forces", "Turkish F-16s intercepted two Greek fighters over the Aegean, the Turkish defence ministry said.",
    E("COERCE", "TUR", "GRC", alt=("MOBILIZE", "THREATEN"), note="Turkish jets intercept Greek jets"))
add("forces", "The People's Liberation Army sent 30 aircraft across the median line of the Taiwan Strait on Sunday.",
    E("MOBILIZE", "CHN", "TWN", alt=("THREATEN", "COERCE"), note="PLA aircraft cross median line"))
add("forces", "Ukrainian special forces struck a Russian air defence system in occupied Crimea.",
    E("ASSAULT", "UKR", "RUS", note="Ukraine strikes Russian air defence"))
add("forces", "Colombian soldiers detained five Venezuelan guardsmen who had crossed the Arauca river.",
    E("COERCE", "COL", "VEN", note="Colombia detains Venezuelan guardsmen"))
add("forces", "Egyptian commandos arrived in Mogadishu on Thursday to train Somali troops.",
    E("AID", "EGY", "SOM", alt=("MOBILIZE", "COOPERATE", "SUPPORT"), note="Egyptian commandos train Somalis"))

# --- joint bodies and alliances
add("bodies", "NATO foreign ministers agreed on Tuesday to send more air defence systems to Ukraine.",
    E("AID", "NATO", "UKR", "pending", alt=("SUPPORT", "AGREE"), note="NATO to send air defence"))
add("bodies", "The European Commission proposed new tariffs on Chinese electric vehicles on Wednesday.",
    E("SANCTION", "EUR", "CHN", "pending", alt=("COERCE", "THREATEN"), note="EU proposes tariffs on Chinese EVs"))
add("bodies", "ECOWAS suspended Guinea from all its decision-making bodies after the coup.",
    E("SANCTION", "IGO", "GIN", alt=("COERCE",), note="ECOWAS suspends Guinea"))
add("bodies", "The African Union's Peace and Security Council urged Sudan and South Sudan to withdraw troops from Abyei.",
    E("REQUEST", "IGO", "SDN", note="AU urges Sudan"), E("REQUEST", "IGO", "SSD", note="AU urges South Sudan"))
add("bodies", "The UN Security Council condemned North Korea's satellite launch in a statement on Friday.",
    E("ACCUSE", "UNO", "PRK", note="UNSC condemns North Korea"))
add("bodies", "The joint border commission of Laos and Thailand met in Vientiane to review the Mekong boundary.",
    E("CONSULT", "LAO", "THA", note="Lao-Thai border commission meets"))
add("bodies", "The Gulf Cooperation Council called on Iran to stop interfering in Bahrain's affairs.",
    E("REQUEST", "IGO", "IRN", alt=("ACCUSE",), note="GCC urges Iran"))
add("bodies", "ASEAN foreign ministers expressed concern to China over the building of new outposts in the Spratlys.",
    E("ACCUSE", "IGO", "CHN", alt=("PROTEST",), note="ASEAN voices concern to China"))

# --- a spokesman or official for a state
add("spokes", "A spokesman for the Chinese foreign ministry said Japan's release of treated water was irresponsible.",
    E("ACCUSE", "CHN", "JPN", note="China calls Japan irresponsible"))
add("spokes", "The Kremlin's spokesman said Moscow would respond if Finland hosted American nuclear weapons.",
    E("THREATEN", "RUS", "FIN", note="Russia warns Finland"))
add("spokes", "Speaking for the Iraqi government, spokesman Basim al-Awadi condemned the Iranian missile strike on Erbil.",
    E("ACCUSE", "IRQ", "IRN", alt=("PROTEST",), note="Iraq condemns Iranian strike"), E("ASSAULT", "IRN", "IRQ"))
add("spokes", "A Pentagon spokeswoman said US forces had shot down an Iranian drone approaching the carrier.",
    E("ASSAULT", "USA", "IRN", note="US shoots down Iranian drone"))
add("spokes", "Ethiopia's government spokesman said Addis Ababa had asked Djibouti to allow a naval base on its coast.",
    E("REQUEST", "ETH", "DJI", note="Ethiopia asks Djibouti for base"))
add("spokes", "The spokesperson of the Indonesian military said its jets had escorted an Australian surveillance plane out of its airspace.",
    E("COERCE", "IDN", "AUS", alt=("MOBILIZE",), note="Indonesian jets escort Australian plane"))
add("spokes", "Azerbaijan's presidential aide said Baku would sign a peace treaty with Yerevan only after a constitutional change in Armenia.",
    E("REJECT", "AZE", "ARM", alt=("REQUEST",), note="Azerbaijan sets condition"))
add("spokes", "A spokesman for the Venezuelan armed forces said Guyana had brought American troops into the disputed region.",
    E("ACCUSE", "VEN", "GUY", note="Venezuela accuses Guyana"))

# --- rebels and militias backed by a state: the group acts, so no gold; the state's own act is gold
add("proxy", "Iran-backed Houthi rebels fired missiles at a Saudi oil terminal on Monday.")
add("proxy", "Russia-backed separatists shelled Ukrainian positions near Donetsk.")
add("proxy", "The M23 rebels, which the UN says are backed by Rwanda, seized the Congolese town of Bunagana.")
add("proxy", "Turkish-backed Syrian fighters clashed with Kurdish forces near Manbij.")
add("proxy", "Rwanda has sent troops and weapons to the M23 rebels inside Congo, a UN panel of experts said.",
    E("MOBILIZE", "RWA", "COD", alt=("ASSAULT", "COERCE"), core=False))
add("proxy", "Iran supplied drones to Russia for its war in Ukraine, Western officials said.",
    E("AID", "IRN", "RUS", alt=("SUPPORT",), note="Iran supplies drones to Russia"))

# --- near misses: a domestic agency at home, a foreign word that is not the doer, a former official, an opposition leader
for text in [
    "The Federal Security Service arrested a Moscow businessman on bribery charges on Tuesday.",
    "The Pentagon's budget request for next year includes $30 billion for shipbuilding.",
    "Itamaraty's new building in Brasilia was designed by Oscar Niemeyer.",
    "Germany's former chancellor said in an interview that Berlin should never have stopped buying Russian gas.",
    "Venezuela's opposition leader met the US secretary of state in Washington on Tuesday.",
    "A former Israeli prime minister accused the Turkish president of antisemitism on social media.",
    "The French restaurant in Tokyo was fined for breaching hygiene rules.",
    "The Chinese New Year celebrations in Jakarta drew large crowds.",
    "Kremlin watchers say the president is unlikely to travel abroad before the election.",
    "Downing Street is expected to announce a cabinet reshuffle on Monday.",
    "Indian-born British executive Raj Patel was named head of the bank.",
    "The Japanese tourists were rescued by Thai police from a flooded cave.",
    "Egyptian cotton exports to Europe fell by a fifth last year.",
    "Pakistani troops were deployed to the flooded districts of Sindh to rescue residents.",
    "Former Ukrainian officials living in Moscow called for talks with Kyiv.",
    "The Mexican opposition senator said the government should ask Washington for more visas.",
    "The coast guard rescued 40 fishermen off the Kenyan coast after their boat capsized.",
    "The Turkish-German novelist accepted the prize in Frankfurt on Sunday.",
]:
    add("nearmiss", text)

write_set(OUT, C, "actorsblind", "ab", "session 16 actorsblind; how pages name the doer, sentences written blind")
