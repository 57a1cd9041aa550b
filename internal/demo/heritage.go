package demo

// artefact is a museum piece that cultural charms are modelled on, with the
// heritage story told on each charm.
type artefact struct {
	en, zh string
	story  string
	themes []string
}

// artefacts are fictional pieces of fictional museums, written to echo
// real heritage respectfully without claiming to describe a real object.
var artefacts = map[string][]artefact{
	"changan-heritage-museum": {
		{"Bronze Horse Treading on a Cloud", "马踏祥云铜奔马", "A Han dynasty bronze horse in full gallop, three hooves in the air and the fourth balanced on a curl of cloud. Caravan riders on the Silk Road prayed for horses that fast; the charm keeps their wish.", []string{"zodiac"}},
		{"Tea-Route Camel", "茶马古道骆驼", "A Tang dynasty camel in amber, green and cream glaze, loaded with bricks of tea and bolts of silk. Figures like it were made so the journey would never end; the plush version carries a tiny tea brick on its back.", []string{"travel"}},
		{"Polo-playing Lady", "打马球仕女俑", "A painted pottery rider from the Tang court with her mallet raised. The women of Chang'an played polo as keenly as the men, and she has been mid-swing for thirteen centuries.", []string{"sports"}},
	},
	"jingchu-lacquer-museum": {
		{"Little Bronze Songbird", "青铜小鸣鸟", "A bronze bird no bigger than a thumb, found in a Warring States tomb beside a set of bells. Its open beak suggests it was made to sing along with them.", []string{"animals"}},
		{"Lacquered Phoenix Cup", "漆绘凤纹耳杯", "An eared wine cup of red and black lacquer, painted with a phoenix whose tail curls around the rim. Chu lacquerers built up dozens of coats over months; the charm's enamel is laid in layers too.", nil},
		{"Painted Bird Drum Stand", "彩绘鸟架鼓", "Two long-legged birds stand back to back holding up a lacquered drum. The Chu believed birds carried music up to the heavens, so the drummers played for them as much as for the court.", []string{"music"}},
	},
	"qiantang-silk-tea-museum": {
		{"Phoenix Hairpin", "金凤钗", "A Southern Song gold hairpin whose phoenix is cut from foil so thin it trembles when the wearer walks. It was found in a lacquer box with a note asking that it be worn at a wedding.", nil},
		{"Celadon Tea Bowl", "青瓷茶盏", "A tea bowl in the sea-green celadon of the Qiantang kilns, glazed so thickly that it looks carved from jade. Tea masters of the hills still judge a bowl by how the leaves look inside it.", []string{"food"}},
		{"Brocade Carp", "织锦鲤鱼", "Two carp woven in brocade on the museum's own looms, from a pattern card of 1890. Carp swim upstream, and the pattern was woven for students before their examinations.", []string{"animals"}},
		{"West Lake Tea Leaf", "西湖茶叶", "Modelled on a single leaf picked in the museum's tea garden before the Qingming festival, when the first and most prized tea is made.", []string{"nature", "food"}},
	},
	"shu-valley-bronze-museum": {
		{"Great-eyed Bronze Mask", "纵目青铜面具", "A bronze mask with eyes that reach out from the face, made in the Sichuan basin more than three thousand years ago. Nobody knows whom it shows; the museum likes to say it is watching for the sunrise.", []string{"fantasy"}},
		{"Bronze Standing Crane", "青铜立鹤", "The bronze crane a farmer found in his paddy field in 1986, the first piece of the collection. It stands on one leg with its head turned back, as cranes do when they sleep.", []string{"animals"}},
		{"Four Swallows Gold Disc", "四燕金箔", "A disc of gold foil cut into four swallows flying around a sun. Thin as paper, it was once sewn onto a ceremonial robe so that it caught the light.", nil},
	},
	"yanjing-ceremonial-museum": {
		{"Bronze Chime Bell", "青铜编钟", "One bell from a set of sixteen that still plays two notes each, depending on where it is struck. Court musicians tuned whole ceremonies to them.", []string{"music"}},
		{"Guardian Lion Cub", "护门小石狮", "The smallest of the stone lions that guard the museum gate, a cub under its mother's paw. Visitors rub its head for luck, which is why it shines.", []string{"animals"}},
		{"Jade Ruyi Sceptre", "玉如意", "A pale jade sceptre whose curled head is shaped like a lingzhi mushroom. Ruyi means 'as you wish', and it was given to wish someone exactly that.", nil},
	},
	"bukchon-hanok-museum": {
		{"Norigae Tassel", "韩式流苏佩饰", "A knotted silk tassel of the Joseon court, hung from a hanbok ribbon for good fortune. Each knot has a name and a wish; the museum's knot-makers tie them by hand.", nil},
		{"White Moon Jar", "白瓷月亮罐", "A large white porcelain jar, round but never perfectly so, thrown in two halves and joined in the middle. Its softly uneven shape is why people call it a moon.", []string{"minimalist"}},
		{"Magpie and Tiger", "喜鹊与老虎", "From a folk painting hung at New Year: a good-natured tiger listens to a magpie bringing good news. The tiger is drawn more funny than fierce, on purpose.", []string{"animals", "zodiac"}},
	},
	"chao-phraya-river-museum": {
		{"Long-tail Boat", "长尾船", "The narrow river boat with its engine on a long pole, still the fastest way through the canals. This model was carved by a boat-builder's family who lent the museum their tools.", []string{"travel"}},
		{"Benjarong Teacup", "五彩瓷茶杯", "Porcelain painted in five colours and gold, once reserved for the royal court. The museum's teacup comes from a river merchant's house.", []string{"food"}},
		{"Temple Elephant Bell", "大象铃铛", "A bronze bell that hung from a working elephant's neck, so the mahout could hear where it grazed at night.", []string{"animals"}},
	},
	"musee-des-petits-objets": {
		{"Art Nouveau Dragonfly", "新艺术蜻蜓胸针", "A dragonfly brooch of about 1900 in enamel and silver, its wings so fine they let the light through. The founder wore it every day.", []string{"nature", "vintage"}},
		{"Carousel Horse", "旋转木马", "A painted wooden horse from a toy carousel of 1895, the museum's smallest galloping horse at four centimetres.", []string{"fantasy", "vintage"}},
		{"Scent Bottle", "香水瓶", "A cut-glass scent bottle with a silver stopper, made to fit in a glove. It still smells faintly of violets.", []string{"vintage"}},
	},
	"nordhavn-maritime-museum": {
		{"Pilot's Compass", "领航罗盘", "The brass compass of a harbour pilot's boat, which guided ships into Copenhagen for sixty years.", []string{"travel"}},
		{"Harbour Lighthouse", "港口灯塔", "The red-and-white lighthouse at the harbour mouth, lit every night since 1895.", []string{"travel", "city"}},
		{"Sailor's Knot", "水手结", "A reef knot in tarred rope from a sailor's practice board. Apprentices tied it blindfolded before they were allowed aboard.", []string{"minimalist"}},
	},
	"lakeshore-design-museum": {
		{"Typewriter Key", "打字机按键", "A single key from a 1930s office typewriter, chrome-ringed and worn where fingers struck it ten thousand times a day.", []string{"vintage"}},
		{"Red Streetcar", "红色有轨电车", "The red streetcar that ran along the lake shore for half a century, now the museum's best-loved object.", []string{"city", "travel"}},
		{"Transistor Radio", "晶体管收音机", "A pocket transistor radio of 1962 in sky-blue plastic, the first thing teenagers in the city could call their own music.", []string{"music", "vintage"}},
	},
}
