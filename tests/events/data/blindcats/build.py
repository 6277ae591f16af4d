"""Build tests/events/data/blindcats (run: python tests/events/data/blindcats/build.py tests/events/data/blindcats) (bench format) from the case list below (written blind, session 15)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root, for tests/
from tests.category_build import AG, REL, event as E, write_set  # noqa: E402

OUT = sys.argv[1]
C = []
def add(cat, text, *events): C.append((cat, text, list(events)))

# --- people: role + name, then surname only; leaders from the leaders table
add("people", "SANTIAGO, March 4 (Reuters) - Chilean Foreign Minister Ana Ruiz met her Bolivian counterpart in Santiago on Tuesday. Ruiz later told reporters that Chile would not reopen the maritime dispute.",
    E("CONSULT", "CHL", "BOL", note="Chilean and Bolivian foreign ministers meet"))
add("people", "Kenyan Defence Secretary Peter Mwangi flew to Mogadishu on Sunday. Mwangi pledged 300 more troops to Somalia's government, officials said.",
    E("CONSULT", "KEN", "SOM", note="Kenyan defence secretary visits Mogadishu"), E("AID", "KEN", "SOM", "pending", alt=("SUPPORT","MOBILIZE"), note="Kenya pledges troops to Somalia"))
add("people", "Vladimir Putin received Turkish President Recep Tayyip Erdogan in Sochi on Friday, and the two leaders agreed to extend the grain corridor.",
    E("CONSULT", "RUS", "TUR", alt=("AGREE",), note="Putin hosts Erdogan in Sochi"), E("AGREE", "RUS", "TUR", alt=AG, note="Russia and Turkey agree to extend corridor"))
add("people", "Indonesian Foreign Minister Retno Wahyuni telephoned Australian Foreign Minister Mark Dalton on Monday. Wahyuni urged Canberra to lift the ban on live cattle imports.",
    E("CONSULT", "IDN", "AUS", note="phone call of foreign ministers"), E("REQUEST", "IDN", "AUS", note="Indonesia urges Australia to lift cattle ban"))
add("people", "Angela Merkel criticised Poland's new judicial law in a speech in Berlin on Wednesday, saying Warsaw had broken its European commitments.",
    E("ACCUSE", "DEU", "POL", note="Merkel criticises Poland"))
add("people", "Nigerian President Bola Adeyemi hosted Ghanaian President Kwame Asante in Abuja on Thursday. Adeyemi and Asante signed a pact on cross-border gas supplies.",
    E("CONSULT", "NGA", "GHA", alt=("AGREE",), note="Nigerian president hosts Ghanaian president"), E("AGREE", "NGA", "GHA", alt=AG, note="Nigeria and Ghana sign gas pact"))
add("people", "Narendra Modi and Japanese Prime Minister Fumio Kishida held talks in Tokyo on Saturday. Kishida promised new loans for India's high-speed rail line.",
    E("CONSULT", "IND", "JPN", note="Modi and Kishida talks"), E("AID", "JPN", "IND", "pending", alt=("SUPPORT","AGREE"), note="Japan promises loans to India"))
add("people", "BRASILIA, Aug 19 - Brazil's Foreign Minister Carlos Tavares summoned the Paraguayan ambassador on Monday. Tavares protested against the seizure of Brazilian trucks at the border.",
    E("PROTEST", "BRA", "PRY", alt=("ACCUSE",), note="Brazil summons Paraguayan envoy"))
add("people", "Egypt's Defence Minister Hassan Farouk met Sudanese army chief Omar Bashir al-Tayeb in Cairo. Farouk offered to train Sudanese officers, the ministry said.",
    E("CONSULT", "EGY", "SDN", note="Egyptian defence minister meets Sudanese army chief"), E("AID", "EGY", "SDN", "pending", alt=("COOPERATE","SUPPORT","AGREE"), note="Egypt offers to train Sudanese officers", core=False))

# --- signatories and brokers of a multi-party deal
add("deal", "The foreign ministers of Ethiopia, Kenya and Uganda signed a water-sharing accord in Nairobi on Monday, brokered by the African Union.",
    E("AGREE","ETH","KEN",alt=AG), E("AGREE","ETH","UGA",alt=AG), E("AGREE","KEN","UGA",alt=AG),
    E("CONSULT","IGO","ETH",alt=("AID","SUPPORT"),core=False), E("CONSULT","IGO","KEN",alt=("AID","SUPPORT"),core=False), E("CONSULT","IGO","UGA",alt=("AID","SUPPORT"),core=False))
add("deal", "Armenia and Azerbaijan signed a ceasefire agreement in Moscow early on Tuesday after mediation by Russia.",
    E("AGREE","ARM","AZE",alt=("CONCEDE",)+AG), E("CONSULT","RUS","ARM",alt=("AID","SUPPORT")), E("CONSULT","RUS","AZE",alt=("AID","SUPPORT")))
add("deal", "Qatar mediated the accord under which Rwanda and the Democratic Republic of Congo pledged to end support for armed groups on each other's territory.",
    E("AGREE","RWA","COD",alt=AG), E("CONSULT","QAT","RWA",alt=("AID","SUPPORT")), E("CONSULT","QAT","COD",alt=("AID","SUPPORT")))
add("deal", "Vietnam, Laos and Cambodia initialled a protocol on the Mekong border triangle at a ceremony in Hanoi on Friday.",
    E("AGREE","VNM","LAO",alt=AG), E("AGREE","VNM","KHM",alt=AG), E("AGREE","LAO","KHM",alt=AG))
add("deal", "Norwegian diplomats brokered the deal, which Colombia and Venezuela signed in Havana on Wednesday to reopen their border crossings.",
    E("AGREE","COL","VEN",alt=AG), E("CONSULT","NOR","COL",alt=("AID","SUPPORT")), E("CONSULT","NOR","VEN",alt=("AID","SUPPORT")))
add("deal", "Under a pact signed by Serbia, Hungary and Austria in Vienna, the three states will run joint patrols on the migrant route.",
    E("AGREE","SRB","HUN",alt=AG), E("AGREE","SRB","AUT",alt=AG), E("AGREE","HUN","AUT",alt=AG))
add("deal", "Egyptian and Qatari mediators shuttled between Israeli and Hamas negotiators before Israel agreed with Egypt on a reopening of the Rafah crossing.",
    E("AGREE","ISR","EGY",alt=AG+("CONCEDE",)), E("CONSULT","QAT","ISR",core=False), E("CONSULT","EGY","ISR",core=False))

# --- refusals and rejections
add("refuse", "Norway refused a Swedish request to extradite the two suspects, the justice ministry in Oslo said on Thursday.",
    E("REJECT","NOR","SWE",note="Norway refuses extradition"), E("REQUEST","SWE","NOR",core=False))
add("refuse", "Algeria has rejected Morocco's proposal to reopen the land border, state media reported.",
    E("REJECT","DZA","MAR"), E("REQUEST","MAR","DZA",alt=("AGREE",),core=False))
add("refuse", "Turkey denied permission for Greek military aircraft to cross its airspace during the exercise.",
    E("REJECT","TUR","GRC",alt=("COERCE",)))
add("refuse", "Pakistan turned down an Indian demand to hand over the men accused of planning the attack.",
    E("REJECT","PAK","IND"), E("REQUEST","IND","PAK",core=False))
add("refuse", "BOGOTA (AP) - Ecuador's government dismissed a Colombian offer of talks on the spraying of border crops, calling it insincere.",
    E("REJECT","ECU","COL"), E("REQUEST","COL","ECU",alt=("CONSULT",),core=False))
add("refuse", "The Kazakh foreign ministry said it would not accept Uzbekistan's plan to divert water from the Syr Darya.",
    E("REJECT","KAZ","UZB"))
add("refuse", "Singapore declined to grant landing rights to Malaysian carriers at Seletar airport, a decision the transport ministry in Kuala Lumpur called regrettable.",
    E("REJECT","SGP","MYS",alt=("SANCTION",)), E("ACCUSE","MYS","SGP",alt=("PROTEST",),core=False))
add("refuse", "Chile on Monday rebuffed Argentina's call for a joint survey of the glacier, saying the boundary had been settled in 1998.",
    E("REJECT","CHL","ARG"), E("REQUEST","ARG","CHL",core=False))
add("refuse", "Ghana has vetoed a Togolese bid to route the pipeline through its eastern region, officials in Accra said.",
    E("REJECT","GHA","TGO"))

# --- requests by letter, call or appeal
add("request", "Lithuania asked Germany in a letter to speed up the delivery of air defence systems, the defence ministry in Vilnius said on Friday.",
    E("REQUEST","LTU","DEU",alt=("AID",)))
add("request", "Peru pressed Ecuador to hand over the former minister wanted for corruption, the foreign ministry in Lima said.",
    E("REQUEST","PER","ECU"))
add("request", "In a phone call on Tuesday, Jordan's King urged Israel to halt settlement construction in the West Bank.",
    E("REQUEST","JOR","ISR"))
add("request", "The Philippines appealed to Japan for emergency relief after the typhoon destroyed much of Leyte.",
    E("REQUEST","PHL","JPN",alt=("AID",)))
add("request", "Greece formally requested that Britain return the marbles, Athens said in a note handed to the British embassy.",
    E("REQUEST","GRC","GBR"))
add("request", "Mongolia wrote to China asking it to reopen the Erenhot crossing to coal trucks before winter.",
    E("REQUEST","MNG","CHN"))
add("request", "Tanzania called on Malawi to withdraw its survey vessels from Lake Nyasa, saying the lake's northern shore is Tanzanian.",
    E("REQUEST","TZA","MWI"))
add("request", "TUNIS, June 2 - Tunisia has asked Italy for patrol boats and radar to stop migrant crossings, officials said on Sunday.",
    E("REQUEST","TUN","ITA",alt=("AID",)))

# --- accusations and condemnations inside reported speech
add("accuse", "Bolivia's foreign minister said Chile was to blame for the collapse of the talks.",
    E("ACCUSE","BOL","CHL"))
add("accuse", "The Ukrainian president called the strike a deliberate provocation by Russia.",
    E("ACCUSE","UKR","RUS"), E("ASSAULT","RUS","UKR",core=False))
add("accuse", "Seoul said North Korea had violated the 2018 military agreement by flying drones over the border.",
    E("ACCUSE","KOR","PRK"), E("ASSAULT","PRK","KOR",alt=("COERCE","MOBILIZE"),core=False))
add("accuse", "Kyrgyz officials said Tajik troops had fired first and accused Dushanbe of seizing a water station.",
    E("ACCUSE","KGZ","TJK"), E("ASSAULT","TJK","KGZ",core=False))
add("accuse", "Iraq condemned the Turkish air strike on a resort in Duhok as a flagrant violation of its sovereignty, a government spokesman said.",
    E("ACCUSE","IRQ","TUR",alt=("PROTEST",)), E("ASSAULT","TUR","IRQ"))
add("accuse", "A Pakistani army spokesman said India was behind the bombing in Quetta, without offering evidence.",
    E("ACCUSE","PAK","IND"))
add("accuse", "Guyana's president told parliament that Venezuela's referendum on Essequibo amounted to an attempted annexation.",
    E("ACCUSE","GUY","VEN"))
add("accuse", "Beijing denounced the Philippine coast guard's actions near the shoal as dangerous and provocative, the Chinese embassy in Manila said.",
    E("ACCUSE","CHN","PHL"))
add("accuse", "Ethiopia's government said Egypt was trying to destabilise the region by arming Somalia, a charge Cairo denied.",
    E("ACCUSE","ETH","EGY"), E("REJECT","EGY","ETH",alt=("ACCUSE",),core=False))

# --- military fire, nominal and agentless
add("fire", "An Azerbaijani artillery barrage hit Armenian positions near Jermuk overnight, the defence ministry in Yerevan said.",
    E("ASSAULT","AZE","ARM"))
add("fire", "The shelling of the port of Odesa by Russian forces killed three people on Saturday.",
    E("ASSAULT","RUS","UKR"))
add("fire", "Thai troops returned fire after Cambodian soldiers fired rockets across the border near the temple.",
    E("ASSAULT","THA","KHM"), E("ASSAULT","KHM","THA"))
add("fire", "Israeli strikes on Lebanese villages continued on Monday, local officials said.",
    E("ASSAULT","ISR","LBN"))
add("fire", "Two Indian soldiers were killed by Pakistani sniper fire along the Line of Control, the Indian army said.",
    E("ASSAULT","PAK","IND"))
add("fire", "A Saudi-led air raid struck a market in northern Yemen on Tuesday.",
    E("ASSAULT","SAU","YEM"))
add("fire", "Eritrean mortar fire struck Ethiopian positions near Badme for a second day.",
    E("ASSAULT","ERI","ETH"))
add("fire", "Syrian rockets landed in the Turkish town of Akcakale, and Turkey answered with artillery fire on Syrian army positions.",
    E("ASSAULT","SYR","TUR"), E("ASSAULT","TUR","SYR"))
add("fire", "The Russian bombardment of Kharkiv continued through the night, Ukrainian officials said.",
    E("ASSAULT","RUS","UKR"))

# --- exercises around a territory
add("drill", "China announced live-fire drills around Taiwan on Saturday, a day after the island's president returned from the United States.",
    E("MOBILIZE","CHN","TWN",alt=("THREATEN","COERCE")))
add("drill", "Russia began naval exercises in the Baltic Sea near Estonia's coast, the Estonian navy said.",
    E("MOBILIZE","RUS","EST",alt=("THREATEN",)))
add("drill", "Britain will hold military exercises off the Falkland Islands next month, the Argentine foreign ministry complained on Friday.",
    E("MOBILIZE","GBR","ARG","pending",alt=("THREATEN",),core=False), E("ACCUSE","ARG","GBR",alt=("PROTEST",)))
add("drill", "North Korea staged artillery drills near the maritime border with South Korea on Thursday.",
    E("MOBILIZE","PRK","KOR",alt=("THREATEN",)))
add("drill", "Iran held war games near the Strait of Hormuz, days after the United States sent a carrier to the Gulf.",
    E("MOBILIZE","IRN","USA",alt=("THREATEN",),core=False), E("MOBILIZE","USA","IRN",alt=("THREATEN",),core=False))
add("drill", "Venezuelan troops carried out exercises along the Guyanese border in the disputed Essequibo region.",
    E("MOBILIZE","VEN","GUY",alt=("THREATEN",)))

# --- deployments and withdrawals agreed under a deal
add("deploy", "Under the agreement, Russia will withdraw its troops from the Armenian border posts by the end of the year.",
    E("RETREAT","RUS","ARM","pending",alt=("CONCEDE",)))
add("deploy", "Kenyan police began deploying to Haiti on Tuesday under a UN-backed security mission.",
    E("MOBILIZE","KEN","HTI",alt=("AID","COOPERATE")))
add("deploy", "India and China agreed to pull back troops from the friction points in eastern Ladakh.",
    E("AGREE","IND","CHN",alt=("RETREAT","CONCEDE")+AG), E("RETREAT","IND","CHN","pending",alt=("CONCEDE",),core=False), E("RETREAT","CHN","IND","pending",alt=("CONCEDE",),core=False))
add("deploy", "Rwandan troops withdrew from eastern Congo on Sunday in line with the Luanda accord, Congolese officials said.",
    E("RETREAT","RWA","COD",alt=("CONCEDE",)))
add("deploy", "As agreed in the ceasefire deal, Azerbaijan deployed border guards to the Lachin corridor in place of Armenian forces.",
    E("MOBILIZE","AZE","ARM",core=False), E("RETREAT","ARM","AZE",alt=("CONCEDE",),core=False))
add("deploy", "The United States has completed the withdrawal of its forces from Niger, the Pentagon said.",
    E("RETREAT","USA","NER",alt=("CONCEDE",)))

# --- releases and exchanges of prisoners
add("release", "Russia and Ukraine exchanged 95 prisoners of war each on Wednesday in a swap mediated by the United Arab Emirates.",
    E("RETREAT","RUS","UKR",alt=REL), E("RETREAT","UKR","RUS",alt=REL), E("CONSULT","ARE","RUS",alt=("AID","SUPPORT"),core=False), E("CONSULT","ARE","UKR",alt=("AID","SUPPORT"),core=False))
add("release", "Iran freed two French citizens held for three years, and France released an Iranian engineer in return.",
    E("RETREAT","IRN","FRA",alt=REL), E("RETREAT","FRA","IRN",alt=REL))
add("release", "India released 20 Pakistani fishermen on Tuesday as a goodwill gesture, the foreign ministry in Islamabad said.",
    E("RETREAT","IND","PAK",alt=REL))
add("release", "Venezuela handed over six detained American citizens to US officials on Saturday.",
    E("RETREAT","VEN","USA",alt=REL))
add("release", "The release of the Chinese crew by the Philippine authorities came after a week of talks.",
    E("RETREAT","PHL","CHN",alt=REL))
add("release", "Armenia and Azerbaijan swapped detainees at the border on Thursday, the first exchange since the war.",
    E("RETREAT","ARM","AZE",alt=REL), E("RETREAT","AZE","ARM",alt=REL))
add("release", "Belarus pardoned and freed a Lithuanian citizen convicted of spying, Vilnius said.",
    E("RETREAT","BLR","LTU",alt=REL))

# --- conditional threats
add("threat", "If the embargo goes ahead, no gas will flow west, Russia's energy minister told the Czech government.",
    E("THREATEN","RUS","CZE"))
add("threat", "China warned that it would halt imports of Lithuanian goods if Vilnius allowed Taiwan to open an office.",
    E("THREATEN","CHN","LTU",alt=("SANCTION",)))
add("threat", "Turkey threatened to block Sweden's bid to join NATO unless Stockholm extradited the suspects.",
    E("THREATEN","TUR","SWE",alt=("REJECT",)))
add("threat", "Morocco will recall its ambassador from Madrid should Spain receive the Polisario leader again, a ministry statement said.",
    E("THREATEN","MAR","ESP"))
add("threat", "Egypt's president warned Ethiopia that any move to fill the dam without a deal would be met with a firm response.",
    E("THREATEN","EGY","ETH"))
add("threat", "Azerbaijan said it would respond with force if Armenian units crossed the line again.",
    E("THREATEN","AZE","ARM"))
add("threat", "Washington warned Caracas that new sanctions would follow unless the election date was set.",
    E("THREATEN","USA","VEN",alt=("SANCTION",)))

# --- visits by officials
add("visit", "German Chancellor Olaf Scholz arrived in Beijing on Friday for talks with Xi Jinping.",
    E("CONSULT","DEU","CHN"))
add("visit", "Polish Defence Minister Tomasz Nowak visited Kyiv on Wednesday, his first trip since taking office.",
    E("CONSULT","POL","UKR"))
add("visit", "The Saudi foreign minister paid a rare visit to Tehran on Saturday.",
    E("CONSULT","SAU","IRN"))
add("visit", "During his stay in Hanoi, the Australian prime minister laid a wreath and met Vietnamese leaders.",
    E("CONSULT","AUS","VNM"))
add("visit", "Brazil's president travelled to Buenos Aires to meet Argentina's leader at the start of his regional tour.",
    E("CONSULT","BRA","ARG"))
add("visit", "NAIROBI, Feb 11 - Ugandan President Yoweri Museveni is due to visit Nairobi next week, Kenyan officials said.",
    E("CONSULT","UGA","KEN","pending"))
add("visit", "A Chinese delegation led by the commerce minister held talks in Canberra on Tuesday on lifting tariffs on Australian wine.",
    E("CONSULT","CHN","AUS"))

# --- agencies named by their own name, state in appositive or possessive
add("agency", "Peru's customs authority, SUNAT, seized two Chilean trucks carrying undeclared copper at the Tacna crossing.",
    E("COERCE","PER","CHL",alt=("SANCTION",)))
add("agency", "The Federal Security Service, Russia's main domestic intelligence agency, detained an Estonian diplomat in St Petersburg.",
    E("COERCE","RUS","EST"))
add("agency", "Mossad, Israel's foreign intelligence service, met Egyptian intelligence chiefs in Cairo on Monday.",
    E("CONSULT","ISR","EGY"))
add("agency", "India's Research and Analysis Wing was accused by Canada of plotting the killing, a charge New Delhi rejected.",
    E("ACCUSE","CAN","IND"), E("REJECT","IND","CAN",alt=("ACCUSE",),core=False))
add("agency", "The Philippine Coast Guard said Chinese vessels had fired water cannon at its boat near Second Thomas Shoal.",
    E("ASSAULT","CHN","PHL",alt=("COERCE",)), E("ACCUSE","PHL","CHN",core=False))
add("agency", "Ukraine's SBU security service said it had arrested a Hungarian national spying for Budapest.",
    E("COERCE","UKR","HUN",core=False), E("ACCUSE","UKR","HUN",core=False))
add("agency", "Pemex, Mexico's state oil company, signed a supply deal with Cuba's energy ministry.",
    E("AGREE","MEX","CUB",alt=AG))

# --- near misses: nothing to code
for text in [
    "The two countries fought a brief border war in 1962, which still shapes relations today.",
    "Analysts said a Chinese blockade of Taiwan, if it ever came, would disrupt global chip supplies.",
    "Officials in Rome said they were watching developments in Libya closely.",
    "Ministers from both countries said they would discuss the matter again in the coming weeks if conditions allowed.",
    "In 2014, Russia annexed Crimea, a move most countries still do not recognise.",
    "The report noted that Brazil had been Argentina's largest trading partner for two decades.",
    "A spokesman declined to comment on whether Japan would respond.",
    "Historians recall that British troops withdrew from Aden in 1967.",
    "A war between India and Pakistan would be catastrophic, the professor told the conference.",
    "Reporters asked whether the French president planned to visit Algeria, but no answer was given.",
    "The ministry said it was studying the Nigerian statement.",
    "Editors' note: an earlier version of this story misspelled the name of the Kenyan minister.",
    "Related: Germany and France mark sixty years of friendship treaty",
    "Photo: Egyptian and Sudanese flags at the border crossing (AFP)",
    "Diplomats said it was too early to say whether Ethiopia and Eritrea would hold talks.",
    "The Indonesian navy has long patrolled the waters around the Natuna Islands.",
    "The summit will be the first since leaders met in Lima a decade ago.",
    "Should the talks fail, analysts expect prices of rice across Southeast Asia to rise.",
    "Mexico's economy grew 3 percent last year, helped by exports to the United States.",
    "The ministry said it would publish the trade figures for the Gulf states on Monday.",
    "Most Pakistani exports to Afghanistan pass through the Torkham crossing.",
    "Portugal and Spain share one of the oldest borders in Europe.",
]:
    add("nearmiss", text)

# --- background: concrete past acts are acceptable non-core gold under ANNOTATION.md (never required, never a false positive)
add("background", "Experts say the treaty signed by Egypt and Israel in 1979 remains the cornerstone of regional security.",
    E("AGREE","EGY","ISR",alt=AG,core=False))
add("background", "The talks between Serbia and Kosovo, which began in 2011, have produced few results.",
    E("CONSULT","SRB","XKX",core=False))
add("background", "The agreement, which Nepal and India signed in 1950, has long been criticised in Kathmandu.",
    E("AGREE","NPL","IND",alt=AG,core=False))
add("background", "The Thai and Malaysian leaders are not expected to meet at the summit, officials said.",
    E("CONSULT","THA","MYS","negated",core=False))

write_set(OUT, C, "blindcats", "bc", "session 15 blindcats; issue #11's miss categories, sentences written blind")
