package demo

// ipSeed is a hand-written character IP of the standard data set. chars
// lists the characters of an IP with a cast (a game, an anime, a group);
// without them the IP is its own character.
type ipSeed struct {
	slug, name, nameZH, studio string
	desc                       string
	themes                     []string
	palette                    []string
	chars                      []term
}

// baseIPs are fictional characters and franchises; none is a real brand.
var baseIPs = []ipSeed{
	{"mochi-moon", "Mochi Moon", "麻薯月亮", "moonbun-toys",
		"A round, sleepy moon made of mochi who floats over Shanghai's rooftops and naps on laundry lines.",
		[]string{"kawaii", "fantasy"}, []string{"white", "yellow", "lavender"}, nil},
	{"pipi-sprout", "Pipi Sprout", "皮皮芽", "moonbun-toys",
		"A bean sprout with very big feelings and a single leaf that droops when it is sad.",
		[]string{"kawaii", "nature"}, []string{"green", "mint", "yellow"}, nil},
	{"dumpling-dino", "Dumpling Dino", "饺子龙", "cloudnest-art-toys",
		"A little dinosaur who hatched from a steamed dumpling and still smells faintly of chives.",
		[]string{"kawaii", "food"}, []string{"green", "white", "mint"}, nil},
	{"nuomi-cat", "Nuomi Cat", "糯米猫", "cloudnest-art-toys",
		"A sticky-rice cat who stretches to twice its length when it yawns.",
		[]string{"kawaii", "animals"}, []string{"white", "pink", "beige"}, nil},
	{"tangtang-bunny", "Tangtang Bunny", "糖糖兔", "peachling-studio",
		"A shy rabbit who comes out of her burrow only for dessert.",
		[]string{"kawaii", "food"}, []string{"pink", "white", "lavender"}, nil},
	{"gungun-panda", "Gungun Panda", "滚滚熊猫", "gungun-friends",
		"A round panda cub who rolls rather than walks, from one hot-pot restaurant to the next.",
		[]string{"animals", "city"}, []string{"black", "white", "green"}, nil},
	{"lantern-knights", "Lantern Knights", "灯笼骑士", "tidepool-games",
		"Action role-playing game about paper-lantern knights who guard a river city from the night moths.",
		[]string{"gaming", "fantasy"}, []string{"red", "gold", "navy", "black"},
		[]term{t("Ember the Lantern Knight", "灯芯骑士·焰"), t("Wren the Paper Fox", "纸狐·鹪"), t("Old Tortoise Sage", "老龟贤者"),
			t("Lotus Archer", "莲弓手"), t("Night Moth Queen", "夜蛾女王"), t("Copper Golem", "铜傀儡")}},
	{"nova9", "NOVA9", "NOVA9", "starwave-entertainment",
		"Nine-member boy group of Starwave Entertainment; fans are called Novas and wave purple light sticks.",
		[]string{"kpop", "music"}, []string{"purple", "silver", "black"},
		[]term{t("NOVA9 Haneul", "NOVA9 夏娜"), t("NOVA9 Sion", "NOVA9 诗温"), t("NOVA9 Daon", "NOVA9 多温"),
			t("NOVA9 Riu", "NOVA9 流"), t("NOVA9 Jiho", "NOVA9 智浩"), t("NOVA9 Taeo", "NOVA9 泰悟"),
			t("NOVA9 Minseo", "NOVA9 敏瑞"), t("NOVA9 Eden", "NOVA9 伊甸"), t("NOVA9 Noa", "NOVA9 诺亚")}},
	{"bori-bear", "Bori Bear", "大麦熊", "dalbit-friends",
		"A barley-coloured bear who collects moonlight in jam jars.",
		[]string{"kawaii", "animals"}, []string{"beige", "yellow", "brown"}, nil},
	{"starlit-courier", "Starlit Courier", "星夜信使", "hoshizora-pictures",
		"Anime series about a girl who delivers letters between the stars with an owl made of comet dust.",
		[]string{"anime", "fantasy"}, []string{"navy", "blue", "yellow"},
		[]term{t("Mina the Courier", "信使美奈"), t("Comet the Owl", "彗星猫头鹰"), t("Captain Drizzle", "细雨船长"), t("Lamplighter Sora", "点灯人空")}},
	{"onigiri-obake", "Onigiri Obake", "饭团小妖", "kumokumo-works",
		"A rice-ball ghost who haunts bento boxes and is afraid of chopsticks.",
		[]string{"kawaii", "food", "fantasy"}, []string{"white", "black", "pink"}, nil},
	{"bobo-pearl", "Bobo Pearl", "波波珍珠", "tapioca-pals",
		"A tapioca pearl who escaped from a milk tea and now tours the night markets.",
		[]string{"food", "kawaii"}, []string{"brown", "beige", "black"}, nil},
	{"dim-sum-gang", "Dim Sum Gang", "点心帮", "harbour-lights-toys",
		"Four dumpling friends who run a tea house by the harbour.",
		[]string{"food", "city"}, []string{"yellow", "white", "red"},
		[]term{t("Har Gow", "虾饺"), t("Siu Mai", "烧卖"), t("Char Siu Bao", "叉烧包"), t("Egg Tart", "蛋挞")}},
	{"khanom-elephant", "Khanom the Baby Elephant", "小象卡农", "mango-sticky-studio",
		"A baby elephant who splashes through every festival of the year.",
		[]string{"animals", "kawaii"}, []string{"grey", "pink", "yellow"}, nil},
	{"pixel-pup", "Pixel Pup", "像素小狗", "sunny-static-co",
		"A dial-up-era virtual pet that refuses to be switched off.",
		[]string{"y2k", "gaming"}, []string{"pink", "purple", "mint"}, nil},
	{"yuanbao-museum-cat", "Yuanbao the Museum Cat", "元宝馆猫", "yanjing-ceremonial-museum",
		"The ginger cat who moved into the Yanjing Ceremonial Museum during its restoration and now greets every visitor.",
		[]string{"heritage", "animals"}, []string{"orange", "red", "gold"}, nil},
	{"cloud-pony", "Cloud Pony", "云小马", "changan-heritage-museum",
		"The Chang'an Heritage Museum's mascot, a plump foal modelled on its Han dynasty bronze horse.",
		[]string{"heritage", "travel"}, []string{"green", "gold", "beige"}, nil},
}
