package demo

// sellerSeed is a hand-written authorised seller: an official store, a
// museum shop, a "grain" store (谷子店) in a mall, an online shop, a
// department store or a pop-up, with the studios it may sell.
type sellerSeed struct {
	slug, name, nameZH, kind, city, address, website string
	studios                                          []string
}

var baseSellers = []sellerSeed{
	{"moonbun-toys-nanjing-west-road", "Moonbun Toys Flagship Store", "月团潮玩旗舰店", "official_store", "Shanghai", "No. 1266 Nanjing West Road, Jing'an District, Shanghai", "", []string{"moonbun-toys"}},
	{"grain-harbour-shanghai", "Grain Harbour", "谷子港", "grain_store", "Shanghai", "Unit B1-27, Starlight Plaza, No. 166 Xizang North Road, Jing'an District, Shanghai", "", []string{"moonbun-toys", "cloudnest-art-toys", "tidepool-games", "hoshizora-pictures", "starwave-entertainment", "peachling-studio"}},
	{"lumi-living-nanjing-road", "Lumi Living Nanjing Road Flagship", "璐米生活南京路旗舰店", "official_store", "Shanghai", "No. 688 Nanjing East Road, Huangpu District, Shanghai", "", []string{"lumi-living"}},
	{"ruyi-house-yuanmingyuan-road", "Ruyi House, Yuanmingyuan Road", "如意坊圆明园路店", "official_store", "Shanghai", "No. 9 Yuanmingyuan Road, Huangpu District, Shanghai", "", []string{"ruyi-house"}},
	{"moonbun-toys-online", "Moonbun Toys Official Online Store", "月团潮玩官方网店", "online_shop", "Shanghai", "", "https://shop.moonbun-toys.example", []string{"moonbun-toys"}},
	{"yanjing-museum-shop", "Yanjing Ceremonial Museum Shop", "燕京礼乐博物馆文创店", "museum_shop", "Beijing", "No. 3 Xianmen Hutong, Dongcheng District, Beijing", "", []string{"yanjing-ceremonial-museum"}},
	{"shiguang-brassworks-hutong", "Shiguang Brassworks Hutong Studio", "拾光铜艺胡同店", "official_store", "Beijing", "No. 21 Wudaoying Hutong, Dongcheng District, Beijing", "", []string{"shiguang-brassworks"}},
	{"guzi-garden-beijing", "Guzi Garden", "谷子花园", "grain_store", "Beijing", "L3-12, Joyland Mall, No. 8 Sanlitun Road, Chaoyang District, Beijing", "", []string{"tidepool-games", "hoshizora-pictures", "moonbun-toys", "gungun-friends", "starwave-entertainment", "cloudnest-art-toys"}},
	{"qiantang-museum-shop", "Qiantang Silk & Tea Museum Shop", "钱塘丝茶博物馆文创店", "museum_shop", "Hangzhou", "No. 73 Yuhuangshan Road, Shangcheng District, Hangzhou", "", []string{"qiantang-silk-tea-museum"}},
	{"tidepool-player-store", "Tidepool Games Player Store", "潮池游戏玩家商店", "official_store", "Hangzhou", "No. 28 Wulin Road, Gongshu District, Hangzhou", "", []string{"tidepool-games"}},
	{"little-grain-online", "Little Grain Online", "小谷仓网店", "online_shop", "Hangzhou", "", "https://littlegrain.example", []string{"xiaoman-handmade", "qingyou-workshop", "shiguang-brassworks", "beadsbyhana", "hidamari-felt", "rainy-alley-press"}},
	{"gungun-friends-chunxi-road", "Gungun Friends Chunxi Road Store", "滚滚伙伴春熙路店", "official_store", "Chengdu", "No. 99 Chunxi Road, Jinjiang District, Chengdu", "", []string{"gungun-friends"}},
	{"shu-valley-museum-shop", "Shu Valley Bronze Museum Shop", "蜀川青铜博物馆文创店", "museum_shop", "Chengdu", "No. 2 Wenhua Road, Qingyang District, Chengdu", "", []string{"shu-valley-bronze-museum"}},
	{"bamboo-grain-chengdu", "Bamboo Grain", "竹谷", "grain_store", "Chengdu", "B1-09, Tianfu Square Mall, No. 18 Kuanzhai Alley, Qingyang District, Chengdu", "", []string{"qingyou-workshop", "gungun-friends", "moonbun-toys", "cloudnest-art-toys", "toyvault"}},
	{"changan-museum-shop", "Chang'an Heritage Museum Shop", "长安文博馆文创店", "museum_shop", "Xi'an", "No. 91 Xiaozhai East Road, Yanta District, Xi'an", "", []string{"changan-heritage-museum", "jingchu-lacquer-museum", "shu-valley-bronze-museum"}},
	{"toyvault-tianhe", "Toyvault Tianhe Store", "玩库天河店", "official_store", "Guangzhou", "Shop 3F-15, No. 208 Tianhe Road, Tianhe District, Guangzhou", "", []string{"toyvault", "moonbun-toys", "cloudnest-art-toys", "peachling-studio", "tidepool-games"}},
	{"cloudnest-bayview", "Cloudnest Art Toys, Bayview Mall", "云巢潮玩海景店", "official_store", "Shenzhen", "Shop L1-08, Bayview Mall, No. 33 Wenxin 5th Road, Nanshan District, Shenzhen", "", []string{"cloudnest-art-toys"}},
	{"jingchu-museum-shop", "Jingchu Lacquer Museum Shop", "荆楚漆器博物馆文创店", "museum_shop", "Wuhan", "No. 160 Donghu Road, Wuchang District, Wuhan", "", []string{"jingchu-lacquer-museum"}},
	{"nova9-popup-seongsu", "NOVA9 Pop-up Store, Seongsu", "NOVA9 圣水快闪店", "pop_up", "Seoul", "12 Yeonmujang-gil, Seongdong-gu, Seoul", "", []string{"starwave-entertainment"}},
	{"bukchon-museum-shop", "Bukchon Hanok Museum Shop", "北村韩屋博物馆商店", "museum_shop", "Seoul", "37 Bukchon-ro 11-gil, Jongno-gu, Seoul", "", []string{"bukchon-hanok-museum"}},
	{"hongdae-charm-market", "Hongdae Charm Market", "弘大挂件市集", "grain_store", "Seoul", "B1, 188 Yanghwa-ro, Mapo-gu, Seoul", "", []string{"dalbit-friends", "beadsbyhana", "starwave-entertainment", "moonbun-toys"}},
	{"hoshizora-official-shop", "Hoshizora Pictures Official Shop", "星空映画官方商店", "official_store", "Tokyo", "3-15-6 Higashi-Ikebukuro, Toshima-ku, Tokyo", "", []string{"hoshizora-pictures"}},
	{"akiba-charm-base", "Akiba Charm Base", "秋叶原挂件基地", "grain_store", "Tokyo", "4-3-2 Sotokanda, Chiyoda-ku, Tokyo", "", []string{"hoshizora-pictures", "tidepool-games", "kumokumo-works", "hidamari-felt"}},
	{"kirakira-market-shinsaibashi", "Kirakira Market Shinsaibashi", "闪闪市集心斋桥店", "official_store", "Osaka", "1-4-8 Shinsaibashisuji, Chuo-ku, Osaka", "", []string{"kirakira-market", "kumokumo-works"}},
	{"ximen-grain-house", "Ximen Grain House", "西门谷屋", "grain_store", "Taipei", "No. 52, Emei Street, Wanhua District, Taipei", "", []string{"tapioca-pals", "rainy-alley-press", "moonbun-toys", "cloudnest-art-toys", "hoshizora-pictures"}},
	{"harbour-lights-tsim-sha-tsui", "Harbour Lights Toys, Tsim Sha Tsui", "港灯玩具尖沙咀店", "official_store", "Hong Kong", "Shop 215, 2/F, 30 Canton Road, Tsim Sha Tsui, Kowloon", "", []string{"harbour-lights-toys"}},
	{"river-museum-shop-bangkok", "Chao Phraya River Museum Shop", "湄南河博物馆商店", "museum_shop", "Bangkok", "2 Charoen Krung Road Soi 36, Bang Rak, Bangkok", "", []string{"chao-phraya-river-museum", "mango-sticky-studio"}},
	{"khanom-songkran-popup", "Khanom Songkran Pop-up, Siam", "小象卡农泼水节快闪店", "pop_up", "Bangkok", "Siam Square Soi 3, Pathum Wan, Bangkok", "", []string{"mango-sticky-studio"}},
	{"pasar-pop-orchard", "Pasar Pop Orchard", "巴刹潮物乌节店", "official_store", "Singapore", "#02-14, 277 Orchard Road, Singapore", "", []string{"pasar-pop", "kaya-toast-club", "starwave-entertainment", "sampaguita-beadworks", "mango-sticky-studio"}},
	{"bukit-bintang-grain-corner", "Bukit Bintang Grain Corner", "武吉免登谷子角", "grain_store", "Kuala Lumpur", "Lot 3.12, 168 Jalan Bukit Bintang, Kuala Lumpur", "", []string{"kopi-kawan-studio", "starwave-entertainment", "moonbun-toys", "mango-sticky-studio"}},
	{"charm-republic-online", "Charm Republic Online", "", "online_shop", "Manila", "", "https://charmrepublic.example", []string{"sampaguita-beadworks", "starwave-entertainment", "batik-bloom", "mango-sticky-studio"}},
	{"batik-bloom-kemang", "Batik Bloom Kemang Studio", "", "official_store", "Jakarta", "Jl. Kemang Raya No. 18, Jakarta Selatan", "", []string{"batik-bloom"}},
	{"ashby-row-madison", "Ashby Row Madison Avenue", "", "official_store", "New York", "742 Madison Avenue, New York, NY 10065", "", []string{"ashby-row"}},
	{"hollis-and-grant", "Hollis & Grant", "", "department_store", "New York", "401 Fifth Avenue, New York, NY 10016", "", []string{"ashby-row", "ferncastle-pins", "maison-aurelle", "hartwell-and-finch", "sunny-static-co"}},
	{"backpack-parade-melrose", "Backpack Parade Melrose", "", "official_store", "Los Angeles", "7420 Melrose Avenue, Los Angeles, CA 90046", "", []string{"backpack-parade", "sunny-static-co", "glitter-dial-up"}},
	{"y2k-revival-popup-arts-district", "Y2K Revival Pop-up, Arts District", "", "pop_up", "Los Angeles", "820 E 3rd Street, Los Angeles, CA 90013", "", []string{"glitter-dial-up", "sunny-static-co"}},
	{"lakeshore-museum-shop", "Lakeshore Museum of Design Shop", "", "museum_shop", "Toronto", "250 Queens Quay West, Toronto, ON M5J 2N2", "", []string{"lakeshore-design-museum", "maple-kettle-crafts"}},
	{"northbound-goods", "Northbound Goods", "", "online_shop", "Toronto", "", "https://northbound-goods.example", []string{"maple-kettle-crafts", "ferncastle-pins", "studio-linden-thread", "yarnfolk"}},
	{"galeries-lumiere", "Galeries Lumière", "", "department_store", "Paris", "118 Rue de Rivoli, 75001 Paris", "", []string{"maison-aurelle", "casa-vellutini", "atelier-petit-laiton", "hartwell-and-finch"}},
	{"musee-des-petits-objets-boutique", "Boutique du Musée des Petits Objets", "", "museum_shop", "Paris", "14 Rue des Minimes, 75003 Paris", "", []string{"musee-des-petits-objets"}},
	{"maison-aurelle-saint-honore", "Maison Aurelle Saint-Honoré", "", "official_store", "Paris", "31 Rue du Faubourg Saint-Honoré, 75008 Paris", "", []string{"maison-aurelle"}},
	{"casa-vellutini-spiga", "Casa Vellutini Via della Spiga", "", "official_store", "Milan", "Via della Spiga 17, 20121 Milano", "", []string{"casa-vellutini"}},
	{"bottega-nocciola-brera", "Bottega Nocciola Brera", "", "official_store", "Milan", "Via Fiori Chiari 8, 20121 Milano", "", []string{"bottega-nocciola"}},
	{"huette-und-co-mitte", "Hütte & Co. Mitte", "", "official_store", "Berlin", "Rosenthaler Straße 40, 10119 Berlin", "", []string{"huette-und-co", "yarnfolk"}},
	{"kaufhaus-lindenhof", "Kaufhaus Lindenhof", "", "department_store", "Berlin", "Tauentzienstraße 9, 10789 Berlin", "", []string{"casa-vellutini", "maison-aurelle", "huette-und-co", "yarnfolk", "studio-linden-thread"}},
	{"hartwell-and-finch-jermyn-street", "Hartwell & Finch Jermyn Street", "", "official_store", "London", "88 Jermyn Street, London SW1Y 6JD", "", []string{"hartwell-and-finch"}},
	{"moss-and-marrow-columbia-road", "Moss & Marrow Sunday Stall", "", "pop_up", "London", "Stall 12, Columbia Road Flower Market, London E2 7RG", "", []string{"moss-and-marrow"}},
	{"nordhavn-museum-shop", "Nordhavn Maritime Museum Shop", "", "museum_shop", "Copenhagen", "Toldbodgade 40, 1253 København K", "", []string{"nordhavn-maritime-museum", "studio-linden-thread"}},
}
