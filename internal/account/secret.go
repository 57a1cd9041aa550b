package account

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
)

// secretBytes is the entropy of session and API token secrets.
const secretBytes = 32

// secretLen is the length of such a secret in unpadded base64url.
var secretLen = base64.RawURLEncoding.EncodedLen(secretBytes)

// newSecret returns 32 random bytes in unpadded base64url (43 characters).
func (s *Service) newSecret() (string, error) {
	b := make([]byte, secretBytes)
	if _, err := io.ReadFull(s.rand, b); err != nil {
		return "", fmt.Errorf("random secret: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// hashSecret is what the database stores of a secret: its SHA-256 in hex.
// The secrets carry 256 random bits, so a fast unsalted hash suffices; a
// leaked table yields nothing that can be presented as a credential.
func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}
