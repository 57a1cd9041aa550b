package demo

// studioSeed is one hand-written studio of the standard data set, with the
// facts the charm generator needs about it.
type studioSeed struct {
	slug, name, nameZH, kind, region, country, city string
	founded                                         int
	code                                            string   // SKU prefix
	currency                                        string   // currency of its list prices
	weight                                          int      // relative share of the free charms
	cats                                            string   // "plush:40 acrylic:20": what it makes, by share
	themes                                          []string // themes its designs lean to
	palette                                         []string // colours its designs lean to
	eco                                             float64  // chance a charm carries an eco attribute
	desc, story                                     string
}

// Colour palettes by taste: East Asian kawaii pastels, South-East Asian
// brights, European minimalism, North American vintage, luxury tones.
var (
	pastel  = []string{"pink", "mint", "lavender", "white", "yellow", "blue", "beige"}
	bright  = []string{"orange", "yellow", "rainbow", "red", "green", "blue", "pink", "purple"}
	minimal = []string{"black", "white", "silver", "gold", "grey", "navy", "beige"}
	vintage = []string{"brown", "beige", "red", "navy", "gold", "green", "orange"}
	luxe    = []string{"gold", "black", "brown", "beige", "red", "silver", "navy"}
	earthy  = []string{"green", "brown", "beige", "white", "yellow", "orange"}
)

