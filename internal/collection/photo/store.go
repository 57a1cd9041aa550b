// Package photo checks uploaded photos before anything decodes them, makes
// thumbnails, and stores files content-addressed on disk. It has no
// database.
package photo

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/charmory/charmory/internal/errs"
)

// Store keeps photo files and their thumbnails under one directory,
// named by the sha256 of the original file: <dir>/<sha[:2]>/<sha> and
// <dir>/<sha[:2]>/<sha>.thumb.jpg. The two-character folders keep any one
// directory small. Identical uploads share one file.
type Store struct {
	dir string
}

// NewStore returns a store rooted at dir (created on first write).
func NewStore(dir string) *Store { return &Store{dir: dir} }

const thumbSuffix = ".thumb.jpg"

// Put stores data, whose sha256 is sha, unless the file is already there.
// The file appears whole or not at all. Errors: Invalid for a malformed
// sha or one that is not data's.
func (s *Store) Put(sha string, data []byte) error {
	const op = "store photo"
	if err := validSHA(op, sha); err != nil {
		return err
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != sha {
		return errs.E(op, errs.Invalid, "the photo does not match its checksum")
	}
	return s.write(op, s.path(sha), data, false)
}

// PutThumb stores (or replaces) the thumbnail of the photo named sha.
// Errors: Invalid for a malformed sha.
func (s *Store) PutThumb(sha string, data []byte) error {
	const op = "store thumbnail"
	if err := validSHA(op, sha); err != nil {
		return err
	}
	return s.write(op, s.path(sha)+thumbSuffix, data, true)
}

// Open opens the photo named sha; the caller closes it. Errors: Invalid
// for a malformed sha, NotFound when there is no such file.
func (s *Store) Open(sha string) (io.ReadSeekCloser, error) {
	return s.open("open photo", sha, "")
}

// OpenThumb opens the thumbnail of the photo named sha; the caller closes
// it. Errors: Invalid for a malformed sha, NotFound when there is none.
func (s *Store) OpenThumb(sha string) (io.ReadSeekCloser, error) {
	return s.open("open thumbnail", sha, thumbSuffix)
}

// Has reports whether the photo named sha is stored.
func (s *Store) Has(sha string) bool {
	if validSHA("", sha) != nil {
		return false
	}
	_, err := os.Stat(s.path(sha))
	return err == nil
}

// Delete removes the photo named sha and its thumbnail; either may already
// be gone. Errors: Invalid for a malformed sha.
func (s *Store) Delete(sha string) error {
	const op = "delete photo"
	if err := validSHA(op, sha); err != nil {
		return err
	}
	p := s.path(sha)
	for _, name := range []string{p + thumbSuffix, p} {
		if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return errs.Wrap(op, err)
		}
	}
	return nil
}

func (s *Store) path(sha string) string {
	return filepath.Join(s.dir, sha[:2], sha)
}

func (s *Store) open(op, sha, suffix string) (io.ReadSeekCloser, error) {
	if err := validSHA(op, sha); err != nil {
		return nil, err
	}
	f, err := os.Open(s.path(sha) + suffix)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, errs.E(op, errs.NotFound, "no such photo file")
	} else if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return f, nil
}

// write puts data at name through a temporary file in the same folder and
// a rename, so that readers never see half a file. Without replace a file
// that exists is left alone: an original's name is its content.
func (s *Store) write(op, name string, data []byte, replace bool) error {
	if !replace {
		if _, err := os.Stat(name); err == nil {
			return nil
		}
	}
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return errs.Wrap(op, err)
	}
	tmp, err := os.CreateTemp(dir, ".upload-*")
	if err != nil {
		return errs.Wrap(op, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o640)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	return errs.Wrap(op, err)
}

// validSHA accepts exactly 64 lowercase hex characters, so that a name can
// never climb out of the store's directory.
func validSHA(op, sha string) error {
	if len(sha) != sha256.Size*2 {
		return errs.E(op, errs.Invalid, "malformed photo checksum")
	}
	for i := 0; i < len(sha); i++ {
		c := sha[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return errs.E(op, errs.Invalid, "malformed photo checksum")
		}
	}
	return nil
}
