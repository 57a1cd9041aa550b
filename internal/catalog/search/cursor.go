package search

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
)

// cursor is the position after the last result of a page: the sort, and
// that result's sort key and id. It holds the key itself rather than an
// offset or an ordinal so that the next page starts at the right place even
// when documents were added, changed or removed in between, and in any
// process that serves the same catalog.
type cursor struct {
	sort int
	id   int64
	num  int64  // release day or price; for relevance, the score's bits
	str  string // folded name, for the name sort
}

const cursorVersion = 1

var (
	crcTable = crc32.MakeTable(crc32.Castagnoli)
	// crcSeed makes a checksum of our own: random or hand-edited text is
	// rejected instead of being read as some position.
	crcSeed = crc32.Checksum([]byte("charmory search cursor"), crcTable)

	errCursor = errors.New("malformed cursor")

	// cursorText is strict: the unused bits of the last character must be
	// zero, so no two texts decode to the same cursor.
	cursorText = base64.RawURLEncoding.Strict()
)

// encode returns the cursor as URL-safe text.
func (c *cursor) encode() string {
	b := make([]byte, 0, 24+len(c.str))
	b = append(b, cursorVersion, byte(c.sort))
	b = binary.AppendVarint(b, c.id)
	switch c.sort {
	case sRelevance:
		b = binary.AppendUvarint(b, uint64(c.num))
	case sName:
		b = binary.AppendUvarint(b, uint64(len(c.str)))
		b = append(b, c.str...)
	default:
		b = binary.AppendVarint(b, c.num)
	}
	b = binary.LittleEndian.AppendUint32(b, crc32.Update(crcSeed, crcTable, b))
	return cursorText.EncodeToString(b)
}

// decodeCursor parses encode's output; anything else is an error.
func decodeCursor(s string) (cursor, error) {
	if len(s) > maxCursorBytes {
		return cursor{}, errCursor
	}
	b, err := cursorText.DecodeString(s)
	if err != nil || len(b) < 2+1+1+4 {
		return cursor{}, errCursor
	}
	body := b[:len(b)-4]
	if crc32.Update(crcSeed, crcTable, body) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return cursor{}, errCursor
	}
	if body[0] != cursorVersion || body[1] < sRelevance || body[1] > sName {
		return cursor{}, errCursor
	}
	c := cursor{sort: int(body[1])}
	rest := body[2:]
	var n int
	if c.id, n = binary.Varint(rest); n <= 0 {
		return cursor{}, errCursor
	}
	rest = rest[n:]
	switch c.sort {
	case sRelevance:
		u, n := binary.Uvarint(rest)
		if n <= 0 || u > math.MaxUint32 {
			return cursor{}, errCursor
		}
		if f := math.Float32frombits(uint32(u)); f != f || math.IsInf(float64(f), 0) {
			return cursor{}, errCursor
		}
		c.num, rest = int64(u), rest[n:]
	case sName:
		l, n := binary.Uvarint(rest)
		if n <= 0 || l != uint64(len(rest)-n) {
			return cursor{}, errCursor
		}
		c.str, rest = string(rest[n:]), nil
	default:
		if c.num, n = binary.Varint(rest); n <= 0 {
			return cursor{}, errCursor
		}
		rest = rest[n:]
	}
	if len(rest) != 0 {
		return cursor{}, errCursor
	}
	return c, nil
}

// score returns a relevance cursor's score.
func (c *cursor) score() float32 { return math.Float32frombits(uint32(c.num)) }