// baseStudios are the studios every demo data set has. Names are fictional;
// museums and artefacts are invented and written with respect for the real
// heritage they echo.
var baseStudios = []studioSeed{
	// IP brands.
	{"moonbun-toys", "Moonbun Toys", "月团潮玩", "ip_brand", "east_asia", "CN", "Shanghai", 2019, "MBN", "CNY", 78,
		"plush:40 acrylic:22 metal_enamel:18 functional:12 crochet:4 beaded:4", []string{"kawaii", "seasonal", "food"}, pastel, 0.08,
		"Shanghai art-toy brand behind Mochi Moon and Pipi Sprout, known for pastel plush charms and seasonal blind boxes.",
		"Founded by two illustrators who sold hand-sewn moon plushies at a Tianzifang craft fair before opening their first store on Nanjing West Road."},
	{"cloudnest-art-toys", "Cloudnest Art Toys", "云巢潮玩", "ip_brand", "east_asia", "CN", "Shenzhen", 2018, "CNT", "CNY", 64,
		"plush:35 acrylic:25 metal_enamel:20 functional:15 beaded:5", []string{"kawaii", "food", "animals"}, pastel, 0.06,
		"Shenzhen designer-toy maker whose Dumpling Dino and Nuomi Cat hang from backpacks across the Greater Bay Area.", ""},
	{"peachling-studio", "Peachling Studio", "桃宝工作室", "ip_brand", "east_asia", "CN", "Guangzhou", 2020, "PCH", "CNY", 42,
		"plush:45 acrylic:25 beaded:15 functional:15", []string{"kawaii", "seasonal"}, pastel, 0.05,
		"Guangzhou studio of Tangtang Bunny, a shy rabbit who only comes out when there is dessert.", ""},
	{"gungun-friends", "Gungun Friends", "滚滚伙伴", "ip_brand", "east_asia", "CN", "Chengdu", 2021, "GGF", "CNY", 40,
		"plush:50 acrylic:20 metal_enamel:15 functional:15", []string{"animals", "city", "food"}, []string{"black", "white", "green", "red", "beige"}, 0.12,
		"Chengdu brand of Gungun Panda, a round cub who loves hot pot, tea houses and afternoon naps.", ""},
	{"tidepool-games", "Tidepool Games", "潮池游戏", "ip_brand", "east_asia", "CN", "Hangzhou", 2016, "TPG", "CNY", 50,
		"metal_enamel:35 acrylic:35 plush:20 functional:10", []string{"gaming", "fantasy", "anime"}, []string{"navy", "gold", "red", "black", "purple", "orange"}, 0.04,
		"Hangzhou game studio behind the action role-playing game Lantern Knights; its charms are official merchandise for players.", ""},
	{"starwave-entertainment", "Starwave Entertainment", "星浪娱乐", "ip_brand", "east_asia", "KR", "Seoul", 2015, "SWE", "KRW", 24,
		"acrylic:35 metal_enamel:20 plush:25 functional:15 beaded:5", []string{"kpop", "music"}, []string{"purple", "silver", "black", "pink", "blue", "white"}, 0.03,
		"Seoul entertainment company of the nine-member boy group NOVA9; its official charms carry photocards, light-stick minis and member dolls.", ""},
	{"dalbit-friends", "Dalbit Friends", "月光伙伴", "ip_brand", "east_asia", "KR", "Seoul", 2020, "DBF", "KRW", 18,
		"plush:50 acrylic:25 beaded:10 functional:15", []string{"kawaii", "animals"}, pastel, 0.05,
		"Seoul character studio of Bori Bear, a barley-coloured bear who collects moonlight in jars.", ""},
	{"hoshizora-pictures", "Hoshizora Pictures", "星空映画", "ip_brand", "east_asia", "JP", "Tokyo", 2012, "HZP", "JPY", 18,
		"acrylic:40 metal_enamel:30 plush:20 functional:10", []string{"anime", "fantasy", "travel"}, []string{"navy", "blue", "yellow", "white", "purple", "gold"}, 0.03,
		"Tokyo animation studio of the series Starlit Courier, about a girl who delivers letters between stars.", ""},
	{"kumokumo-works", "Kumokumo Works", "云云工房", "ip_brand", "east_asia", "JP", "Osaka", 2017, "KKW", "JPY", 16,
		"plush:45 acrylic:30 crochet:10 functional:15", []string{"kawaii", "food", "fantasy"}, pastel, 0.06,
		"Osaka character workshop of Onigiri Obake, a rice-ball ghost who haunts bento boxes.", ""},
	{"tapioca-pals", "Tapioca Pals", "珍珠伙伴", "ip_brand", "east_asia", "TW", "Taipei", 2019, "TPP", "TWD", 14,
		"plush:40 acrylic:35 functional:15 beaded:10", []string{"food", "kawaii", "city"}, []string{"brown", "beige", "pink", "white", "black"}, 0.05,
		"Taipei brand of Bobo Pearl, a tapioca pearl who escaped from a milk tea and never looked back.", ""},
	{"harbour-lights-toys", "Harbour Lights Toys", "港灯玩具", "ip_brand", "east_asia", "HK", "Hong Kong", 2014, "HLT", "HKD", 16,
		"plush:40 metal_enamel:25 acrylic:25 functional:10", []string{"food", "city", "vintage"}, []string{"red", "yellow", "white", "green", "beige"}, 0.04,
		"Hong Kong toy maker of the Dim Sum Gang, four dumpling friends who run a tea house by the harbour.", ""},
	{"mango-sticky-studio", "Mango Sticky Studio", "芒果糯米工作室", "ip_brand", "southeast_asia", "TH", "Bangkok", 2019, "MSS", "THB", 18,
		"plush:45 acrylic:25 beaded:15 functional:15", []string{"kawaii", "animals", "food"}, bright, 0.08,
		"Bangkok studio of Khanom, a baby elephant who splashes through every festival of the year.", ""},
	{"sunny-static-co", "Sunny Static Co.", "", "ip_brand", "north_america", "US", "Los Angeles", 2018, "SSC", "USD", 18,
		"acrylic:30 metal_enamel:30 plush:20 functional:20", []string{"y2k", "gaming", "vintage"}, []string{"pink", "purple", "blue", "silver", "rainbow", "mint"}, 0.06,
		"Los Angeles brand of Pixel Pup, a dial-up-era virtual pet that refuses to be switched off.", ""},

	// Independent artists.
	{"studio-linden-thread", "Studio Linden Thread", "", "independent", "europe", "DK", "Copenhagen", 2019, "SLT", "EUR", 12,
		"crochet:70 beaded:15 leather:15", []string{"nature", "minimalist", "animals"}, earthy, 0.45,
		"Copenhagen crochet studio making small amigurumi charms from organic cotton and undyed wool.",
		"Linnea started crocheting linden leaves on the night train to Aarhus; every pattern is still tested on that line."},
	{"beadsbyhana", "beadsbyhana", "花花串珠", "independent", "east_asia", "KR", "Seoul", 2021, "BBH", "KRW", 12,
		"beaded:80 crochet:20", []string{"kawaii", "y2k", "nature"}, pastel, 0.10,
		"Hana strings glass and pearl beads into phone straps and bag charms in a tiny Mangwon-dong studio.", ""},
	{"atelier-petit-laiton", "Atelier Petit Laiton", "", "independent", "europe", "FR", "Paris", 2016, "APL", "EUR", 12,
		"metal_enamel:75 leather:25", []string{"minimalist", "vintage", "city"}, minimal, 0.40,
		"Paris workshop casting small brass charms from recycled metal, finished by hand in the 11th arrondissement.", ""},
	{"moss-and-marrow", "Moss & Marrow Leatherworks", "", "independent", "europe", "GB", "London", 2015, "MMW", "GBP", 10,
		"leather:80 metal_enamel:20", []string{"vintage", "minimalist", "travel"}, vintage, 0.30,
		"London leatherworker making saddle-stitched tags and tassels from vegetable-tanned offcuts.", ""},
	{"bottega-nocciola", "Bottega Nocciola", "", "independent", "europe", "IT", "Milan", 2012, "BNC", "EUR", 9,
		"leather:65 metal_enamel:35", []string{"minimalist", "vintage"}, luxe, 0.25,
		"Milan family bottega turning hazelnut-brown leather and brass into quiet, long-lived bag charms.", ""},
	{"yarnfolk", "Yarnfolk", "", "independent", "europe", "DE", "Berlin", 2020, "YFK", "EUR", 10,
		"crochet:80 beaded:20", []string{"food", "nature", "kawaii"}, earthy, 0.50,
		"Berlin crochet collective of three friends; their vegetables and tiny pretzels sell out at every Kreuzberg market.", ""},
	{"ferncastle-pins", "Ferncastle Pins", "", "independent", "north_america", "US", "New York", 2017, "FCP", "USD", 12,
		"metal_enamel:70 acrylic:30", []string{"city", "music", "vintage"}, vintage, 0.15,
		"Brooklyn enamel studio of subway-map keychains, record-shop charms and other love letters to the city.", ""},
	{"maple-kettle-crafts", "Maple Kettle Crafts", "", "independent", "north_america", "CA", "Toronto", 2018, "MKC", "CAD", 9,
		"beaded:40 leather:30 crochet:30", []string{"nature", "travel", "vintage"}, earthy, 0.35,
		"Toronto maker of beaded lake-country charms and leather key loops, sold from a cabin-themed market stall.", ""},
	{"glitter-dial-up", "Glitter Dial-Up", "", "independent", "north_america", "US", "Los Angeles", 2022, "GDU", "USD", 11,
		"acrylic:40 beaded:35 metal_enamel:25", []string{"y2k", "vintage", "music"}, []string{"pink", "purple", "silver", "rainbow", "blue", "lavender"}, 0.10,
		"Y2K revival studio: butterfly clips, flip phones and jelly hearts, reissued as charms for people who missed them the first time.", ""},
	{"xiaoman-handmade", "Xiaoman Handmade", "小满手作", "independent", "east_asia", "CN", "Hangzhou", 2020, "XMH", "CNY", 18,
		"beaded:45 crochet:45 leather:10", []string{"nature", "seasonal", "kawaii"}, pastel, 0.20,
		"Hangzhou maker of beaded and crocheted charms named after the 24 solar terms.", ""},
	{"qingyou-workshop", "Qingyou Workshop", "青柚工坊", "independent", "east_asia", "CN", "Chengdu", 2021, "QYW", "CNY", 16,
		"acrylic:70 metal_enamel:30", []string{"food", "city", "kawaii"}, bright, 0.12,
		"Chengdu illustration duo printing acrylic charms of street food, teahouses and sleepy cats.", ""},
	{"shiguang-brassworks", "Shiguang Brassworks", "拾光铜艺", "independent", "east_asia", "CN", "Beijing", 2014, "SGB", "CNY", 14,
		"metal_enamel:70 leather:15 functional:15", []string{"heritage", "vintage", "minimalist"}, luxe, 0.30,
		"Beijing hutong workshop hand-engraving brass charms with auspicious patterns and zodiac animals.", ""},
	{"hidamari-felt", "Hidamari Felt", "向阳羊毛毡", "independent", "east_asia", "JP", "Tokyo", 2018, "HMF", "JPY", 9,
		"crochet:80 plush:20", []string{"animals", "kawaii", "nature"}, pastel, 0.35,
		"Tokyo needle-felting and crochet studio of shiba inu, sparrows and other animals small enough to hang from a zip.", ""},
	{"rainy-alley-press", "Rainy Alley Press", "雨巷手作", "independent", "east_asia", "TW", "Taipei", 2019, "RAP", "TWD", 9,
		"acrylic:60 metal_enamel:40", []string{"city", "travel", "vintage"}, []string{"blue", "grey", "green", "yellow", "white"}, 0.12,
		"Taipei risograph and acrylic studio drawing the city's alleys, scooters and rainy-day umbrellas.", ""},
	{"kaya-toast-club", "Kaya Toast Club", "咖椰吐司社", "independent", "southeast_asia", "SG", "Singapore", 2020, "KTC", "SGD", 11,
		"acrylic:50 metal_enamel:30 beaded:20", []string{"food", "city", "kawaii"}, bright, 0.15,
		"Singapore illustrators behind kopitiam-breakfast charms: kaya toast, soft-boiled eggs and teh tarik.", ""},
	{"batik-bloom", "Batik Bloom", "", "independent", "southeast_asia", "ID", "Jakarta", 2019, "BTB", "USD", 9,
		"beaded:50 functional:25 crochet:25", []string{"heritage", "nature"}, bright, 0.30,
		"Jakarta studio sewing batik offcuts into pouch charms and beading flowers from the archipelago.", ""},
	{"sampaguita-beadworks", "Sampaguita Beadworks", "", "independent", "southeast_asia", "PH", "Manila", 2021, "SPB", "USD", 9,
		"beaded:80 crochet:20", []string{"kpop", "nature", "kawaii"}, bright, 0.15,
		"Manila bead artist making fan-colour phone straps and jasmine-flower charms for concert season.", ""},
	{"kopi-kawan-studio", "Kopi Kawan Studio", "咖啡伙伴工作室", "independent", "southeast_asia", "MY", "Kuala Lumpur", 2020, "KKS", "MYR", 9,
		"acrylic:50 functional:30 metal_enamel:20", []string{"food", "kpop", "city"}, bright, 0.12,
		"Kuala Lumpur studio of coffee-shop charms and card-holder add-ons for students and commuters.", ""},

	// Museums.
	{"changan-heritage-museum", "Chang'an Heritage Museum", "长安文博馆", "museum", "east_asia", "CN", "Xi'an", 1952, "CAH", "CNY", 30,
		"cultural:70 metal_enamel:12 acrylic:10 plush:8", []string{"heritage", "travel"}, []string{"green", "gold", "brown", "red", "beige"}, 0.10,
		"City museum of the Silk Road's eastern terminus, with bronzes, tri-colour glazed figures and Tang dynasty murals.",
		"The museum grew from a 1952 survey of kiln sites outside the old city walls. Its bronze horse treading on a cloud and its glazed camel of the tea-and-horse road are the two pieces children ask for first, so the shop turned them into friends they can take home."},
	{"jingchu-lacquer-museum", "Jingchu Lacquer Museum", "荆楚漆器博物馆", "museum", "east_asia", "CN", "Wuhan", 1958, "JCL", "CNY", 18,
		"cultural:75 plush:15 acrylic:10", []string{"heritage", "animals"}, []string{"red", "black", "gold", "brown"}, 0.08,
		"Provincial-style museum of Chu lacquerware, bronze birds and bells from the middle Yangtze.",
		"Chu craftsmen painted birds on everything, believing they carried messages between worlds. The museum's bird charms continue that habit: a little bronze songbird and a lacquered phoenix now carry messages on school bags."},
	{"qiantang-silk-tea-museum", "Qiantang Silk & Tea Museum", "钱塘丝茶博物馆", "museum", "east_asia", "CN", "Hangzhou", 1987, "QST", "CNY", 16,
		"cultural:70 metal_enamel:15 beaded:15", []string{"heritage", "nature"}, []string{"green", "mint", "white", "gold", "blue"}, 0.20,
		"Hangzhou museum of silk weaving, celadon and the tea gardens of the West Lake hills.",
		"Founded by retired silk-mill workers who kept their looms running for visitors, the museum still weaves the brocade used on its charms, and every tea-leaf charm is modelled on a leaf from its own garden."},
	{"shu-valley-bronze-museum", "Shu Valley Bronze Museum", "蜀川青铜博物馆", "museum", "east_asia", "CN", "Chengdu", 1998, "SVB", "CNY", 16,
		"cultural:75 plush:15 acrylic:10", []string{"heritage", "fantasy"}, []string{"gold", "green", "brown", "black"}, 0.08,
		"Museum of the bronze cultures of the Sichuan basin: masks with great eyes, standing cranes and sun-bird gold foil.",
		"Its collection began with a farmer's find of a bronze crane in a paddy field in 1986. The museum asks designers to keep each artefact's proportions exact, so the charms teach the real shapes."},
	{"yanjing-ceremonial-museum", "Yanjing Ceremonial Museum", "燕京礼乐博物馆", "museum", "east_asia", "CN", "Beijing", 1925, "YCM", "CNY", 24,
		"cultural:65 plush:20 metal_enamel:15", []string{"heritage", "zodiac"}, []string{"red", "gold", "yellow", "navy", "white"}, 0.06,
		"Beijing museum of ritual music and court ceremony, home of a set of bronze chime bells and of Yuanbao, the museum cat.",
		"The museum opened in a former ceremonial hall in 1925. Yuanbao, a ginger cat who wandered in during the 2016 restoration and never left, became its mascot and the face of its charms."},
	{"bukchon-hanok-museum", "Bukchon Hanok Heritage Museum", "北村韩屋博物馆", "museum", "east_asia", "KR", "Seoul", 1989, "BHM", "KRW", 10,
		"cultural:75 beaded:15 metal_enamel:10", []string{"heritage", "travel"}, []string{"red", "blue", "yellow", "white", "green"}, 0.12,
		"Seoul museum in a restored hanok, devoted to norigae tassels, moon jars and folk paintings of magpies and tigers.",
		"Norigae were the charms of the Joseon court: knotted tassels hung from a hanbok's ribbon for luck. The museum's knot-makers teach the craft on Saturdays and make its norigae bag charms by hand."},
	{"chao-phraya-river-museum", "Chao Phraya River Museum", "湄南河博物馆", "museum", "southeast_asia", "TH", "Bangkok", 1972, "CPR", "THB", 9,
		"cultural:75 beaded:15 acrylic:10", []string{"heritage", "travel"}, bright, 0.15,
		"Bangkok museum of river life: long-tail boats, floating markets and five-colour Benjarong porcelain.",
		"The museum occupies a former rice warehouse on the river bank. Its charms are made with the boat-builders' and potters' families who lent the collection."},
	{"musee-des-petits-objets", "Musée des Petits Objets", "", "museum", "europe", "FR", "Paris", 1901, "MPO", "EUR", 9,
		"cultural:70 metal_enamel:30", []string{"heritage", "vintage"}, luxe, 0.20,
		"Paris museum of small things: thimbles, scent bottles, toy carousels and Art Nouveau brooches.",
		"A collector of miniatures left her apartment and its forty thousand objects to the city in 1901, on condition that everything stay small. The shop's charms keep the promise."},
	{"nordhavn-maritime-museum", "Nordhavn Maritime Museum", "", "museum", "europe", "DK", "Copenhagen", 1938, "NMM", "EUR", 8,
		"cultural:70 metal_enamel:20 leather:10", []string{"heritage", "travel"}, []string{"navy", "white", "red", "silver", "blue"}, 0.35,
		"Harbour museum of compasses, lighthouses and sailors' knots, in a former customs house.",
		"Built around the brass instruments of the harbour pilots, the museum casts its compass and lighthouse charms from recycled ship fittings."},
	{"lakeshore-design-museum", "Lakeshore Museum of Design", "", "museum", "north_america", "CA", "Toronto", 1976, "LMD", "CAD", 8,
		"cultural:65 metal_enamel:20 acrylic:15", []string{"heritage", "vintage", "city"}, vintage, 0.25,
		"Toronto museum of everyday design: typewriters, streetcars, radios and the signage of the old city.",
		"The collection started with a streetcar conductor's ticket punch. Its charms reproduce objects people once carried every day."},

	// Luxury houses.
	{"maison-aurelle", "Maison Aurelle", "", "luxury", "europe", "FR", "Paris", 1887, "MAU", "EUR", 8,
		"luxury_mini:100", []string{"minimalist", "vintage"}, luxe, 0.10,
		"Paris saddler turned leather house; its miniature bags and carousel-horse charms are hand-stitched in its Pantin workshop.",
		"Maison Aurelle began by stitching harness for Paris cab horses, which is why a small horse is still on every charm box."},
	{"casa-vellutini", "Casa Vellutini", "", "luxury", "europe", "IT", "Milan", 1921, "CVL", "EUR", 7,
		"luxury_mini:100", []string{"minimalist", "fantasy"}, luxe, 0.10,
		"Milan house of velvet and enamel, making jewel-like bag charms in numbered editions.", ""},
	{"hartwell-and-finch", "Hartwell & Finch", "", "luxury", "europe", "GB", "London", 1862, "HWF", "GBP", 6,
		"luxury_mini:100", []string{"vintage", "travel"}, luxe, 0.08,
		"London trunk-maker; its miniature trunks, umbrellas and tartan teddies are sold as bag charms.", ""},
	{"ashby-row", "Ashby Row", "", "luxury", "north_america", "US", "New York", 1949, "ASR", "USD", 6,
		"luxury_mini:100", []string{"vintage", "city"}, luxe, 0.12,
		"New York leather goods house known for tiny monogrammed bags and enamel taxi charms.", ""},
	{"ruyi-house", "Ruyi House", "如意坊", "luxury", "east_asia", "CN", "Shanghai", 1994, "RYH", "CNY", 6,
		"luxury_mini:100", []string{"heritage", "minimalist"}, []string{"green", "gold", "red", "white", "black"}, 0.10,
		"Shanghai house of jade, silk and gold; its ruyi knots and miniature silk bags are made in small numbered editions.", ""},

	// Retailers' own labels.
	{"toyvault", "Toyvault", "玩库", "retailer", "east_asia", "CN", "Guangzhou", 2020, "TVT", "CNY", 60,
		"plush:30 acrylic:25 metal_enamel:15 functional:15 beaded:10 crochet:5", []string{"anime", "gaming", "kawaii"}, bright, 0.05,
		"Toy and anime-goods chain with stores in malls across China; its self-developed charms fill a whole wall of every shop.", ""},
	{"lumi-living", "Lumi Living", "璐米生活", "retailer", "east_asia", "CN", "Guangzhou", 2013, "LML", "CNY", 56,
		"plush:30 acrylic:25 beaded:15 functional:20 metal_enamel:5 leather:5", []string{"kawaii", "minimalist", "seasonal"}, pastel, 0.10,
		"Lifestyle variety chain; its flagship on Nanjing Road has a charm wall of several hundred designs at every price point.", ""},
	{"kirakira-market", "Kirakira Market", "闪闪市集", "retailer", "east_asia", "JP", "Osaka", 2005, "KKM", "JPY", 14,
		"acrylic:35 plush:30 beaded:15 functional:20", []string{"kawaii", "anime", "y2k"}, pastel, 0.05,
		"Osaka variety store chain of stationery, capsule toys and cheap, cheerful charms.", ""},
	{"backpack-parade", "Backpack Parade", "", "retailer", "north_america", "US", "Los Angeles", 2019, "BPP", "USD", 14,
		"functional:30 acrylic:25 plush:20 metal_enamel:15 beaded:10", []string{"y2k", "vintage", "sports"}, vintage, 0.12,
		"Mall chain of bags and bag decor; its house line of functional charms includes AirTag holders and earbud pouches.", ""},
	{"huette-und-co", "Hütte & Co.", "", "retailer", "europe", "DE", "Berlin", 2011, "HUC", "EUR", 11,
		"metal_enamel:30 leather:25 crochet:20 functional:25", []string{"minimalist", "nature", "travel"}, minimal, 0.40,
		"Berlin home-and-travel chain with a house line of minimalist metal and recycled-leather charms.", ""},
	{"pasar-pop", "Pasar Pop", "巴刹潮物", "retailer", "southeast_asia", "SG", "Singapore", 2016, "PSP", "SGD", 12,
		"acrylic:35 beaded:25 plush:20 functional:20", []string{"kpop", "kawaii", "food"}, bright, 0.08,
		"Singapore pop-culture shop chain with K-pop merch corners and an affordable house line of charms.", ""},
}
