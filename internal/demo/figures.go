package demo

// figureSet is the theme of a series: the pool of regular figures and its
// chase and secret figures. A set with useChars takes its regular figures
// from the IP's cast instead (a group's members, a game's heroes).
type figureSet struct {
	key, en, zh   string
	themes        []string
	figures       []term
	chase, secret term
	useChars      bool
}

var figureSets = []figureSet{
	{"tea-party", "Tea Party", "下午茶", []string{"food"}, []term{
		t("Matcha Latte", "抹茶拿铁"), t("Brown Sugar Boba", "黑糖珍珠"), t("Jasmine Tea", "茉莉花茶"), t("Osmanthus Cake", "桂花糕"),
		t("Egg Tart", "蛋挞"), t("Mango Pudding", "芒果布丁"), t("Red Bean Bun", "红豆包"), t("Sesame Ball", "芝麻球"),
		t("Lychee Soda", "荔枝汽水"), t("Strawberry Daifuku", "草莓大福"), t("Silk-stocking Milk Tea", "丝袜奶茶"), t("Macaron", "马卡龙"),
	}, t("Golden Teapot", "金色茶壶"), t("Midnight Oolong", "午夜乌龙"), false},
	{"four-seasons", "Four Seasons", "四季", []string{"seasonal", "nature"}, []term{
		t("Spring Kite", "春日风筝"), t("Plum Rain", "梅雨"), t("Summer Watermelon", "夏日西瓜"), t("Firefly Night", "萤火之夜"),
		t("Autumn Maple", "秋枫"), t("Harvest Moon", "丰收月"), t("First Snow", "初雪"), t("Winter Scarf", "冬日围巾"),
		t("Cherry Blossom", "樱花"), t("Lotus Pond", "荷塘"), t("Chrysanthemum", "菊花"), t("Plum Blossom", "梅花"),
	}, t("Rainbow After Rain", "雨后彩虹"), t("Aurora Night", "极光之夜"), false},
	{"zodiac", "Zodiac Year", "十二生肖", []string{"zodiac"}, []term{
		t("Rat", "鼠"), t("Ox", "牛"), t("Tiger", "虎"), t("Rabbit", "兔"), t("Dragon", "龙"), t("Snake", "蛇"),
		t("Horse", "马"), t("Goat", "羊"), t("Monkey", "猴"), t("Rooster", "鸡"), t("Dog", "狗"), t("Pig", "猪"),
	}, t("Golden Dragon", "金龙"), t("Jade Qilin", "玉麒麟"), false},
	{"night-market", "Night Market", "夜市", []string{"food", "city"}, []term{
		t("Grilled Squid", "烤鱿鱼"), t("Bubble Waffle", "鸡蛋仔"), t("Oyster Omelette", "蚵仔煎"), t("Cotton Candy", "棉花糖"),
		t("Goldfish Scoop", "捞金鱼"), t("Paper Lantern", "纸灯笼"), t("Shaved Ice", "刨冰"), t("Candied Hawthorn", "冰糖葫芦"),
		t("Fried Chicken Cutlet", "炸鸡排"), t("Scallion Pancake", "葱油饼"), t("Skewer Stall", "串串摊"), t("Ring Toss", "套圈"),
	}, t("Neon Sign", "霓虹招牌"), t("Last Night Bus", "末班夜车"), false},
	{"dream-jobs", "Dream Jobs", "梦想职业", []string{"kawaii"}, []term{
		t("Astronaut", "宇航员"), t("Baker", "面包师"), t("Firefighter", "消防员"), t("Florist", "花艺师"),
		t("Librarian", "图书管理员"), t("Pilot", "飞行员"), t("Painter", "画家"), t("Chef", "厨师"),
		t("Vet", "兽医"), t("DJ", "DJ"), t("Barista", "咖啡师"), t("Detective", "侦探"),
	}, t("Superstar", "超级巨星"), t("Night Watch Ghost", "守夜幽灵"), false},
	{"pajama-party", "Pajama Party", "睡衣派对", []string{"kawaii"}, []term{
		t("Pillow Fight", "枕头大战"), t("Night Light", "小夜灯"), t("Sleep Mask", "眼罩"), t("Hot Cocoa", "热可可"),
		t("Bedtime Story", "睡前故事"), t("Teddy Hug", "抱熊熊"), t("Star Pajamas", "星星睡衣"), t("Alarm Clock", "闹钟"),
		t("Cozy Blanket", "暖暖毛毯"), t("Midnight Snack", "夜宵"), t("Sleepwalker", "梦游"), t("Dream Bubble", "梦泡泡"),
	}, t("Golden Dream", "金色美梦"), t("Moon Visitor", "月亮来客"), false},
	{"y2k-dial-up", "Y2K Dial-Up", "千禧拨号", []string{"y2k", "vintage"}, []term{
		t("Flip Phone", "翻盖手机"), t("Pager", "寻呼机"), t("Butterfly Clip", "蝴蝶发夹"), t("Gel Pen", "中性笔"),
		t("Jelly Sandals", "果冻凉鞋"), t("Digital Pet", "电子宠物"), t("CD Player", "随身听"), t("Lip Gloss", "唇彩"),
		t("Mood Ring", "心情戒指"), t("Disposable Camera", "一次性相机"), t("Glitter Sticker", "闪粉贴纸"), t("Floppy Disk", "软盘"),
	}, t("Holographic Star", "镭射星星"), t("Dial-up Ghost", "拨号幽灵"), false},
	{"weather", "Weather Sprites", "天气精灵", []string{"nature", "kawaii"}, []term{
		t("Sunny", "晴天"), t("Rainy", "雨天"), t("Snowy", "雪天"), t("Windy", "刮风"), t("Foggy", "雾天"), t("Cloudy", "多云"),
		t("Thunder", "雷雨"), t("Drizzle", "毛毛雨"), t("Heatwave", "热浪"), t("Hail", "冰雹"), t("Breeze", "微风"), t("Frost", "霜降"),
	}, t("Rainbow", "彩虹"), t("Eclipse", "日食"), false},
	{"ocean", "Ocean Party", "海底派对", []string{"animals", "nature"}, []term{
		t("Octopus", "章鱼"), t("Jellyfish", "水母"), t("Seahorse", "海马"), t("Clownfish", "小丑鱼"), t("Sea Turtle", "海龟"), t("Starfish", "海星"),
		t("Whale", "鲸鱼"), t("Crab", "螃蟹"), t("Pufferfish", "河豚"), t("Manta Ray", "蝠鲼"), t("Seal", "海豹"), t("Coral", "珊瑚"),
	}, t("Pearl Oyster", "珍珠贝"), t("Deep-sea Lanternfish", "深海灯笼鱼"), false},
	{"museum-night", "Museum Night", "博物馆奇妙夜", []string{"heritage"}, []term{
		t("Bronze Horse", "铜奔马"), t("Tea-Route Camel", "茶马骆驼"), t("Polo Rider", "马球骑手"), t("Guardian Lion", "守门石狮"),
		t("Chime Bell", "编钟"), t("Jade Cicada", "玉蝉"), t("Tiger Tally", "虎符"), t("Bronze Mirror", "铜镜"),
		t("Silk Road Merchant", "丝路商人"), t("Flying Apsara", "飞天"), t("Lotus Roof Tile", "莲花瓦当"), t("Painted Court Lady", "彩绘仕女"),
	}, t("Gilded Horse", "鎏金马"), t("Moonlit Curator", "月下馆长"), false},
	{"concert", "Concert Night", "演唱会之夜", []string{"kpop", "music"}, nil,
		t("Light Stick", "应援棒"), t("Debut Day", "出道日"), true},
	{"heroes", "Heroes", "英雄集结", []string{"gaming", "fantasy"}, nil,
		t("Golden Flame", "金焰"), t("Unmasked", "真容"), true},
	{"sports-day", "Sports Day", "运动会", []string{"sports"}, []term{
		t("Basketball", "篮球"), t("Badminton", "羽毛球"), t("Table Tennis", "乒乓球"), t("Skateboard", "滑板"), t("Swimming", "游泳"), t("Cheerleader", "啦啦队"),
		t("Relay Race", "接力赛"), t("Volleyball", "排球"), t("Football", "足球"), t("Tennis", "网球"), t("Rock Climbing", "攀岩"), t("Jump Rope", "跳绳"),
	}, t("Gold Medal", "金牌"), t("Mascot in Disguise", "乔装吉祥物"), false},
	{"city-walk", "City Walk", "城市漫步", []string{"city", "travel"}, []term{
		t("Cafe Stop", "咖啡小站"), t("Bookshop", "书店"), t("Tram Ride", "电车之旅"), t("Flower Market", "花市"), t("Record Store", "唱片行"), t("Bakery", "面包房"),
		t("Bike Lane", "骑行"), t("Rooftop", "天台"), t("Ferry", "渡轮"), t("Alley Cat", "巷子猫"), t("Photo Booth", "大头贴"), t("Street Musician", "街头艺人"),
	}, t("Golden Hour", "黄金时刻"), t("Last Train", "末班车"), false},
}

