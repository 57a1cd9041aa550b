package demo

// Parts of the names of generated studios, IPs and shops. Combined they
// give thousands of fictional names; a number settles the rare repeat.
var (
	nameAdjectives = []string{"Little", "Honey", "Velvet", "Paper", "Willow", "Copper", "Juniper", "Cloudy", "Saffron", "Pebble",
		"Amber", "Lantern", "Clover", "Bramble", "Tidal", "Sorrel", "Maple", "Mulberry", "Plum", "Indigo", "Marigold", "Hazel"}
	nameNouns = []string{"Fern", "Kiln", "Thread", "Loom", "Bead", "Sparrow", "Orchard", "Harbour", "Moth", "Meadow", "Acorn",
		"Button", "Teacup", "Rabbit", "Comet", "Pine", "Lotus", "Tulip", "Otter", "Ribbon", "Thimble", "Finch"}
	indieSuffixes  = []string{"Studio", "Atelier", "Works", "Handmade", "Craft Co.", "Workshop", "Collective", "Makes"}
	brandSuffixes  = []string{"Toys", "Friends", "Art Toys", "Club", "Playhouse"}
	retailSuffixes = []string{"Mart", "Living", "Variety", "Goods", "Market"}
	zhPrefixes     = []string{"小满", "青柚", "半夏", "拾光", "南风", "白露", "山茶", "木槿", "栀子", "春野", "晚星", "暖阳", "橘子", "云朵", "海盐", "麦芽"}
	zhIndie        = []string{"手作", "工作室", "工坊", "小铺", "制造"}
	zhBrand        = []string{"潮玩", "玩具", "伙伴", "玩社"}
	zhRetail       = []string{"生活馆", "杂货", "优品", "集市"}
	charFoods      = []term{t("Tofu", "豆腐"), t("Matcha", "抹茶"), t("Mango", "芒果"), t("Taro", "芋圆"), t("Peach", "蜜桃"), t("Sesame", "芝麻"),
		t("Lychee", "荔枝"), t("Honey", "蜂蜜"), t("Pudding", "布丁"), t("Mochi", "麻薯"), t("Cocoa", "可可"), t("Yuzu", "柚子")}
	charAnimals = []term{t("Otter", "水獭"), t("Bunny", "兔兔"), t("Kitten", "小猫"), t("Puppy", "小狗"), t("Hamster", "仓鼠"), t("Duckling", "小鸭"),
		t("Bear", "小熊"), t("Penguin", "企鹅"), t("Fox", "狐狸"), t("Seal", "海豹"), t("Hedgehog", "刺猬"), t("Capybara", "卡皮巴拉")}
	houseNames      = []string{"Morlaix", "Bellanger", "Ferrante", "Quillon", "Ashcombe", "Whitlow", "Renzetti", "Larchmont", "Sauveterre", "Ormond", "Valcourt", "Brisbane-Hale"}
	houseForms      = []string{"Maison %s", "Casa %s", "%s & Sons", "House of %s"}
	museumSubjects  = []term{t("Folk Art", "民艺"), t("Ceramics", "陶瓷"), t("Textiles", "织染"), t("Toys", "玩具"), t("Bronze", "青铜"), t("Lacquer", "漆器"), t("Paper", "纸艺"), t("Tea", "茶"), t("Jade", "玉器"), t("Printing", "印刷"), t("Puppetry", "木偶"), t("Maritime History", "航海")}
	specialtyCats   = []string{"crochet:70 beaded:30", "beaded:70 crochet:30", "metal_enamel:70 leather:30", "leather:75 metal_enamel:25", "acrylic:70 metal_enamel:30", "crochet:60 plush:40", "acrylic:50 beaded:30 functional:20", "functional:60 leather:40"}
	regionThemes    = map[string][]string{"east_asia": {"kawaii", "anime", "food", "seasonal", "gaming"}, "southeast_asia": {"kpop", "food", "kawaii", "nature"}, "north_america": {"vintage", "y2k", "sports", "music", "city"}, "europe": {"minimalist", "nature", "vintage", "travel"}}
	regionPalette   = map[string][]string{"east_asia": pastel, "southeast_asia": bright, "north_america": vintage, "europe": minimal}
	regionWeights   = []int{50, 17, 16, 17} // in catalog.Regions order
	genericArtefact = []artefact{
		{"Blue-and-white Vase", "青花瓷瓶", "A blue-and-white porcelain vase painted with lotus scrolls, the kind merchants once shipped around the world. The charm copies its brushwork stroke for stroke.", nil},
		{"Paper-cut Window Flower", "剪纸窗花", "A red paper-cut pasted on a window at New Year, cut freehand by a village artist with a single pair of scissors.", []string{"seasonal"}},
		{"Shadow Puppet", "皮影", "A shadow-puppet hero cut from translucent hide, jointed at the elbows so it could fight on a lamp-lit screen.", []string{"fantasy"}},
		{"Cloth Tiger", "布老虎", "A stitched cloth tiger given to children to keep bad dreams away; this one is embroidered with a king's mark on its forehead.", []string{"animals"}},
		{"Carved Printing Block", "雕版", "A pear-wood printing block, carved in mirror writing, that printed a village almanac for a hundred years.", []string{"vintage"}},
		{"Bronze Mirror", "铜镜", "A round bronze mirror whose back is cast with clouds and four auspicious animals; the front was polished until it reflected a face.", nil},
		{"Lacquer Jewellery Box", "漆首饰盒", "A small lacquer box inlaid with mother-of-pearl birds, once a bride's most treasured possession.", nil},
		{"Jade Cicada", "玉蝉", "A jade cicada carved with a few confident lines, a symbol of renewal because the insect comes back to life each summer.", []string{"nature"}},
	}
)
