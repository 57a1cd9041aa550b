package account

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"io"
	"runtime"
	"strings"

	"golang.org/x/crypto/argon2"
)

// hashParams are the argon2id cost parameters of a password hash.
type hashParams struct {
	memory  uint32 // KiB
	time    uint32 // passes over the memory
	threads uint8  // lanes
}

// defaultHashParams is the cost of new hashes: 64 MiB, one pass, two lanes.
// The target is a 2-core server where one hash must stay under ~100 ms;
// this measures about 60–95 ms there (BenchmarkHashPassword), while 64 MiB
// with two passes already reaches ~100 ms. Memory is what makes GPU and
// ASIC guessing expensive, so we spend the budget on memory rather than
// passes; this is above OWASP's argon2id minimums (46 MiB t=1 or 19 MiB
// t=2). Stored hashes carry their parameters, and Login rehashes a
// password made with other parameters, so this can be raised later.
var defaultHashParams = hashParams{memory: 64 * 1024, time: 1, threads: 2}

const (
	saltLen = 16 // bytes of random salt per hash
	keyLen  = 32 // bytes of derived key
)

// hashSlots bounds how many hashes run at once in this process: each holds
// its memory cost for the whole computation, so a burst of logins would
// otherwise take memory in proportion to the burst instead of the cores.
var hashSlots = make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))

// phc is the base64 alphabet of the PHC string format: standard, unpadded.
var phc = base64.RawStdEncoding

// HashPassword returns an argon2id hash in PHC string form.
func HashPassword(password string) (string, error) {
	return defaultHashParams.hash(context.Background(), password, rand.Reader)
}

// hash derives a hash of password with a fresh random salt and encodes it
// as $argon2id$v=19$m=…,t=…,p=…$salt$key.
func (p hashParams) hash(ctx context.Context, password string, random io.Reader) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := io.ReadFull(random, salt); err != nil {
		return "", fmt.Errorf("hash password: salt: %w", err)
	}
	key, err := p.derive(ctx, password, salt, keyLen)
	if err != nil {
		return "", err
	}
	return p.encode(salt, key), nil
}

// derive runs argon2id once it gets a hash slot.
func (p hashParams) derive(ctx context.Context, password string, salt []byte, n uint32) ([]byte, error) {
	select {
	case hashSlots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("hash password: %w", ctx.Err())
	}
	defer func() { <-hashSlots }()
	return argon2.IDKey([]byte(password), salt, p.time, p.memory, p.threads, n), nil
}

func (p hashParams) encode(salt, key []byte) string {
	return fmt.Sprintf("$argon2id$v=%d$%s$%s$%s", argon2.Version, p, phc.EncodeToString(salt), phc.EncodeToString(key))
}

// String renders the parameters as in a PHC string: m=…,t=…,p=….
func (p hashParams) String() string {
	return fmt.Sprintf("m=%d,t=%d,p=%d", p.memory, p.time, p.threads)
}

// storedHash is a parsed PHC string.
type storedHash struct {
	params    hashParams
	salt, key []byte
}

// parseHash parses a PHC argon2id string strictly: the parameters must
// re-encode to the same text and stay within sane bounds, so a damaged row
// cannot make a login allocate gigabytes.
func parseHash(s string) (storedHash, error) {
	var h storedHash
	parts := strings.Split(s, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return h, fmt.Errorf("password hash: not an argon2id PHC string")
	}
	if parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
		return h, fmt.Errorf("password hash: unsupported version %q", parts[2])
	}
	p := &h.params
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.memory, &p.time, &p.threads); err != nil || p.String() != parts[3] {
		return h, fmt.Errorf("password hash: bad parameters %q", parts[3])
	}
	if p.time < 1 || p.time > 64 || p.threads < 1 || p.memory < 8*uint32(p.threads) || p.memory > 1<<20 {
		return h, fmt.Errorf("password hash: parameters out of range %q", parts[3])
	}
	var err error
	if h.salt, err = phc.DecodeString(parts[4]); err != nil || len(h.salt) < 8 {
		return h, fmt.Errorf("password hash: bad salt")
	}
	if h.key, err = phc.DecodeString(parts[5]); err != nil || len(h.key) < 16 || len(h.key) > 64 {
		return h, fmt.Errorf("password hash: bad key")
	}
	return h, nil
}

// verifyPassword reports whether password matches the encoded hash, and
// whether that hash was made differently from want (time to rehash).
func verifyPassword(ctx context.Context, encoded, password string, want hashParams) (ok, stale bool, err error) {
	h, err := parseHash(encoded)
	if err != nil {
		return false, false, err
	}
	key, err := h.params.derive(ctx, password, h.salt, uint32(len(h.key)))
	if err != nil {
		return false, false, err
	}
	ok = subtle.ConstantTimeCompare(key, h.key) == 1
	stale = h.params != want || len(h.salt) != saltLen || len(h.key) != keyLen
	return ok, stale, nil
}

// dummySalt and dummyKey stand in for the hash of an account that does not
// exist; no password derives dummyKey.
var (
	dummySalt = []byte("charmory-no-user")
	dummyKey  = make([]byte, keyLen)
)

// dummyVerify does the work of verifying a password against a hash made
// with p, so that a login for an unknown name takes as long as a login for
// a known one and timing does not reveal which usernames exist.
func dummyVerify(ctx context.Context, password string, p hashParams) error {
	key, err := p.derive(ctx, password, dummySalt, keyLen)
	if err != nil {
		return err
	}
	subtle.ConstantTimeCompare(key, dummyKey)
	return nil
}
