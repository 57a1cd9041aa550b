package account

import (
	"bufio"
	_ "embed"
	"net/mail"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
)

// Limits on account fields.
const (
	minUsername    = 3
	maxUsername    = 32
	maxEmail       = 254 // RFC 5321 path limit
	minPassword    = 10
	maxPassword    = 256
	maxDisplayName = 64
)

// reservedUsernames are names a visitor may not sign up with because they
// collide with URL paths or could pass for staff. Operators may still
// create them with CreateUser.
var reservedUsernames = map[string]bool{
	"about": true, "account": true, "accounts": true, "admin": true, "administrator": true,
	"api": true, "app": true, "auth": true, "charmory": true, "help": true, "healthz": true,
	"login": true, "logout": true, "me": true, "metrics": true, "mod": true, "moderator": true,
	"new": true, "null": true, "official": true, "privacy": true, "register": true, "root": true,
	"search": true, "settings": true, "signin": true, "signup": true, "staff": true, "static": true,
	"support": true, "system": true, "terms": true, "undefined": true, "user": true, "users": true,
	"www": true,
}

//go:embed common_passwords.txt
var commonPasswordsText string

// commonPasswords is the embedded list as a set of lower-case entries.
var commonPasswords = sync.OnceValue(func() map[string]bool {
	set := make(map[string]bool)
	sc := bufio.NewScanner(strings.NewReader(commonPasswordsText))
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			set[strings.ToLower(line)] = true
		}
	}
	return set
})

// normalized returns in with the username and email trimmed and lower-cased
// and the display name trimmed; the password is kept exactly as typed.
func (in SignUp) normalized() SignUp {
	in.Username = normalizeUsername(in.Username)
	in.Email = strings.ToLower(strings.TrimSpace(in.Email))
	in.DisplayName = strings.TrimSpace(in.DisplayName)
	return in
}

func normalizeUsername(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// validate checks a normalized sign-up and returns an Invalid error listing
// every bad field, so a form can show them all at once.
func (in SignUp) validate(op string, allowReserved bool) error {
	var fields []errs.FieldError
	add := func(field, msg string) {
		if msg != "" {
			fields = append(fields, errs.FieldError{Field: field, Message: msg})
		}
	}
	add("username", checkUsername(in.Username, allowReserved))
	add("email", checkEmail(in.Email))
	add("password", checkPassword(in.Password, in.Username, in.Email))
	add("display_name", checkDisplayName(in.DisplayName))
	if len(fields) > 0 {
		return errs.Fields(op, fields...)
	}
	return nil
}

// checkUsername returns what is wrong with a normalized username, or "".
// Besides the character set, a name must start and end with a letter or
// digit so that it reads well in URLs and mentions ("@mei.li", not "@.-.").
func checkUsername(u string, allowReserved bool) string {
	switch {
	case u == "":
		return "username is required"
	case len(u) < minUsername || len(u) > maxUsername:
		return "username must be 3 to 32 characters"
	}
	for _, r := range u {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '.' || r == '-') {
			return "username may contain only letters a-z, digits, '_', '.' and '-'"
		}
	}
	if !isAlnum(u[0]) || !isAlnum(u[len(u)-1]) {
		return "username must start and end with a letter or digit"
	}
	if reservedUsernames[u] && !allowReserved {
		return "this username is reserved"
	}
	return ""
}

func isAlnum(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

// checkEmail returns what is wrong with a normalized email address, or "".
// It accepts a bare address only (no display name) whose domain has a dot:
// a dotless domain is nearly always a typo on a public site.
func checkEmail(e string) string {
	if e == "" {
		return "email is required"
	}
	if len(e) > maxEmail {
		return "email is too long"
	}
	a, err := mail.ParseAddress(e)
	if err != nil || a.Name != "" || a.Address != e {
		return "email is not a valid address"
	}
	at := strings.LastIndexByte(e, '@')
	domain := e[at+1:]
	if !strings.Contains(domain, ".") || strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") {
		return "email is not a valid address"
	}
	return ""
}

// checkPassword returns what is wrong with a password, or "".
func checkPassword(pw, username, email string) string {
	n := utf8.RuneCountInString(pw)
	lower := strings.ToLower(pw)
	switch {
	case pw == "":
		return "password is required"
	case !utf8.ValidString(pw):
		return "password is not valid text"
	case n < minPassword:
		return "password must be at least 10 characters"
	case n > maxPassword:
		return "password must be at most 256 characters"
	case username != "" && lower == username, email != "" && lower == email:
		return "password must not be your username or email"
	case commonPasswords()[lower]:
		return "password is one of the most common passwords; choose another"
	case distinctRunes(pw) < 4:
		return "password repeats too few different characters"
	}
	return ""
}

func distinctRunes(s string) int {
	seen := make(map[rune]bool)
	for _, r := range s {
		seen[r] = true
	}
	return len(seen)
}

// checkDisplayName returns what is wrong with a trimmed display name, or "".
func checkDisplayName(name string) string {
	if !utf8.ValidString(name) {
		return "display name is not valid text"
	}
	if utf8.RuneCountInString(name) > maxDisplayName {
		return "display name must be at most 64 characters"
	}
	for _, r := range name {
		if unicode.IsControl(r) {
			return "display name must not contain control characters"
		}
	}
	return ""
}
