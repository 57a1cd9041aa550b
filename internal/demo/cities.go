package demo

// city is a place where studios work and sellers trade, with the facts a
// generated studio or shop there needs.
type city struct {
	name, zh, country, region, currency string
	hasZH                               bool     // studios here usually have Chinese names
	streets                             []string // address formats; %d is a house number
}

// cities are the charm capitals of the four regions.
var cities = []city{
	{"Shanghai", "上海", "CN", "east_asia", "CNY", true, []string{"No. %d Nanjing West Road, Jing'an District, Shanghai", "No. %d Huaihai Middle Road, Huangpu District, Shanghai", "No. %d Wukang Road, Xuhui District, Shanghai"}},
	{"Beijing", "北京", "CN", "east_asia", "CNY", true, []string{"No. %d Gulou East Street, Dongcheng District, Beijing", "No. %d Sanlitun Road, Chaoyang District, Beijing"}},
	{"Hangzhou", "杭州", "CN", "east_asia", "CNY", true, []string{"No. %d Nanshan Road, Shangcheng District, Hangzhou", "No. %d Wulin Road, Gongshu District, Hangzhou"}},
	{"Chengdu", "成都", "CN", "east_asia", "CNY", true, []string{"No. %d Chunxi Road, Jinjiang District, Chengdu", "No. %d Kuanzhai Alley, Qingyang District, Chengdu"}},
	{"Xi'an", "西安", "CN", "east_asia", "CNY", true, []string{"No. %d Yanta Road, Yanta District, Xi'an", "No. %d Beiyuanmen Street, Lianhu District, Xi'an"}},
	{"Guangzhou", "广州", "CN", "east_asia", "CNY", true, []string{"No. %d Tianhe Road, Tianhe District, Guangzhou", "No. %d Beijing Road, Yuexiu District, Guangzhou"}},
	{"Shenzhen", "深圳", "CN", "east_asia", "CNY", true, []string{"No. %d Wenxin 5th Road, Nanshan District, Shenzhen", "No. %d Huaqiang North Road, Futian District, Shenzhen"}},
	{"Wuhan", "武汉", "CN", "east_asia", "CNY", true, []string{"No. %d Jianghan Road, Jianghan District, Wuhan", "No. %d Donghu Road, Wuchang District, Wuhan"}},
	{"Seoul", "首尔", "KR", "east_asia", "KRW", true, []string{"%d Yeonmujang-gil, Seongdong-gu, Seoul", "%d Yanghwa-ro, Mapo-gu, Seoul", "%d Insadong-gil, Jongno-gu, Seoul"}},
	{"Tokyo", "东京", "JP", "east_asia", "JPY", true, []string{"1-%d-3 Jingumae, Shibuya-ku, Tokyo", "4-%d-2 Sotokanda, Chiyoda-ku, Tokyo"}},
	{"Osaka", "大阪", "JP", "east_asia", "JPY", true, []string{"1-%d-8 Shinsaibashisuji, Chuo-ku, Osaka", "2-%d-5 Nipponbashi, Naniwa-ku, Osaka"}},
	{"Taipei", "台北", "TW", "east_asia", "TWD", true, []string{"No. %d, Emei Street, Wanhua District, Taipei", "No. %d, Yongkang Street, Da'an District, Taipei"}},
	{"Hong Kong", "香港", "HK", "east_asia", "HKD", true, []string{"Shop %d, 2/F, Canton Road, Tsim Sha Tsui, Kowloon", "%d Queen's Road Central, Central, Hong Kong"}},
	{"Bangkok", "曼谷", "TH", "southeast_asia", "THB", false, []string{"%d Siam Square Soi 3, Pathum Wan, Bangkok", "%d Charoen Krung Road, Bang Rak, Bangkok"}},
	{"Singapore", "新加坡", "SG", "southeast_asia", "SGD", true, []string{"#02-%d, 277 Orchard Road, Singapore", "%d Haji Lane, Singapore"}},
	{"Kuala Lumpur", "吉隆坡", "MY", "southeast_asia", "MYR", true, []string{"Lot 3.%d, Jalan Bukit Bintang, Kuala Lumpur", "%d Jalan Petaling, Kuala Lumpur"}},
	{"Manila", "马尼拉", "PH", "southeast_asia", "USD", false, []string{"%d Maginhawa Street, Quezon City, Metro Manila", "%d Escolta Street, Binondo, Manila"}},
	{"Jakarta", "雅加达", "ID", "southeast_asia", "USD", false, []string{"Jl. Kemang Raya No. %d, Jakarta Selatan", "Jl. Senopati No. %d, Jakarta Selatan"}},
	{"New York", "纽约", "US", "north_america", "USD", false, []string{"%d Bedford Avenue, Brooklyn, NY 11211", "%d Madison Avenue, New York, NY 10065"}},
	{"Los Angeles", "洛杉矶", "US", "north_america", "USD", false, []string{"%d Melrose Avenue, Los Angeles, CA 90046", "%d E 3rd Street, Los Angeles, CA 90013"}},
	{"Toronto", "多伦多", "CA", "north_america", "CAD", false, []string{"%d Queen Street West, Toronto, ON M5V 2A9", "%d Queens Quay West, Toronto, ON M5J 2H4"}},
	{"Paris", "巴黎", "FR", "europe", "EUR", false, []string{"%d Rue de Rivoli, 75001 Paris", "%d Rue Oberkampf, 75011 Paris"}},
	{"Milan", "米兰", "IT", "europe", "EUR", false, []string{"Via della Spiga %d, 20121 Milano", "Corso di Porta Ticinese %d, 20123 Milano"}},
	{"Berlin", "柏林", "DE", "europe", "EUR", false, []string{"Rosenthaler Straße %d, 10119 Berlin", "Oranienstraße %d, 10999 Berlin"}},
	{"London", "伦敦", "GB", "europe", "GBP", false, []string{"%d Jermyn Street, London SW1Y 6JD", "%d Columbia Road, London E2 7RG"}},
	{"Copenhagen", "哥本哈根", "DK", "europe", "EUR", false, []string{"Jægersborggade %d, 2200 København N", "Toldbodgade %d, 1253 København K"}},
}

// cityByName returns the city called name; the tables only name cities
// listed above, which a test checks.
func cityByName(name string) (city, bool) {
	for _, c := range cities {
		if c.name == name {
			return c, true
		}
	}
	return city{}, false
}
