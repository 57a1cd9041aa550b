package web

import (
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/money"
)

// currentRates returns the rate table, re-read at most once a minute.
func (s *Server) currentRates(r *http.Request) money.Rates {
	s.ratesMu.Lock()
	defer s.ratesMu.Unlock()
	if s.rates != nil && time.Since(s.ratesAt) < time.Minute {
		return s.rates
	}
	rates, err := s.deps.Catalog.Rates(r.Context())
	if err != nil {
		s.log.Warn("currency rates", "err", err)
		return s.rates
	}
	s.rates, s.ratesAt = rates, time.Now()
	return rates
}
