package web

import (
	"errors"
	"fmt"
	"io"
	"math"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/errs"
)

// Limits of a request that carries photos: many photos at once, never an
// unbounded body. Parts beyond uploadMemory spill to temporary files.
const (
	maxUploadBytes = 25 << 20
	maxUploadMB    = maxUploadBytes >> 20
	uploadMemory   = 8 << 20
)

// uploadLimit is the cap a request body ran into, in bytes: ours, or a
// smaller one the server puts on every request.
type uploadLimit int64

func (l uploadLimit) Error() string { return fmt.Sprintf("request body over %d bytes", int64(l)) }

// parseUpload reads a posted form that may carry photos under "photos",
// capped at maxUploadBytes; the form's other values are in r.PostForm. A
// plain form (no file chosen, or no JavaScript-built multipart) is fine
// too. Errors: TooLarge when the body passes the cap.
func parseUpload(w http.ResponseWriter, r *http.Request) ([]collection.Upload, error) {
	const op = "upload"
	r.Body = http.MaxBytesReader(w, r.Body, maxUploadBytes)
	err := r.ParseMultipartForm(uploadMemory)
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, &errs.Error{Op: op, Kind: errs.TooLarge, Msg: "the upload is too large", Err: uploadLimit(mbe.Limit)}
	case errors.Is(err, http.ErrNotMultipart):
		return nil, nil
	case err != nil:
		return nil, errs.E(op, errs.Invalid, "the form could not be read")
	}
	defer r.MultipartForm.RemoveAll()
	var out []collection.Upload
	for _, fh := range r.MultipartForm.File["photos"] {
		if fh.Filename == "" && fh.Size == 0 {
			continue // the file field left empty
		}
		data, err := readPart(fh)
		if err != nil {
			return nil, errs.Wrap(op, err)
		}
		out = append(out, collection.Upload{Name: fh.Filename, Data: data})
	}
	return out, nil
}

// readPart reads one uploaded file into memory; the request cap bounds it.
func readPart(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// uploadMessage is what a collector reads when photos are refused: the
// request limit for an oversized request, else the service's reason,
// which names the file, in the visitor's language.
func (s *Server) uploadMessage(lang string, err error) string {
	var limit uploadLimit
	if errors.As(err, &limit) {
		return s.msgs.T(lang, "items.err.upload_too_large", megabytes(int64(limit)))
	}
	switch errs.KindOf(err) {
	case errs.Invalid, errs.TooLarge:
	default:
		return s.msgs.T(lang, "error.internal")
	}
	msgs := []string{errs.Message(err)}
	if fields := errs.FieldsOf(err); len(fields) > 0 {
		msgs = msgs[:0]
		for _, f := range fields {
			msgs = append(msgs, f.Message)
		}
	}
	for i, m := range msgs {
		if out, ok := s.translate(photoMessages, lang, m); ok {
			msgs[i] = out
		} else {
			msgs[i] = sentenceCase(m)
		}
	}
	return strings.Join(msgs, " ")
}

// megabytes writes a byte count as megabytes for people: "25", "0.5".
func megabytes(n int64) string {
	return strconv.FormatFloat(math.Round(float64(n)/(1<<20)*10)/10, 'f', -1, 64)
}

// UploadMB is the upload limit the photo fields state.
func (p *ItemFormPage) UploadMB() int { return maxUploadMB }

// PhotoMB is the size limit of one photo, for the photo fields.
func (p *ItemFormPage) PhotoMB() int { return photo.MaxBytes >> 20 }

// UploadMB is the upload limit the photo field states.
func (p *ItemPage) UploadMB() int { return maxUploadMB }

// PhotoMB is the size limit of one photo, for the photo field.
func (p *ItemPage) PhotoMB() int { return photo.MaxBytes >> 20 }
