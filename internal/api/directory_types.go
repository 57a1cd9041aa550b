package api

import (
	"time"

	"github.com/charmory/charmory/internal/catalog"
)

// Studio is a maker: an IP brand, an independent artist, a museum, a
// luxury house or a retailer's own label.
type Studio struct {
	ID          int64     `json:"id" example:"3"`
	Slug        string    `json:"slug" example:"palace-museum"`
	Name        string    `json:"name" example:"The Palace Museum"`
	NameZH      string    `json:"name_zh,omitempty" example:"故宫博物院"`
	Kind        string    `json:"kind" example:"museum"`
	Region      string    `json:"region" example:"east_asia"`
	Country     string    `json:"country,omitempty" example:"CN"`
	City        string    `json:"city,omitempty" example:"Beijing"`
	Founded     int       `json:"founded,omitempty" example:"1925"`
	Description string    `json:"description,omitempty"`
	Story       string    `json:"story,omitempty"`
	Website     string    `json:"website,omitempty"`
	Verified    bool      `json:"verified" doc:"The studio's identity was checked."`
	CharmCount  int       `json:"charm_count" doc:"Charms in the catalog."`
	CreatedAt   time.Time `json:"created_at"`
}

func studioOf(s *catalog.Studio) Studio {
	return Studio{ID: s.ID, Slug: s.Slug, Name: s.Name, NameZH: s.NameZH, Kind: s.Kind, Region: s.Region,
		Country: s.Country, City: s.City, Founded: s.Founded, Description: s.Description, Story: s.Story,
		Website: s.Website, Verified: s.Verified, CharmCount: s.CharmCount, CreatedAt: s.CreatedAt}
}

// IP is an intellectual property or franchise charms are licensed from.
type IP struct {
	ID          int64  `json:"id" example:"5"`
	Slug        string `json:"slug" example:"labubu"`
	Name        string `json:"name" example:"Labubu"`
	NameZH      string `json:"name_zh,omitempty" example:"拉布布"`
	StudioID    int64  `json:"studio_id,omitempty" doc:"The studio that owns it, if known."`
	Description string `json:"description,omitempty"`
}

func ipOf(ip *catalog.IP) IP {
	return IP{ID: ip.ID, Slug: ip.Slug, Name: ip.Name, NameZH: ip.NameZH, StudioID: ip.StudioID, Description: ip.Description}
}

// Series is a line of charms released together; a blind-box series has
// figures of different rarities.
type Series struct {
	ID          int64  `json:"id" example:"8"`
	Slug        string `json:"slug" example:"labubu-exciting-macaron"`
	Name        string `json:"name" example:"Exciting Macaron"`
	NameZH      string `json:"name_zh,omitempty"`
	Studio      Ref    `json:"studio"`
	IPID        int64  `json:"ip_id,omitempty"`
	Kind        string `json:"kind" enum:"standard,blind_box" example:"blind_box"`
	ReleaseDate string `json:"release_date,omitempty" example:"2023-10-27"`
	BoxPrice    *Money `json:"box_price,omitempty" doc:"Price of one blind box."`
	Description string `json:"description,omitempty"`
	CharmCount  int    `json:"charm_count" doc:"Charms (figures) in the series."`
}

func seriesOf(s *catalog.Series) Series {
	out := Series{ID: s.ID, Slug: s.Slug, Name: s.Name, NameZH: s.NameZH,
		Studio: Ref{ID: s.StudioID, Name: s.StudioName}, IPID: s.IPID, Kind: s.Kind,
		ReleaseDate: s.ReleaseDate, Description: s.Description, CharmCount: s.CharmCount}
	if s.BoxPrice > 0 {
		m := moneyOf(s.BoxPrice, s.Currency)
		out.BoxPrice = &m
	}
	return out
}

// SeriesDetail is a series with its charms: regular figures first, then
// chase, then secret.
type SeriesDetail struct {
	Series
	Charms []Charm `json:"charms" nullable:"false"`
}

// Seller is an authorised place to buy genuine charms.
type Seller struct {
	ID        int64     `json:"id" example:"21"`
	Slug      string    `json:"slug" example:"pop-mart-shanghai-nanjing-road"`
	Name      string    `json:"name" example:"Pop Mart Nanjing Road"`
	NameZH    string    `json:"name_zh,omitempty"`
	Kind      string    `json:"kind" example:"official_store"`
	City      string    `json:"city,omitempty" example:"Shanghai"`
	Region    string    `json:"region" example:"east_asia"`
	Country   string    `json:"country,omitempty" example:"CN"`
	Address   string    `json:"address,omitempty"`
	Website   string    `json:"website,omitempty"`
	Verified  bool      `json:"verified"`
	StudioIDs []int64   `json:"studio_ids" nullable:"false" doc:"Studios it is authorised to sell."`
	CreatedAt time.Time `json:"created_at"`
}

func sellerOf(s *catalog.Seller) Seller {
	return Seller{ID: s.ID, Slug: s.Slug, Name: s.Name, NameZH: s.NameZH, Kind: s.Kind, City: s.City,
		Region: s.Region, Country: s.Country, Address: s.Address, Website: s.Website, Verified: s.Verified,
		StudioIDs: list(s.StudioIDs), CreatedAt: s.CreatedAt}
}

// SellerDetail is a seller with the studios it is authorised for.
type SellerDetail struct {
	Seller
	Studios []Ref `json:"studios" nullable:"false"`
}

// City is a city with authorised sellers.
type City struct {
	Name    string `json:"name" example:"Shanghai"`
	Region  string `json:"region" example:"east_asia"`
	Country string `json:"country,omitempty" example:"CN"`
	Sellers int    `json:"sellers" example:"14" doc:"Number of authorised sellers."`
}
