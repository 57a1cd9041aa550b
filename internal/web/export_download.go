package web

import (
	"net/http"
	"time"
)

// exportFormats are the downloads of a collection, by format.
var exportFormats = map[string]string{
	"csv":  "text/csv; charset=utf-8",
	"json": "application/json; charset=utf-8",
}

// exportDownload answers GET /collection/export.csv and .json: the whole
// collection streamed as an attachment. Only the visitor's own items,
// wishes and budget entries are in it.
func (s *Server) exportDownload(format string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		u, err := requireUser(r, "exportDownload")
		if err != nil {
			return err
		}
		name := "charmory-collection-" + time.Now().UTC().Format("2006-01-02") + "." + format
		h := w.Header()
		h.Set("Content-Type", exportFormats[format])
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
		h.Set("Cache-Control", "no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		cw := &countingWriter{w: w}
		if err := s.deps.Collection.Export(r.Context(), u.ID, format, cw); err != nil {
			if cw.n > 0 {
				// Too late for an error page: the download is cut short,
				// which the browser reports as a failed download.
				s.log.Error("export", "user", u.ID, "err", err)
				return nil
			}
			for _, k := range []string{"Content-Type", "Content-Disposition", "Cache-Control"} {
				h.Del(k)
			}
			return err
		}
		return nil
	}
}

// countingWriter counts the bytes written through it, so a failed export
// knows whether the response has started.
type countingWriter struct {
	w http.ResponseWriter
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
