package csvmap

import (
	"bytes"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Decode turns an uploaded file into UTF-8 text. Spreadsheets save CSV as
// UTF-8 (with or without a byte order mark), as UTF-16 ("Unicode text")
// or, in Chinese locales, as GB18030; all three are accepted. A file that
// is none of these, or holds NUL bytes, is not a text file. Errors:
// Invalid, TooLarge.
func Decode(data []byte) (string, error) {
	const op = "decode csv"
	if len(data) > MaxBytes {
		return "", errs.Ef(op, errs.TooLarge, "the file is larger than %d MB", MaxBytes>>20)
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", errs.E(op, errs.Invalid, "the file is not valid UTF-16 text")
		}
		data = out
	case !utf8.Valid(data):
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil || !utf8.Valid(out) || bytes.ContainsRune(out, utf8.RuneError) {
			return "", errs.E(op, errs.Invalid, "the file is not text in UTF-8, UTF-16 or GB18030")
		}
		data = out
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", errs.E(op, errs.Invalid, "the file is not a text file")
	}
	return string(data), nil
}
