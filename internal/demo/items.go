package demo

// itemType is a kind of piece within a category: its name, what it is made
// of, and its size and weight ranges.
type itemType struct {
	en, zh string
	// mats lists material slots separated by ";": alternatives within a
	// slot by "|", and a trailing "?" makes the slot optional.
	mats   string
	w, h   [2]int // millimetres
	g      [2]int // grams
	themes []string
}

// items holds the item types of every category.
var items = map[string][]itemType{
	"plush": {
		{"Plush Charm", "毛绒挂件", "plush_fabric; cotton|organic_cotton?; zinc_alloy?", [2]int{60, 100}, [2]int{80, 130}, [2]int{25, 60}, nil},
		{"Plush Keychain", "毛绒钥匙扣", "plush_fabric; zinc_alloy", [2]int{50, 80}, [2]int{70, 110}, [2]int{20, 45}, nil},
		{"Plush Doll Charm", "毛绒公仔挂件", "plush_fabric; cotton|organic_cotton?; zinc_alloy?", [2]int{70, 110}, [2]int{110, 160}, [2]int{40, 80}, nil},
		{"Waist-hanging Plush Doll", "腰挂玩偶", "plush_fabric; cotton?; zinc_alloy", [2]int{80, 120}, [2]int{130, 180}, [2]int{60, 110}, nil},
		{"Mini Plush Bag Charm", "迷你毛绒包挂", "plush_fabric; zinc_alloy?", [2]int{50, 70}, [2]int{60, 90}, [2]int{15, 35}, nil},
	},
	"metal_enamel": {
		{"Enamel Charm", "珐琅挂件", "zinc_alloy|brass|stainless_steel; enamel", [2]int{25, 45}, [2]int{25, 50}, [2]int{6, 15}, nil},
		{"Enamel Keychain", "珐琅钥匙扣", "zinc_alloy|brass; enamel", [2]int{30, 50}, [2]int{35, 60}, [2]int{10, 22}, nil},
		{"Engraved Brass Tag", "刻字黄铜吊牌", "brass", [2]int{20, 35}, [2]int{30, 50}, [2]int{6, 14}, []string{"minimalist"}},
		{"Silver Bag Charm", "银质包挂", "sterling_silver; enamel?", [2]int{15, 30}, [2]int{20, 40}, [2]int{4, 12}, []string{"minimalist"}},
		{"Zipper Pull", "拉链扣", "zinc_alloy|stainless_steel; enamel?", [2]int{15, 25}, [2]int{30, 45}, [2]int{5, 10}, nil},
	},
	"beaded": {
		{"Beaded Charm", "串珠挂件", "glass_beads|seed_beads; pearl?; zinc_alloy?", [2]int{20, 40}, [2]int{80, 140}, [2]int{8, 25}, nil},
		{"Beaded Phone Strap", "串珠手机链", "seed_beads|glass_beads; pearl?", [2]int{10, 20}, [2]int{120, 200}, [2]int{6, 15}, nil},
		{"Beaded Keychain", "串珠钥匙扣", "glass_beads|wood_beads|seed_beads; zinc_alloy", [2]int{25, 45}, [2]int{90, 140}, [2]int{10, 30}, nil},
		{"Shoelace Bead Charm", "鞋带串珠", "glass_beads|seed_beads|wood_beads", [2]int{10, 25}, [2]int{20, 40}, [2]int{2, 6}, []string{"sports"}},
		{"Glasses Chain Charm", "眼镜链挂饰", "seed_beads|pearl; stainless_steel?", [2]int{10, 20}, [2]int{40, 80}, [2]int{3, 8}, nil},
	},
	"acrylic": {
		{"Acrylic Keychain", "亚克力钥匙扣", "acrylic; zinc_alloy", [2]int{40, 60}, [2]int{50, 70}, [2]int{8, 15}, nil},
		{"Acrylic Standee Charm", "亚克力立牌挂件", "acrylic", [2]int{40, 60}, [2]int{60, 90}, [2]int{10, 20}, []string{"anime"}},
		{"Shaker Charm", "流沙摇摇挂件", "acrylic; resin?; zinc_alloy", [2]int{50, 70}, [2]int{55, 75}, [2]int{15, 25}, nil},
		{"Photocard Holder Charm", "小卡套挂件", "acrylic|pvc; zinc_alloy", [2]int{60, 65}, [2]int{90, 100}, [2]int{15, 25}, []string{"kpop"}},
		{"Glitter Acrylic Charm", "闪粉亚克力挂件", "acrylic; zinc_alloy", [2]int{35, 55}, [2]int{45, 65}, [2]int{7, 13}, []string{"y2k"}},
	},
	"functional": {
		{"AirTag Holder", "AirTag保护套挂件", "silicone|leather|vegan_leather; zinc_alloy", [2]int{40, 50}, [2]int{50, 70}, [2]int{15, 30}, nil},
		{"Earbud Pouch Charm", "耳机收纳包挂件", "silicone|cotton|vegan_leather|plush_fabric; zinc_alloy", [2]int{70, 90}, [2]int{60, 80}, [2]int{20, 45}, nil},
		{"Mini Mirror Charm", "随身镜挂件", "acrylic|zinc_alloy; pvc?", [2]int{50, 65}, [2]int{55, 75}, [2]int{20, 40}, nil},
		{"Coin Purse Charm", "零钱包挂件", "cotton|vegan_leather|leather|plush_fabric; zinc_alloy", [2]int{80, 110}, [2]int{70, 95}, [2]int{25, 55}, nil},
		{"Lip Balm Holder", "润唇膏套挂件", "silicone|cotton|leather; zinc_alloy", [2]int{25, 35}, [2]int{80, 100}, [2]int{10, 20}, nil},
		{"Card Holder Charm", "卡套挂件", "pvc|leather|vegan_leather; zinc_alloy", [2]int{65, 75}, [2]int{100, 115}, [2]int{20, 40}, nil},
	},
	"crochet": {
		{"Crochet Charm", "钩针挂件", "acrylic_yarn|organic_cotton|wool_yarn; zinc_alloy?", [2]int{40, 70}, [2]int{50, 90}, [2]int{8, 25}, nil},
		{"Amigurumi Keychain", "钩织玩偶钥匙扣", "acrylic_yarn|organic_cotton|wool_yarn; zinc_alloy", [2]int{45, 75}, [2]int{60, 100}, [2]int{12, 30}, nil},
		{"Crochet Bag Charm", "钩织包挂", "organic_cotton|acrylic_yarn|cotton; zinc_alloy?", [2]int{40, 80}, [2]int{60, 110}, [2]int{12, 35}, nil},
		{"Felted Mini Charm", "羊毛毡迷你挂件", "wool_yarn; zinc_alloy?", [2]int{30, 50}, [2]int{30, 60}, [2]int{5, 15}, nil},
	},
	"leather": {
		{"Leather Tag", "皮革吊牌", "leather|vegan_leather; brass", [2]int{30, 45}, [2]int{60, 90}, [2]int{8, 18}, []string{"minimalist"}},
		{"Leather Tassel Charm", "皮革流苏挂件", "leather|vegan_leather; brass|zinc_alloy", [2]int{20, 30}, [2]int{90, 140}, [2]int{15, 30}, nil},
		{"Initial Leather Charm", "字母皮革挂件", "leather; brass", [2]int{30, 40}, [2]int{40, 55}, [2]int{6, 12}, []string{"minimalist"}},
		{"Leather Key Loop", "皮革钥匙圈", "leather|vegan_leather; brass|stainless_steel", [2]int{20, 30}, [2]int{90, 120}, [2]int{15, 28}, nil},
	},
	"cultural": {
		{"Plush Charm", "毛绒挂件", "plush_fabric; silk?; zinc_alloy?", [2]int{60, 100}, [2]int{80, 130}, [2]int{25, 60}, nil},
		{"Enamel Charm", "珐琅挂件", "brass|zinc_alloy; enamel", [2]int{25, 45}, [2]int{30, 50}, [2]int{8, 16}, nil},
		{"Ceramic Charm", "陶瓷挂件", "ceramic; silk?", [2]int{25, 40}, [2]int{30, 50}, [2]int{10, 20}, nil},
		{"Wooden Charm", "木雕挂件", "wood; silk?", [2]int{30, 50}, [2]int{40, 60}, [2]int{6, 14}, nil},
		{"Silk Tassel Charm", "丝绸流苏挂件", "silk; glass_beads?; brass?", [2]int{30, 45}, [2]int{120, 180}, [2]int{10, 20}, nil},
		{"Acrylic Bookmark Charm", "亚克力书签挂件", "acrylic; silk?", [2]int{30, 40}, [2]int{90, 120}, [2]int{6, 12}, nil},
	},
	"luxury_mini": {
		{"Mini Bag Charm", "迷你手袋挂饰", "leather; brass|sterling_silver", [2]int{70, 110}, [2]int{60, 90}, [2]int{40, 90}, nil},
		{"Carousel Horse Charm", "旋转木马挂饰", "leather; brass", [2]int{60, 90}, [2]int{60, 90}, [2]int{25, 50}, nil},
		{"Micro Trunk Charm", "迷你行李箱挂饰", "leather; brass", [2]int{50, 70}, [2]int{40, 60}, [2]int{40, 70}, []string{"travel"}},
		{"Teddy Bag Charm", "泰迪熊包挂", "leather|silk|wool_yarn; brass|sterling_silver", [2]int{60, 80}, [2]int{90, 120}, [2]int{30, 60}, nil},
		{"Enamel Padlock Charm", "珐琅锁头挂饰", "brass|sterling_silver; enamel", [2]int{30, 40}, [2]int{35, 50}, [2]int{30, 60}, nil},
		{"Silk Scarf Charm", "丝巾挂饰", "silk; brass?", [2]int{20, 30}, [2]int{250, 400}, [2]int{8, 15}, nil},
	},
}
