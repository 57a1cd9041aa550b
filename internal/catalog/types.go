// Package catalog holds the charm catalog: charms, studios, IPs, series,
// authorised sellers, contributions with moderation, revision history and
// faceted search.
package catalog

import "time"

// Charm is one catalog entry: a design that people own copies of.
type Charm struct {
	ID          int64     `json:"id"`
	ExternalID  string    `json:"external_id"` // stable id for imports
	Name        string    `json:"name"`
	NameZH      string    `json:"name_zh,omitempty"`
	StudioID    int64     `json:"studio_id"`
	IPID        int64     `json:"ip_id,omitempty"`     // 0: none
	SeriesID    int64     `json:"series_id,omitempty"` // 0: none
	Category    string    `json:"category"`
	Materials   []string  `json:"materials"`
	Colours     []string  `json:"colours"`
	Themes      []string  `json:"themes"`
	WidthMM     int       `json:"width_mm,omitempty"`
	HeightMM    int       `json:"height_mm,omitempty"`
	WeightG     int       `json:"weight_g,omitempty"`
	ReleaseDate string    `json:"release_date,omitempty"` // YYYY-MM-DD
	ListPrice   int64     `json:"list_price"`             // minor units
	Currency    string    `json:"currency"`
	EditionSize int       `json:"edition_size,omitempty"` // 0: open edition
	Region      string    `json:"region"`
	Eco         []string  `json:"eco"`
	Care        string    `json:"care,omitempty"` // explicit; empty: derived from materials
	Story       string    `json:"story,omitempty"`
	Description string    `json:"description,omitempty"`
	Official    bool      `json:"official"`
	NFC         bool      `json:"nfc"`
	Rarity      string    `json:"rarity,omitempty"`
	SKU         string    `json:"sku,omitempty"`
	ImageURL    string    `json:"image_url,omitempty"`
	Version     int       `json:"version"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`

	// Filled in by reads for display; ignored on writes.
	StudioName string `json:"studio_name,omitempty"`
	StudioSlug string `json:"studio_slug,omitempty"`
	IPName     string `json:"ip_name,omitempty"`
	IPSlug     string `json:"ip_slug,omitempty"`
	SeriesName string `json:"series_name,omitempty"`
	SeriesSlug string `json:"series_slug,omitempty"`
}

// Year returns the release year, or 0 when unknown.
func (c *Charm) Year() int {
	if len(c.ReleaseDate) < 4 {
		return 0
	}
	y := 0
	for _, r := range c.ReleaseDate[:4] {
		if r < '0' || r > '9' {
			return 0
		}
		y = y*10 + int(r-'0')
	}
	return y
}

// CareFamilies returns the care-instruction families that follow from the
// charm's materials, in material order without repeats.
func (c *Charm) CareFamilies() []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range c.Materials {
		f := CareFamily[MaterialFamily[m]]
		if f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// Studio is a maker: an IP brand, an independent artist, a museum, a luxury
// house or a retailer's own label.
type Studio struct {
	ID          int64     `json:"id"`
	Slug        string    `json:"slug"`
	Name        string    `json:"name"`
	NameZH      string    `json:"name_zh,omitempty"`
	Kind        string    `json:"kind"`
	Region      string    `json:"region"`
	Country     string    `json:"country,omitempty"`
	City        string    `json:"city,omitempty"`
	Founded     int       `json:"founded,omitempty"`
	Description string    `json:"description,omitempty"`
	Story       string    `json:"story,omitempty"`
	Website     string    `json:"website,omitempty"`
	Verified    bool      `json:"verified"`
	CreatedAt   time.Time `json:"created_at"`
	CharmCount  int       `json:"charm_count,omitempty"` // filled by reads
}

// IP is an intellectual property or franchise charms are licensed from.
type IP struct {
	ID          int64  `json:"id"`
	Slug        string `json:"slug"`
	Name        string `json:"name"`
	NameZH      string `json:"name_zh,omitempty"`
	StudioID    int64  `json:"studio_id,omitempty"`
	Description string `json:"description,omitempty"`
}

// Series is a line of charms released together; a blind-box series has
// figures with rarities including a secret one.
type Series struct {
	ID          int64  `json:"id"`
	Slug        string `json:"slug"`
	Name        string `json:"name"`
	NameZH      string `json:"name_zh,omitempty"`
	StudioID    int64  `json:"studio_id"`
	IPID        int64  `json:"ip_id,omitempty"`
	Kind        string `json:"kind"`
	ReleaseDate string `json:"release_date,omitempty"`
	BoxPrice    int64  `json:"box_price,omitempty"` // per blind box, minor units
	Currency    string `json:"currency"`
	Description string `json:"description,omitempty"`
	StudioName  string `json:"studio_name,omitempty"` // filled by reads
	CharmCount  int    `json:"charm_count,omitempty"` // filled by reads
}

// Seller is an authorised place to buy genuine charms.
type Seller struct {
	ID        int64     `json:"id"`
	Slug      string    `json:"slug"`
	Name      string    `json:"name"`
	NameZH    string    `json:"name_zh,omitempty"`
	Kind      string    `json:"kind"`
	City      string    `json:"city,omitempty"`
	Region    string    `json:"region"`
	Country   string    `json:"country,omitempty"`
	Address   string    `json:"address,omitempty"`
	Website   string    `json:"website,omitempty"`
	Verified  bool      `json:"verified"`
	StudioIDs []int64   `json:"studio_ids"`
	CreatedAt time.Time `json:"created_at"`
}

// Contribution statuses.
const (
	StatusPending  = "pending"
	StatusApproved = "approved"
	StatusRejected = "rejected"
)

// Contribution is a collector's proposed new charm (CharmID 0) or edit of
// an existing one, waiting for a moderator.
type Contribution struct {
	ID          int64      `json:"id"`
	UserID      int64      `json:"user_id"`
	CharmID     int64      `json:"charm_id,omitempty"`
	BaseVersion int        `json:"base_version,omitempty"`
	Proposed    Charm      `json:"proposed"`
	Note        string     `json:"note,omitempty"`
	Status      string     `json:"status"`
	ReviewerID  int64      `json:"reviewer_id,omitempty"`
	ReviewNote  string     `json:"review_note,omitempty"`
	CreatedAt   time.Time  `json:"created_at"`
	ReviewedAt  *time.Time `json:"reviewed_at,omitempty"`
	Username    string     `json:"username,omitempty"` // filled by reads
}

// Change is one field's old and new value in a revision.
type Change struct {
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// Revision records one change to a charm: who, when, what, and why.
type Revision struct {
	ID             int64     `json:"id"`
	CharmID        int64     `json:"charm_id"`
	Version        int       `json:"version"`
	UserID         int64     `json:"user_id,omitempty"`
	Username       string    `json:"username,omitempty"`
	ContributionID int64     `json:"contribution_id,omitempty"`
	Source         string    `json:"source"` // demo, import, contribution, admin
	Changes        []Change  `json:"changes"`
	CreatedAt      time.Time `json:"created_at"`
}
