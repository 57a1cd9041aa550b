package demo

// term is a word or phrase with its Chinese form and the themes it brings;
// month, when set, is the month a piece named after it is released in.
type term struct {
	en, zh string
	themes []string
	month  int
}

func t(en, zh string, themes ...string) term { return term{en: en, zh: zh, themes: themes} }

func tm(en, zh string, month int, themes ...string) term {
	return term{en: en, zh: zh, themes: themes, month: month}
}

// motifs are the poses, seasons and situations an IP character is shown in:
// "Mochi Moon" + "Sakura Picnic" + "Plush Charm".
var motifs = []term{
	tm("Sakura Picnic", "樱花野餐", 3, "seasonal", "nature"), tm("Rainy Day", "下雨天", 6, "nature"),
	t("Sleepy Time", "困困时间", "kawaii"), t("Birthday Cake", "生日蛋糕", "food"),
	tm("Snow Day", "下雪天", 12, "seasonal"), tm("Beach Day", "海边日", 7, "travel"),
	tm("Study Buddy", "学习搭子", 9, "kawaii"), t("Bubble Tea", "奶茶时光", "food"),
	tm("Strawberry Season", "草莓季", 4, "food", "seasonal"), tm("Mid-Autumn Mooncake", "中秋月饼", 9, "seasonal", "food"),
	tm("Lunar New Year", "新春纳福", 1, "seasonal", "zodiac"), t("Lucky Cat", "招财", "kawaii"),
	tm("Stargazing", "观星", 8, "fantasy"), tm("Hot Pot Night", "火锅夜", 11, "food"),
	t("Hug Me", "抱抱", "kawaii"), tm("Exam Luck", "逢考必过", 6, "kawaii"),
	t("Coffee Break", "咖啡时间", "food", "city"), tm("Camping Trip", "露营", 5, "travel", "nature"),
	tm("Autumn Leaves", "秋叶", 10, "seasonal", "nature"), tm("Valentine", "情人节", 2, "seasonal"),
	tm("Halloween", "万圣节", 10, "seasonal", "fantasy"), tm("Christmas Sweater", "圣诞毛衣", 12, "seasonal"),
	t("City Walk", "城市漫步", "city", "travel"), t("Concert Night", "演唱会之夜", "music"),
	t("Game Night", "开黑之夜", "gaming"), t("Skateboard", "滑板", "sports"),
	t("Pajama Party", "睡衣派对", "kawaii"), tm("Dragon Boat", "端午龙舟", 6, "seasonal", "heritage"),
	tm("Lantern Festival", "元宵灯会", 2, "seasonal", "heritage"), tm("Summer Watermelon", "夏日西瓜", 7, "food", "seasonal"),
	t("Rainbow", "彩虹", "kawaii"), t("Y2K Butterfly", "千禧蝴蝶", "y2k"),
	t("Flip Phone", "翻盖手机", "y2k"), t("Road Trip", "公路旅行", "travel"),
	t("Magical Girl", "魔法少女", "anime", "fantasy"), t("Sports Day", "运动会", "sports"),
	t("Hanfu Day", "汉服日", "heritage"), t("Night Market", "夜市", "food", "city"),
}

// descriptors and objects name the designs of independent artists and
// retailers' own labels: "Sea Glass" + "Daisy" + "Beaded Charm".
var descriptors = []term{
	t("Pastel", "粉彩"), t("Tiny", "迷你"), t("Vintage", "复古", "vintage"), t("Sunny", "晴天"),
	t("Forest", "森系", "nature"), t("Moonlit", "月光"), t("Retro", "怀旧", "vintage"), t("Chunky", "胖胖"),
	t("Glitter", "闪闪", "y2k"), t("Sea Glass", "海玻璃", "nature"), t("Honey", "蜂蜜"), t("Velvet", "丝绒"),
	t("Candy", "糖果", "kawaii"), t("Minimal", "极简", "minimalist"), t("Lucky", "幸运"), t("Jelly", "果冻", "y2k"),
	t("Fuzzy", "毛绒绒", "y2k"), t("Golden", "金色"), t("Little", "小小"), t("Dreamy", "梦幻", "fantasy"),
}

var objects = []term{
	t("Daisy", "雏菊", "nature"), t("Strawberry", "草莓", "food"), t("Mushroom", "蘑菇", "nature"),
	t("Frog", "青蛙", "animals"), t("Cat", "猫咪", "animals"), t("Shiba", "柴犬", "animals"),
	t("Cloud", "云朵", "kawaii"), t("Star", "星星", "fantasy"), t("Crescent Moon", "月牙", "fantasy"),
	t("Cherry", "樱桃", "food"), t("Tulip", "郁金香", "nature"), t("Bee", "小蜜蜂", "animals", "nature"),
	t("Duckling", "小鸭", "animals"), t("Heart", "爱心", "kawaii"), t("Clover", "四叶草", "nature"),
	t("Lemon", "柠檬", "food"), t("Dinosaur", "小恐龙", "animals"), t("Butterfly", "蝴蝶", "y2k", "nature"),
	t("Bow", "蝴蝶结", "kawaii", "y2k"), t("Cassette Tape", "磁带", "music", "vintage"), t("Vinyl Record", "黑胶唱片", "music", "vintage"),
	t("Film Camera", "胶片相机", "travel", "vintage"), t("Bicycle", "自行车", "city", "sports"), t("Dumpling", "饺子", "food"),
	t("Croissant", "可颂", "food"), t("Pretzel", "椒盐卷饼", "food"), t("Sparrow", "麻雀", "animals"),
	t("Otter", "水獭", "animals"), t("Koi", "锦鲤", "heritage", "animals"), t("Lotus", "荷花", "nature", "heritage"),
	t("Game Controller", "游戏手柄", "gaming"), t("Basketball", "篮球", "sports"), t("Tennis Racket", "网球拍", "sports"),
	t("Compass", "指南针", "travel"), t("Mountain", "山峰", "travel", "nature"), t("Subway Car", "地铁车厢", "city"),
	t("Coffee Cup", "咖啡杯", "food", "city"), t("Initial", "首字母", "minimalist"), t("Padlock", "小锁", "minimalist", "vintage"),
	t("Skeleton Key", "复古钥匙", "vintage"), t("Guitar", "吉他", "music"), t("Sun", "太阳", "nature"),
	t("Wave", "海浪", "travel", "nature"), t("Avocado", "牛油果", "food"), t("Jasmine", "茉莉花", "nature"),
	t("Hibiscus", "扶桑花", "nature"), t("Rabbit", "兔子", "animals", "zodiac"), t("Dragon", "小龙", "zodiac", "fantasy"),
	t("Horse", "小马", "zodiac", "animals"), t("Snake", "小蛇", "zodiac"), t("Light Stick", "应援棒", "kpop", "music"),
	t("Flip Phone", "翻盖手机", "y2k"), t("Digital Pet", "电子宠物", "y2k", "gaming"), t("Planet", "星球", "fantasy"),
}

// luxuryLines are the collection names luxury houses give their minis.
var luxuryLines = []term{
	t("Riviera", "里维埃拉", "travel"), t("Saddle", "马鞍"), t("Monogram", "经典字母"), t("Pavé", "密镶"),
	t("Tartan", "格纹", "vintage"), t("Midnight Velvet", "午夜丝绒"), t("Heritage", "传承", "vintage"),
	t("Atelier", "工坊"), t("Jade Ruyi", "玉如意", "heritage"), t("Carousel", "旋转木马", "fantasy"),
	t("Voyage", "旅程", "travel"), t("Bijou", "珠宝"),
}
