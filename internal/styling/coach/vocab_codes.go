package coach

// catalogThemes are the catalog's theme codes (catalog.Themes) in bit
// order; a test keeps the lists in step.
var catalogThemes = [...]string{
	"anime", "kpop", "gaming", "music", "travel", "y2k", "heritage", "kawaii", "nature",
	"food", "animals", "sports", "minimalist", "vintage", "fantasy", "zodiac", "seasonal", "city",
}

// themeIndex returns a catalog theme's bit, or -1.
func themeIndex(c string) int {
	switch c {
	case "anime":
		return 0
	case "kpop":
		return 1
	case "gaming":
		return 2
	case "music":
		return 3
	case "travel":
		return 4
	case "y2k":
		return 5
	case "heritage":
		return 6
	case "kawaii":
		return 7
	case "nature":
		return 8
	case "food":
		return 9
	case "animals":
		return 10
	case "sports":
		return 11
	case "minimalist":
		return 12
	case "vintage":
		return 13
	case "fantasy":
		return 14
	case "zodiac":
		return 15
	case "seasonal":
		return 16
	case "city":
		return 17
	}
	return -1
}

// catalogFams are the catalog's material families (the values of
// catalog.MaterialFamily) in bit order.
var catalogFams = [...]string{"soft", "knit", "metal", "plastic", "bead", "leather", "natural"}

// famIndex returns a catalog material family's bit, or -1.
func famIndex(c string) int {
	switch c {
	case "soft":
		return 0
	case "knit":
		return 1
	case "metal":
		return 2
	case "plastic":
		return 3
	case "bead":
		return 4
	case "leather":
		return 5
	case "natural":
		return 6
	}
	return -1
}