// figureSetByKey returns the set with key; the series tables only name
// keys listed above, which a test checks.
func figureSetByKey(key string) *figureSet {
	for i := range figureSets {
		if figureSets[i].key == key {
			return &figureSets[i]
		}
	}
	return nil
}

// seriesSeed is a hand-written series: a blind box (regular figures plus
// one chase and one secret) or a standard line of pieces.
type seriesSeed struct {
	slug, studio, ip, set, category, kind, release string
	pieces                                         int   // regular figures or pieces
	boxCNY                                         int64 // blind-box price in yuan
}

var baseSeries = []seriesSeed{
	{"mochi-moon-tea-party", "moonbun-toys", "mochi-moon", "tea-party", "plush", "blind_box", "2024-04-12", 8, 69},
	{"pipi-sprout-four-seasons", "moonbun-toys", "pipi-sprout", "four-seasons", "acrylic", "blind_box", "2025-03-01", 8, 45},
	{"dumpling-dino-night-market", "cloudnest-art-toys", "dumpling-dino", "night-market", "plush", "blind_box", "2025-08-08", 9, 79},
	{"nuomi-cat-pajama-party", "cloudnest-art-toys", "nuomi-cat", "pajama-party", "plush", "blind_box", "2023-11-11", 6, 59},
	{"tangtang-bunny-dream-jobs", "peachling-studio", "tangtang-bunny", "dream-jobs", "plush", "blind_box", "2024-09-20", 10, 69},
	{"gungun-panda-zodiac-year", "gungun-friends", "gungun-panda", "zodiac", "plush", "blind_box", "2026-01-10", 12, 79},
	{"lantern-knights-heroes", "tidepool-games", "lantern-knights", "heroes", "metal_enamel", "blind_box", "2025-05-20", 6, 59},
	{"nova9-concert-night", "starwave-entertainment", "nova9", "concert", "acrylic", "blind_box", "2025-10-03", 9, 49},
	{"onigiri-obake-weather-sprites", "kumokumo-works", "onigiri-obake", "weather", "plush", "blind_box", "2024-06-15", 8, 55},
	{"khanom-ocean-party", "mango-sticky-studio", "khanom-elephant", "ocean", "plush", "blind_box", "2025-04-13", 6, 45},
	{"pixel-pup-y2k-dial-up", "sunny-static-co", "pixel-pup", "y2k-dial-up", "acrylic", "blind_box", "2024-02-14", 10, 70},
	{"cloud-pony-museum-night", "changan-heritage-museum", "cloud-pony", "museum-night", "cultural", "blind_box", "2025-05-18", 8, 59},
	{"toyvault-city-walk", "toyvault", "", "city-walk", "acrylic", "blind_box", "2026-03-15", 10, 39},
	{"bori-bear-sports-day", "dalbit-friends", "bori-bear", "sports-day", "plush", "standard", "2025-07-01", 6, 0},
	{"starlit-courier-heroes", "hoshizora-pictures", "starlit-courier", "heroes", "metal_enamel", "standard", "2023-04-07", 4, 0},
	{"dim-sum-gang-tea-party", "harbour-lights-toys", "dim-sum-gang", "tea-party", "metal_enamel", "standard", "2023-06-01", 6, 0},
	{"bobo-pearl-night-market", "tapioca-pals", "bobo-pearl", "night-market", "acrylic", "standard", "2024-10-10", 6, 0},
	{"yuanbao-zodiac-year", "yanjing-ceremonial-museum", "yuanbao-museum-cat", "zodiac", "cultural", "standard", "2026-01-20", 12, 0},
	{"nova9-member-dolls", "starwave-entertainment", "nova9", "concert", "plush", "standard", "2024-03-05", 9, 0},
	{"glitter-dial-up-weather-sprites", "glitter-dial-up", "", "weather", "beaded", "standard", "2023-09-01", 6, 0},
}
